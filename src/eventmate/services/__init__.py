"""Use cases, one method per user intent; Qt-free; they hand back plain frozen data."""
