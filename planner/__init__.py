"""Planner uploads and sign-in: the one upload workflow (check -> preview -> apply -> rollback)
for indicator values and evidence entries, used by the upload page and the command line.

Layer: above `etl` (it rebuilds the database with etl.build and reads the upload store
etl.uploads) and `dashboard` (its SQL lives in dashboard.queries.uploads); below `pages`.
Nothing in etl or dashboard imports this package.
"""
