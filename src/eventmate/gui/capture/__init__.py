"""Capture mode: one large input in a dim window, for the few minutes of a break."""
