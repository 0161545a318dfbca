"""Search everywhere: full-text per kind, with a fallback for servers."""
