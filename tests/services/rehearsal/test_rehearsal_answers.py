"""Typed names: the whole name or a part is right; accents, capitals and slips forgiven."""

from __future__ import annotations

import pytest

from eventmate.services.rehearsal.answers import Recall, check


@pytest.mark.parametrize(
    ("typed", "name", "recall"),
    [
        ("Anna Schmidt", "Anna Schmidt", Recall.RIGHT),
        ("anna", "Anna Schmidt", Recall.RIGHT),
        ("schmidt", "Anna Schmidt", Recall.RIGHT),
        ("  ANNA   schmidt ", "Anna Schmidt", Recall.RIGHT),
        ("zoe ng", "Zoë Ng", Recall.RIGHT),
        ("sean o'brien", "Seán O'Brien", Recall.RIGHT),
        ("Sean OBrien", "Seán O'Brien", Recall.RIGHT),
        ("Sean O Brian", "Seán O'Brien", Recall.NEARLY),
        ("Anna Schmit", "Anna Schmidt", Recall.NEARLY),
        ("Matteo", "Mateo García", Recall.NEARLY),
        ("Annabel", "Anna Schmidt", Recall.NOT_YET),
        ("Ingrid", "Anna Schmidt", Recall.NOT_YET),
        ("", "Anna Schmidt", Recall.NOT_YET),
        ("!!!", "Anna Schmidt", Recall.NOT_YET),
        ("a", "Anna Schmidt", Recall.NOT_YET),
        ("Anna Schmidt", "", Recall.NOT_YET),
    ],
)
def test_check(typed: str, name: str, recall: Recall) -> None:
    assert check(typed, name) is recall


def test_nearly_counts_as_knowing() -> None:
    assert Recall.NEARLY.knew
    assert Recall.RIGHT.knew
    assert not Recall.NOT_YET.knew
