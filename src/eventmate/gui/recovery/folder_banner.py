"""Saying, until the user has read it, that the data folder is where the database can be damaged.

A folder a sync app copies (Dropbox, OneDrive, iCloud Drive, Nextcloud, Syncthing…) or a
network drive: see :mod:`eventmate.storage.folder_risk`. The band stays at the top of the
window until *Understood*, which is remembered for that folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QPushButton, QToolBar

from eventmate.gui.recovery.banner import band
from eventmate.services.folder_place import FolderRisk, folder_risk

#: The folder whose risk the user has read about (ui.ini).
UNDERSTOOD_KEY = "dataFolder/riskUnderstood"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FolderBanner", text)


def risk_text(risk: FolderRisk) -> str:
    """Where the data is, why that is risky, and what to do instead."""
    if risk.kind == "network":
        why = _tr(
            "Your data is on a shared drive (%1), where the database's locks do not work "
            "reliably; two computers using it at once can damage it."
        )
    else:
        why = _tr(
            "Your data is in a %1 folder: a sync app can copy the database halfway through a "
            "save, and two computers using it at once can damage it."
        )
    advice = _tr(
        "Keep the data folder on this computer; to use EventMate on a second computer, share "
        "a server (Preferences ▸ Storage)."
    )
    return why.replace("%1", risk.name) + " " + advice


def warn_about_folder(window: QMainWindow, settings: QSettings, folder: Path) -> QToolBar | None:
    """Show the band if ``folder`` (the database file's) is risky and the user has not yet
    said *Understood* about it."""
    risk = folder_risk(folder)
    if risk is None or settings.value(UNDERSTOOD_KEY, "", str) == str(folder):
        return None
    bar, row = band(window, "folderRisk")
    row.label.setText(risk_text(risk))
    row.label.setAccessibleName(_tr("Your data folder may be damaged where it is"))
    button = QPushButton(_tr("Understood"), row)
    button.setObjectName("folderRiskUnderstood")

    def understood() -> None:
        settings.setValue(UNDERSTOOD_KEY, str(folder))
        settings.sync()
        window.removeToolBar(bar)
        bar.deleteLater()

    button.clicked.connect(understood)
    row.row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
    return bar
