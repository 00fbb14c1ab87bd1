"""Benchmark suite (issue 6): ETL, server render, browser, bytes, concurrent viewers, upload.

Run `python -m bench --help`. Figures are printed as a table and written to bench-output/.
Benchmarks are not timed tests; tests/test_bench_smoke.py only checks that the suite runs.
"""
