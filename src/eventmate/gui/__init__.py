"""The PySide6 interface: windows, pages, widgets, item models and dialogs (Qt lives only here)."""

# Before the rest of the GUI is imported: PySide6 would read every later module's source.
from eventmate.gui import import_scan as _import_scan  # noqa: F401

# Before any Qt call: PySide6 6.12 on CPython 3.11 under-counts references to None (see module).
from eventmate.gui import none_guard as _none_guard  # noqa: F401
