"""Plain types and rules: no I/O, no database, no Qt."""
