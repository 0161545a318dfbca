"""``eventmate team``: the administrator adds a member, who then works in the shared database."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests import pg_cluster

from eventmate.main import main

_NAMES = itertools.count(1)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def roles(store: str, request: pytest.FixtureRequest) -> Iterator[list[str]]:
    """Login names for this test, dropped at the end (the database's group role stays with
    the throw-away cluster: it holds grants in the database until that is dropped)."""
    made: list[str] = []
    yield made
    if store != "postgres" or not made:
        return
    cluster: pg_cluster.Cluster = request.getfixturevalue("pg")
    for name in made:
        cluster.admin(f'DROP ROLE IF EXISTS "{name}"')


def test_a_member_added_by_the_administrator_shares_people_not_promises(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    store: str,
    roles: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = str(tmp_path / "d")
    assert (
        run(capsys, "--data-dir", folder, "capture", "Anna Schmidt: viola !send the tape")[0] == 0
    )
    member = f"carol_{next(_NAMES)}"
    roles.append(member)
    status, out, err = run(capsys, "--data-dir", folder, "team", "add-member", member)
    if store == "sqlite":
        assert status == 1
        assert "needs a PostgreSQL server" in err
        assert "Traceback" not in err
        return
    assert status == 0, err
    address = re.search(r"address:\s+(\S+)", out)
    password = re.search(r"password:\s+(\S+)", out)
    assert address
    assert password
    assert f"{member}@" in address[1]
    assert pg_cluster.PASSWORD not in out
    status, out, _ = run(capsys, "--data-dir", folder, "team", "list")
    assert (status, out.split()) == (0, [member])

    # The member works in the same database with their own login.
    mine = address[1].replace(f"{member}@", f"{member}:{password[1]}@")
    monkeypatch.setenv("EVENTMATE_DATABASE_URL", mine)
    other = str(tmp_path / "member")
    status, out, err = run(capsys, "--data-dir", other, "people", "--json")
    assert status == 0, err
    assert [p["name"] for p in json.loads(out)] == ["Anna Schmidt"]
    assert json.loads(run(capsys, "--data-dir", other, "search", "tape", "--json")[1]) == []
    assert run(capsys, "--data-dir", other, "capture", "Ben Ode: oboe !call him back")[0] == 0
    status, out, _ = run(capsys, "--data-dir", other, "followups", "--json")
    assert [item["text"] for item in json.loads(out)] == ["call him back"]
    status, out, err = run(capsys, "--data-dir", other, "team", "add-member", "mallory")
    assert status == 1
    assert "may not create logins" in err
    monkeypatch.delenv("EVENTMATE_DATABASE_URL")
    # The administrator's own promise is still there for them.
    assert json.loads(run(capsys, "--data-dir", folder, "search", "tape", "--json")[1])

    status, out, _ = run(capsys, "--data-dir", folder, "team", "remove-member", member)
    assert status == 0
    assert run(capsys, "--data-dir", folder, "team", "list")[1].startswith("no members yet")


@pytest.mark.parametrize(
    "name",
    ["Robert'); DROP TABLE person; --", "1abc", "pg_admin", "x" * 64, "Anna"],
)
def test_a_name_that_cannot_be_a_login_is_refused_plainly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: str, name: str
) -> None:
    folder = str(tmp_path / "d")
    status, _, err = run(capsys, "--data-dir", folder, "team", "add-member", name)
    assert status == 1
    assert "Traceback" not in err
    expected = "cannot be a login name" if store == "postgres" else "needs a PostgreSQL"
    assert expected in err
