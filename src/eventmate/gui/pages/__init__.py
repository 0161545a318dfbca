"""The main window's sections, one module each."""
