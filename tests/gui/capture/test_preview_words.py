"""Capture mode's preview names each fact's kind, as the person's page will show it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from eventmate.domain.capture_syntax import parse_capture
from eventmate.gui.capture.preview import batch_lines, detail_line


def test_each_fact_keeps_its_kind(qtbot: QtBot) -> None:
    parsed = parse_capture(
        "Anna Schmidt (viola, LSO) — loves Bartók; grew up in Leipzig; "
        "also studied in Dublin; plays a 1790 viola !send my Ligeti recording"
    )
    line = detail_line(parsed, linked=False)
    assert line.split(" · ") == [
        "cares about: loves Bartók",
        "their story: grew up in Leipzig",
        "common ground: also studied in Dublin",
        "noted: plays a 1790 viola",
        "promise: send my Ligeti recording",
    ]
    assert "fact:" not in line


def test_a_paste_preview_keeps_the_kinds_too(qtbot: QtBot) -> None:
    lines = ["Seán O'Brien — same teacher in Dublin", "Zoë Ng — fan of Ligeti"]
    shown = batch_lines(lines, [parse_capture(line) for line in lines])
    assert "common ground: same teacher in Dublin" in shown[0]
    assert "cares about: fan of Ligeti" in shown[1]
