"""The command line in German: ``LANG=de_DE.UTF-8 eventmate …`` speaks German, every help and
message included; a word left out of gettext shows up here as English."""

from __future__ import annotations

import argparse
import inspect
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventmate.cli.parser import ARGPARSE_WORDS, COMMANDS
from eventmate.domain.i18n import use_language
from eventmate.main import main

pytestmark = pytest.mark.sqlite_only("about the language of the words, not the store")

VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{mail}\r\nEND:VCARD\r\n"

#: English words that never belong in German output (once option names, {choices}, `commands`,
#: 'quoted' values and URLs are taken out: those stay as they are typed).
STOP_WORDS = {
    "the", "and", "or", "of", "to", "with", "your", "you", "is", "are", "were", "not",
    "show", "print", "list", "this", "that", "these", "what", "when", "where", "which", "from",
    "into", "usage", "options", "arguments", "default", "people", "events", "captures", "yet",
    "nothing", "found", "error", "required", "invalid", "choice", "healthy", "integrity",
    "database", "backup", "promised", "open", "kept", "season", "months", "first", "time",
}  # fmt: skip
_TYPED = re.compile(r"--?[\w-]+|\{[^}]*\}|`[^`]*`|'[^']*'|\S+://\S*|\S+\.(?:sqlite3|json|py)\S*")


_USAGE = re.compile(r"^Aufruf: .*?(?:\n\n|\Z)", re.S | re.M)  # the command line, as typed
_COMMAND = re.compile(r"^ {2,}[a-z-]+(?= {2,}|$)", re.M)  # a command's name in the list


def english_words(text: str) -> set[str]:
    """The stop words in ``text``, outside what a user types as it is."""
    typed = _TYPED.sub(" ", _COMMAND.sub(" ", _USAGE.sub(" ", text)))
    return STOP_WORDS & set(re.findall(r"[a-z]+", typed))


def german(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``eventmate ARGS`` as a German user's terminal would."""
    environment = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL")}
    environment.update(LANG="de_DE.UTF-8", LC_MESSAGES="de_DE.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "eventmate", *args],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
        input=stdin,
    )


@pytest.fixture
def in_german() -> Iterator[None]:
    use_language("de")
    yield
    use_language(None)


def test_help_in_german() -> None:
    done = german("--help")
    assert done.returncode == 0
    assert done.stdout.startswith("Aufruf: eventmate")
    assert "Optionen:" in done.stdout
    assert "Menschen auflisten" in done.stdout
    assert english_words(done.stdout) == set()


def test_capture_and_its_german_kind_words(tmp_path: Path) -> None:
    done = german(
        "--data-dir",
        str(tmp_path),
        "capture",
        "Anna Berg (Bratsche) — liebt Bartók #kammer !fragen nach dem Vorspiel",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Notiz 1 gespeichert: Anna Berg (neue Person) — Bratsche")
    assert "Angaben: liebt Bartók" in done.stdout
    assert "Schlagwörter: #kammer" in done.stdout
    listed = german("--data-dir", str(tmp_path), "followups")
    assert listed.returncode == 0, listed.stderr
    # A German date ("Sa, 5. Dez. 2026") and the kind in German words.
    assert re.search(r"\b(Mo|Di|Mi|Do|Fr|Sa|So), \d{1,2}\. ", listed.stdout), listed.stdout
    assert "(ich habe versprochen, fragen)" in listed.stdout


def test_an_error_in_german(tmp_path: Path) -> None:
    done = german("--data-dir", str(tmp_path), "event", "add", "Probe", "--start", "morgen")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "eventmate: --start 'morgen' ist kein Datum mit Uhrzeit wie 2026-12-03 19:30"
    )


def test_argparse_speaks_german_too(tmp_path: Path) -> None:
    done = german("--data-dir", str(tmp_path), "event", "add")
    assert done.returncode == 2
    assert "Aufruf: eventmate" in done.stderr
    assert "Fehler: diese Argumente fehlen: TITLE, --start" in done.stderr
    wrong = german("--data-dir", str(tmp_path), "insights", "--period", "woche")
    assert "ungültige Wahl: 'woche'" in wrong.stderr


def test_plurals_in_german(tmp_path: Path) -> None:
    one = tmp_path / "one.vcf"
    one.write_text(VCARD.format(name="Anna Berg", mail="anna@example.org"), encoding="utf-8")
    two = tmp_path / "two.vcf"
    two.write_text(
        VCARD.format(name="Ben Roth", mail="ben@example.org")
        + VCARD.format(name="Carla Weiß", mail="carla@example.org"),
        encoding="utf-8",
    )
    folder = str(tmp_path / "data")
    first = german("--data-dir", folder, "import", str(one))
    assert first.returncode == 0, first.stderr
    assert "1 neue Person importiert, 0 ergänzt" in first.stdout
    second = german("--data-dir", folder, "import", str(two))
    assert "2 neue Menschen importiert" in second.stdout


def test_a_database_problem_in_german(tmp_path: Path) -> None:
    (tmp_path / "eventmate.sqlite3").write_bytes(b"not a database at all, just text " * 200)
    done = german("--data-dir", str(tmp_path), "people")
    assert done.returncode == 2
    assert "Diese Datei ist keine Datenbank." in done.stderr


def _every_help() -> Iterator[list[str]]:
    """Every command's and action's ``--help`` argument list."""
    for name in COMMANDS:
        yield [name, "--help"]
    for name, actions in {
        "event": ("add", "list"),
        "followups": ("done", "rest"),
        "desktop": ("install", "remove"),
        "encryption": ("status", "on", "off"),
        "team": ("list", "add-member", "remove-member"),
    }.items():
        for action in actions:
            yield [name, action, "--help"]


@pytest.mark.usefixtures("in_german")
@pytest.mark.parametrize("argv", list(_every_help()), ids=" ".join)
def test_every_help_is_german(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: ")
    assert english_words(out) == set(), out


@pytest.mark.usefixtures("in_german")
def test_commands_answer_in_german(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = str(tmp_path)
    said = []
    for argv in (
        ["check"],
        ["people"],
        ["search", "Niemand"],
        ["event", "list"],
        ["followups"],
        ["insights"],
        ["encryption", "status"],
        ["import", str(tmp_path / "missing.ics")],
        ["followups", "done", "99"],
    ):
        main(["--data-dir", folder, *argv])
        out, err = capsys.readouterr()
        said.append(out + err)
    text = "\n".join(said)
    assert "alles in Ordnung" in text
    assert "Noch keine Menschen." in text
    assert "Nichts gefunden für „Niemand“." in text
    assert "Keine offenen Versprechen." in text
    assert "Einblicke für diese Saison" in text
    assert "missing.ics: diese Datei gibt es nicht" in text
    assert "Es gibt kein Versprechen 99." in text
    assert english_words(text) == set(), text


def test_argparse_still_says_the_words_we_translate() -> None:
    """A newer Python may reword argparse: the catalogue's copies must match its words."""
    source = inspect.getsource(argparse)
    for word in ARGPARSE_WORDS:
        assert repr(word)[1:-1] in source or word.replace("\n", "\\n") in source, word
