"""Name rehearsal: a dim, keyboard-only window that shows cues and asks for the name."""
