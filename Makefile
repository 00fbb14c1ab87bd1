# Zielmonitor Dortmund. `make run` sets up, builds the database and starts the dashboard;
# `make serve` starts the production set-up (HAProxy in front of one dashboard process per CPU),
# `make stop` stops it; `make test` runs the whole test suite. All of them create the virtual environment when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run serve stop setup db test bench

run: db
	$(PY) -m dashboard.serve

serve: db
	$(PY) -m dashboard.cluster

stop:
	$(PY) -m dashboard.cluster stop

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

db: setup
	$(PY) -m etl build

test: setup
	$(PY) -m pytest -n auto --dist loadgroup --durations=25

bench: setup
	$(PY) -m bench
