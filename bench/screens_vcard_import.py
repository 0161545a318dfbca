"""Screenshots of the vCard import preview, in light and dark, for looking at them.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/screens_vcard_import.py [OUT_DIR]`` (default
/tmp/shots). Imports the sample data's own export again after a few edits: one card edited
in another client (a new phone number), one person whose role was cleared here, cards already
here with nothing new, a new card from a phone and one with a similar name.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from eventmate.gui.theme import ThemeChoice, apply_theme
from eventmate.services.container import Services
from eventmate.storage.models import Person
from eventmate.storage.opening import open_sqlite
from shots import shoot, shots_app

_NEW = (
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ngozi Okafor\r\nEMAIL:ngozi@example.org\r\n"
    b"UID:8A1B3C5D-7E9F-4A2B-8C4D-6E8F0A2B4C6D\r\nEND:VCARD\r\n"
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmit\r\nTITLE:Viola\r\nEND:VCARD\r\n"
)


def main() -> None:
    """Write the screenshots."""
    app, out = shots_app()
    from eventmate.gui.data.vcard_preview_dialog import VCardPreviewDialog

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
        services = Services(database, folder / "backups")
        services.sample_data.add()
        data = services.vcards.export()
        first = data.index(b"\r\nUID:")
        data = data[:first] + b"\r\nTEL;TYPE=cell:+49 30 1234567" + data[first:]
        with database.write() as session:
            person = session.scalars(select(Person).order_by(Person.sort_key)).all()[2]
            person.role = ""
        preview = services.vcards.preview(data + _NEW)
        for theme in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            apply_theme(app, theme)
            dialog = VCardPreviewDialog(preview, "contacts.vcf")
            shoot(dialog, out / f"vcard-import-preview-{theme.value}.png")
            dialog.close()
        database.close()


if __name__ == "__main__":
    main()
