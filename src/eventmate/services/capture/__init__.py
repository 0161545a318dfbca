"""Capturing during a break: storing, undoing, the current event, name suggestions."""
