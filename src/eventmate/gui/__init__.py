"""The PySide6 interface: windows, pages, widgets, item models and dialogs (Qt lives only here)."""
