"""SQLAlchemy models, the engine and its SQLite pragmas, migrations, opening checks and backups."""
