"""People and search benchmark at 100k people and 1M facts/captures/notes.

Measures, offscreen on a generated database (cached under /tmp):

* search per keystroke: realistic queries typed letter by letter, each prefix searched as the
  search bar does (all kinds, 5 per kind); p50/p99/max;
* the people list's first screen: building the page, loading the first page and painting;
* jumping to the end, then scrolling to it: every page read and every scroll step's repaint
  (the worst is what a stall would be);
* memory: the process's RSS with the people page open and scrolled to the end, against the
  same app showing only Home;
* choosing people: Ctrl+A (select, count, repaint), Shift+click far down, describing the
  selection for Export (pages read), reading its ids (on the worker in the app), and writing
  the selected people as vCard 3.0 against writing everyone.

Budgets (issue #5): search p99 ≤ 15 ms, first screen ≤ 100 ms, no stalls while scrolling,
≤ 150 MB above the empty app. Usage: ``python bench/people_search.py [--people N]
[--folder DIR] [--encrypted]`` (``DIR``: an existing data folder instead of the generated one;
``--encrypted``: the same on an encrypted copy of it, issue 12).
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = ("anna schmidt", "ligeti", "zoë o'brien", "wigmore", "brahms", "cello", "leipzig")


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def ensure_data(people: int) -> Path:
    """The cached bench database folder for ``people`` (generated on first use)."""
    folder = Path(tempfile.gettempdir()) / f"eventmate-bench-people-{people}"
    if not (folder / "eventmate.sqlite3").exists():
        from datagen import generate

        started = time.perf_counter()
        generate(
            folder,
            people=people,
            facts_per_person=6,
            captures_per_person=3,
            notes_per_person=1,
        )
        print(f"generated {folder} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return folder


def encrypted_copy(folder: Path) -> Path:
    """A copy of ``folder``'s database, encrypted, in a new temporary folder (key unlocked)."""
    from eventmate.storage import key_file
    from eventmate.storage.encryption import encrypt_database

    copy = Path(tempfile.mkdtemp(prefix="eventmate-bench-encrypted-"))
    shutil.copy2(folder / "eventmate.sqlite3", copy / "eventmate.sqlite3")
    key = key_file.new_key()
    sealed = key_file.seal(key, "bench passphrase", key_file.new_recovery_key())
    started = time.perf_counter()
    encrypt_database(copy / "eventmate.sqlite3", copy / "backups", key, sealed)
    shutil.rmtree(copy / "backups", ignore_errors=True)
    print(f"encrypted in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return copy


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> None:
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5, help="times each query is typed")
    parser.add_argument("--folder", type=Path, help="an existing data folder to use")
    parser.add_argument("--encrypted", action="store_true", help="on an encrypted copy")
    args = parser.parse_args()
    folder = args.folder or ensure_data(args.people)
    if args.encrypted:
        folder = encrypted_copy(folder)

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from eventmate.gui.main_window import MainWindow, Section
    from eventmate.gui.pages.people_page import PeoplePage
    from eventmate.gui.style.theme import ThemeChoice, apply_theme
    from eventmate.services.container import Services
    from eventmate.storage.opening import open_sqlite

    app = QApplication([])
    app.setStyle("Fusion")
    apply_theme(app, ThemeChoice.LIGHT)
    database = open_sqlite(folder / "eventmate.sqlite3", folder / "backups")
    services = Services(database, folder / "backups")
    counts = services.maintenance.check().counts
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, str(folder))
    window.attach_services(services)
    window.resize(1200, 780)
    window.show()
    for _ in range(5):
        app.processEvents()
    gc.collect()
    empty_rss = rss_mb()

    # Search, keystroke by keystroke (the first round warms the page cache, as typing does).
    typed: list[float] = []
    for round_number in range(args.rounds + 1):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                started = time.perf_counter()
                services.search.search(query[:end], 5)
                elapsed = (time.perf_counter() - started) * 1000
                if round_number:
                    typed.append(elapsed)

    # First screen of the people list.
    started = time.perf_counter()
    window.show_section(Section.PEOPLE)
    page = window.page(Section.PEOPLE)
    assert isinstance(page, PeoplePage)
    page.view.viewport().repaint()
    app.processEvents()
    first_screen = (time.perf_counter() - started) * 1000
    resorts = []
    for index in range(page.filters.sort_box.count()):
        started = time.perf_counter()
        page.filters.sort_box.setCurrentIndex(index)
        page.filters.sort_box.activated.emit(index)
        page.view.viewport().repaint()
        app.processEvents()
        resorts.append((time.perf_counter() - started) * 1000)
    page.filters.sort_box.setCurrentIndex(0)
    page.filters.sort_box.activated.emit(0)

    # Jump to the end (Ctrl+End), back to the top, then scroll to the end a screenful at a
    # time, as holding Page Down does. Page reads are timed at the service.
    fetches: list[float] = []
    people_service = services.people

    def timed(read: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object) -> object:
            began = time.perf_counter()
            result = read(*args)
            fetches.append((time.perf_counter() - began) * 1000)
            return result

        return run

    people_service.page_at = timed(people_service.page_at)  # type: ignore[method-assign]
    people_service.page_after = timed(people_service.page_after)  # type: ignore[method-assign]
    bar = page.view.verticalScrollBar()
    began = time.perf_counter()
    bar.setValue(bar.maximum())
    page.view.viewport().repaint()
    app.processEvents()
    jump_to_end = (time.perf_counter() - began) * 1000
    bar.setValue(0)
    app.processEvents()
    frames: list[float] = []
    scroll_started = time.perf_counter()
    while bar.value() < bar.maximum():
        began = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        page.view.viewport().repaint()
        app.processEvents()
        frames.append((time.perf_counter() - began) * 1000)
    scroll_total = time.perf_counter() - scroll_started
    gc.collect()
    people_rss = rss_mb()

    # Choosing people, at the end of the list (its last pages in memory, the first not).
    view = page.view
    view.setFocus()
    pages_read = len(fetches)
    began = time.perf_counter()
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    view.viewport().repaint()
    app.processEvents()
    select_all = (time.perf_counter() - began) * 1000
    selected_text = page.selection_label.text()
    began = time.perf_counter()
    everyone_chosen = page.selection()
    describe_all = (time.perf_counter() - began) * 1000
    describe_pages = len(fetches) - pages_read
    assert everyone_chosen is not None
    began = time.perf_counter()
    everyone_ids = services.people.selected_ids(everyone_chosen)
    resolve_all = (time.perf_counter() - began) * 1000
    bar.setValue(0)
    app.processEvents()
    # A plain click (not setCurrentIndex): it also ends the Ctrl that Ctrl+A left behind.
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.visualRect(page.model.index(3)).center(),
    )
    bar.setValue(bar.maximum() // 2)
    app.processEvents()
    target = view.rowAt(view.viewport().height() // 2)
    began = time.perf_counter()
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        view.visualRect(page.model.index(target)).center(),
    )
    view.viewport().repaint()
    app.processEvents()
    shift_click = (time.perf_counter() - began) * 1000
    stretch_text = page.selection_label.text()
    three = [page.model.row(r) for r in (10, 20, 30)]
    three_ids = [row.id for row in three if row is not None]
    began = time.perf_counter()
    services.vcards.export(three_ids)
    export_three = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    selected_cards = services.vcards.export(everyone_ids)
    export_selected = time.perf_counter() - began
    began = time.perf_counter()
    everyone_cards = services.vcards.export()
    export_everyone = time.perf_counter() - began
    assert selected_cards == everyone_cards

    rows = [
        (
            "data",
            f"{counts.get('people', 0):,} people, {counts.get('facts', 0):,} facts, "
            f"{counts.get('captures', 0):,} captures, {counts.get('notes', 0):,} notes",
            "",
        ),
        ("database", "encrypted (SQLCipher)" if args.encrypted else "not encrypted", ""),
        ("search per keystroke p50", f"{statistics.median(typed):.1f} ms", ""),
        ("search per keystroke p99", f"{percentile(typed, 0.99):.1f} ms", "≤ 15 ms"),
        ("search per keystroke max", f"{max(typed):.1f} ms", f"{len(typed)} keystrokes"),
        ("people list first screen", f"{first_screen:.1f} ms", "≤ 100 ms"),
        ("re-sort (name / last / first met)", " / ".join(f"{t:.0f}" for t in resorts) + " ms", ""),
        ("jump to the end (Ctrl+End)", f"{jump_to_end:.1f} ms", ""),
        (
            "scroll to end: rows shown",
            f"{page.model.rowCount():,}",
            f"in {scroll_total:.1f} s; {page.model.loaded_rows:,} rows in memory",
        ),
        (
            "scroll: page read max / p99",
            f"{max(fetches):.1f} / {percentile(fetches, 0.99):.1f} ms",
            f"{len(fetches)} pages",
        ),
        (
            "scroll: frame max / p99",
            f"{max(frames):.1f} / {percentile(frames, 0.99):.1f} ms",
            f"{len(frames)} page-downs",
        ),
        ("Ctrl+A: select, count, repaint", f"{select_all:.1f} ms", selected_text),
        (
            "describe Ctrl+A for Export",
            f"{describe_all:.1f} ms",
            f"{describe_pages} page(s) read; {len(everyone_chosen.spans)} stretch",
        ),
        ("read the ids of Ctrl+A (worker)", f"{resolve_all:.1f} ms", f"{len(everyone_ids):,}"),
        ("Shift+click half-way down", f"{shift_click:.1f} ms", stretch_text),
        ("vCard 3.0 of 3 selected", f"{export_three:.1f} ms", ""),
        (
            "vCard 3.0 of Ctrl+A / of everyone",
            f"{export_selected:.1f} / {export_everyone:.1f} s",
            "same bytes",
        ),
        ("RSS empty app (Home)", f"{empty_rss:.0f} MB", ""),
        ("RSS people page, scrolled to end", f"{people_rss:.0f} MB", ""),
        ("memory above empty app", f"{people_rss - empty_rss:.0f} MB", "≤ 150 MB"),
    ]
    width = max(len(name) for name, _, _ in rows)
    value_width = max(len(value) for _, value, _ in rows)
    print(f"{'measure':<{width}}  {'value':<{value_width}}  budget/notes")
    print(f"{'-' * width}  {'-' * value_width}  {'-' * 12}")
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:<{value_width}}  {note}")
    from report import record

    area = "people (encrypted)" if args.encrypted else "people"
    record(f"{area}: search per keystroke p99", percentile(typed, 0.99), "ms", 15)
    record(f"{area}: list first screen", first_screen, "ms", 100)
    record(f"{area}: memory above the empty app", people_rss - empty_rss, "MB", 150)
    window.close()
    services.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    main()
