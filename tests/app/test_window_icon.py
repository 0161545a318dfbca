"""The app's window icon: given once Home has painted, with every drawn size and the SVG."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from eventmate.app import gui_main


@pytest.fixture
def app_identity(qapp: QApplication) -> Iterator[QApplication]:
    """The test application, given back its own names and icon afterwards."""
    saved: dict[str, Any] = {
        "name": qapp.applicationName(),
        "display": qapp.applicationDisplayName(),
        "version": qapp.applicationVersion(),
        "domain": qapp.organizationDomain(),
        "desktop": QGuiApplication.desktopFileName(),
        "icon": qapp.windowIcon(),
    }
    qapp.setWindowIcon(QIcon())
    yield qapp
    qapp.setApplicationName(saved["name"])
    qapp.setApplicationDisplayName(saved["display"])
    qapp.setApplicationVersion(saved["version"])
    qapp.setOrganizationDomain(saved["domain"])
    QGuiApplication.setDesktopFileName(saved["desktop"])
    qapp.setWindowIcon(saved["icon"])


def test_the_icon_is_read_after_the_first_paint_with_every_drawn_size(
    app_identity: QApplication,
) -> None:
    app = gui_main._make_application()
    assert app is app_identity
    # Nothing read before the window is shown: the icon files wait for Home's first paint.
    assert app.windowIcon().isNull()
    gui_main._set_window_icon(app)
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= sizes
