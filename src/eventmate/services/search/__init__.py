"""Search everywhere: FTS5 per kind on SQLite, folded words and trigram indexes on a server."""
