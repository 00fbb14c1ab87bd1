"""Data to take away: spreadsheet-safe cells, CSV/XLSX tables and the open-data package.

Depends only on pandas, DuckDB and the standard library, so the ETL, the dashboard and the
command line can all use it without importing each other.
"""
