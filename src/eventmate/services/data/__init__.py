"""Your data in and out: imports, exports, the JSON archive, backups, checks, sample data."""
