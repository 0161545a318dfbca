"""The PySide6 interface: windows, pages, widgets, item models and dialogs (Qt lives only here)."""

# Before any Qt call: PySide6 6.12 on CPython 3.11 under-counts references to None (see module).
from eventmate.gui import none_guard as _none_guard  # noqa: F401
