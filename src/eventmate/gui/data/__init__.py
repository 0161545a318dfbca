"""Owning your data in the app: import, export, backups and restore (File menu)."""
