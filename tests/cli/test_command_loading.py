"""Each command loads only what it needs; quick reads answer alike via sqlite3 and the ORM."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from conftest import NOW
from eventmate.cli.parser import COMMANDS, build_parser, command_word
from eventmate.domain.kinds import ContactKind, Direction, FollowUpStatus
from eventmate.main import main
from eventmate.services.after.open_followups import OpenFollowUps
from eventmate.services.events.event_list import EventListing
from eventmate.services.people.listings import PeopleListings
from eventmate.storage.engine import Database
from eventmate.storage.models import ContactMethod, Event, FollowUp, Person, Tag
from eventmate.storage.opening import open_sqlite
from eventmate.storage.sql import EngineReader, SqliteReader


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, str]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {choice.dest: choice.help or "" for choice in action._choices_actions}


def test_command_word_skips_the_global_options() -> None:
    assert command_word(["--data-dir", "search", "people", "x"]) == "people"
    assert command_word(["--data-dir=/d", "search", "x"]) == "search"
    assert command_word(["--version"]) is None
    assert command_word([]) is None


def test_help_lists_every_command_in_order() -> None:
    assert list(_subcommands(build_parser())) == list(COMMANDS)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_the_listed_help_is_the_command_modules_own(name: str) -> None:
    # The table shows a command without importing it; it must say what the module says.
    listed = _subcommands(build_parser())[name]
    registered = _subcommands(build_parser(name))
    assert list(registered) == list(COMMANDS)
    assert registered[name] == listed


def test_every_module_in_the_table_registers_its_commands() -> None:
    for module_name in {module for module, _help in COMMANDS.values()}:
        module = importlib.import_module(f"eventmate.cli.{module_name}")
        parser = argparse.ArgumentParser()
        module.register(parser.add_subparsers())
        mine = {name for name, (owner, _h) in COMMANDS.items() if owner == module_name}
        assert set(_subcommands(parser)) == mine


def test_an_unknown_command_is_refused_by_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


_PROBE = """
import sys
from eventmate.main import main
status = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic")
                or m.startswith(("eventmate.interop", "eventmate.services.data.")))
print("LOADED", " ".join(loaded), file=sys.stderr)
sys.exit(status)
"""


def _loaded(*args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True
    )
    return result.stderr.rsplit("LOADED", 1)[1].strip()


@pytest.fixture(scope="module")
def current_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-loading")
    assert main(["--data-dir", str(folder), "check"]) == 0  # created at the current schema
    return folder


@pytest.mark.parametrize(
    "command",
    [
        ["search", "Anna"],
        ["people"],
        ["people", "Anna"],
        ["followups"],
        ["event", "list"],
        ["capture", "Ann Bo (cello) — loves Ligeti #strings !send the score"],
    ],
)
def test_quick_reads_never_import_sqlalchemy(current_folder: Path, command: list[str]) -> None:
    assert _loaded("--data-dir", str(current_folder), *command) == ""


def test_help_imports_no_command_and_no_database_code() -> None:
    probe = (
        "import sys\nfrom eventmate.cli.parser import build_parser\nbuild_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('eventmate.cli.', "
        "'eventmate.services', 'eventmate.storage', 'sqlalchemy'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['eventmate.cli.parser']"


@pytest.mark.sqlite_only("damaged pages of the SQLite file")
def test_a_damaged_page_met_by_a_quick_read_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "check"]) == 0
    path = folder / "eventmate.sqlite3"
    db = open_sqlite(path, folder / "backups")
    with db.write() as session:
        session.add_all(Person(name=f"Person {i}", sort_key=f"person {i}") for i in range(3000))
    db.close()
    data = bytearray(path.read_bytes())
    page = 4096
    # Wipe pages in the second half of the file (the person table's leaves), keep the header.
    for start in range(len(data) // 2, len(data) - page, page * 3):
        data[start : start + page] = b"\xff" * page
    path.write_bytes(bytes(data))
    capsys.readouterr()
    status = main(["--data-dir", str(folder), "people"])
    _out, err = capsys.readouterr()
    assert status == 2
    assert "damaged" in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def _fill(database: Database) -> None:
    with database.write() as session:
        zoe = Person(name="Zoë Ng", sort_key="zoe ng", role="Cello", organization="LSO")
        zoe.tags.extend([Tag(name="strings"), Tag(name="choir")])
        ann = Person(name="Ann Bo", sort_key="ann bo")
        session.add_all([zoe, ann])
        session.flush()
        session.add_all(
            [
                ContactMethod(person_id=zoe.id, kind=ContactKind.EMAIL, value="z@example.org"),
                ContactMethod(person_id=zoe.id, kind=ContactKind.PHONE, value="+44 1"),
                ContactMethod(person_id=ann.id, kind=ContactKind.EMAIL, value="a@example.org"),
            ]
        )
        gala = Event(title="Gala", starts_at=NOW - timedelta(days=2), venue="Hall", city="X")
        soon = Event(title="Recital", starts_at=NOW + timedelta(days=2))
        session.add_all([gala, soon])
        session.flush()
        session.add_all(
            [
                FollowUp(person_id=zoe.id, event_id=gala.id, text="send score", due_at=NOW),
                FollowUp(person_id=ann.id, text="call", due_at=None),
                FollowUp(
                    person_id=ann.id,
                    text="done one",
                    due_at=NOW,
                    status=FollowUpStatus.DONE,
                    direction=Direction.THEIRS,
                ),
                FollowUp(text="later", due_at=NOW + timedelta(days=9)),
            ]
        )


def test_quick_reads_answer_the_same_through_sqlite3_and_the_engine(database: Database) -> None:
    _fill(database)
    # On a server there is only the engine: it must give what sqlite3 gives on a file.
    engine = EngineReader(database)
    readers = (SqliteReader(database.path), engine) if database.path else (engine, engine)
    listed = [PeopleListings(reader).listings() for reader in readers]
    assert listed[0] == listed[1]
    assert [p.name for p in listed[0]] == ["Ann Bo", "Zoë Ng"]
    assert listed[0][1].tags == ("choir", "strings")
    some = [PeopleListings(reader).listings([listed[0][1].id]) for reader in readers]
    assert some[0] == some[1] == (listed[0][1],)
    events = [EventListing(reader, lambda: NOW).list_events() for reader in readers]
    assert events[0] == events[1]
    assert [e.title for e in events[0].upcoming] == ["Recital"]
    for kwargs in ({}, {"limit": 1}, {"due_before": NOW + timedelta(days=1)}):
        items = [OpenFollowUps(reader).open_items(**kwargs) for reader in readers]
        assert items[0] == items[1]
    everything = OpenFollowUps(readers[0]).open_items()
    assert [i.text for i in everything] == ["send score", "later", "call"]


def test_people_json_through_the_quick_path(
    capsys: pytest.CaptureFixture[str], database: Database, data_dir: Path
) -> None:
    _fill(database)
    database.close()
    assert main(["--data-dir", str(data_dir), "people", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[1]["emails"] == ["z@example.org"]
    assert rows[1]["tags"] == ["choir", "strings"]
