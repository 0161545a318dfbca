"""People: the list, one person's details and timeline, duplicates, merges, keeping in touch."""
