# Zielmonitor Dortmund. `make run` sets up, builds the database and starts the dashboard;
# `make test` runs the whole test suite. Both create the virtual environment when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run setup db test bench

run: db
	$(PY) -m dashboard.serve

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

db: setup
	$(PY) -m etl build

test: setup
	$(PY) -m pytest

bench: setup
	$(PY) -m bench
