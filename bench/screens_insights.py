"""Screenshots of Insights (light and dark, 1280×800 and 1920×1080) and an exported chart.

The whole main window on the Insights section, then the page alone for each period and as
tables.

Usage: ``QT_QPA_PLATFORM=offscreen python bench/screens_insights.py [OUT_DIR]`` (default
/tmp/shots). Builds three years of a freelancer's life (400 people) with ``datagen``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop

from datagen import generate
from eventmate.gui.style.theme import ThemeChoice, apply_theme
from eventmate.services.container import Services
from eventmate.storage.opening import open_sqlite
from shots import shoot, shots_app


def main() -> None:
    """Write the screenshots."""
    app, out = shots_app()
    from PySide6.QtCore import QSettings

    from eventmate.gui.insights.insights_page import InsightsPage
    from eventmate.gui.main_window import MainWindow, Section
    from eventmate.services.insights.periods import Period

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, people=400, events=160, years=3)
        database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
        services = Services(database, folder / "backups")
        settings = QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat)
        for theme in (ThemeChoice.LIGHT, ThemeChoice.DARK):
            apply_theme(app, theme)
            for size in ((1280, 800), (1920, 1080)):
                window = MainWindow(settings, str(folder))
                window.attach_services(services)
                window.resize(*size)
                window.show()
                window.show_section(Section.INSIGHTS)
                insights = window.page(Section.INSIGHTS)
                assert isinstance(insights, InsightsPage)
                while insights.history is None:
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
                shoot(window, out / f"window-insights-{theme}-{size[0]}.png")
                window.hide()
                window.deleteLater()
            for width, height in ((1280 - 190, 800 - 60), (1920 - 190, 1080 - 60)):
                page = InsightsPage(services)
                page.resize(width, height)
                page.show()
                page.refresh()
                while page.history is None:
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
                for period in (Period.SEASON, Period.ALL):
                    page.choose_period(period)
                    shoot(page, out / f"insights-{theme}-{width + 190}-{period}.png")
                page.tables.setChecked(True)
                shoot(page, out / f"insights-{theme}-{width + 190}-tables.png")
                card = page.cards["energy"]
                card.export(out / f"insights-energy-{theme}.png")
                card.export(out / f"insights-energy-{theme}.svg")
                page.close()
                page.deleteLater()
        services.close()


if __name__ == "__main__":
    main()
