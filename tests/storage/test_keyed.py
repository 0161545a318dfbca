"""The one way into the database file: keyed when encrypted, and nothing opens it otherwise."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventmate.storage import key_file, keyed
from eventmate.storage.failures import FailureKind, failure_kind

SRC = Path(__file__).resolve().parents[2] / "src" / "eventmate"


@pytest.fixture(autouse=True)
def no_keys() -> Iterator[None]:
    keyed.forget_keys()
    yield
    keyed.forget_keys()


def test_nothing_but_keyed_connect_opens_a_database_file() -> None:
    # A path that opened the file with sqlite3 directly would read an encrypted file as
    # damaged (FIELD-NOTES B3: two SQLite libraries must never share a file).
    opening = re.compile(r"sqlite3\.connect\(|dbapi2\.connect\(|cipher_module\(\)\.connect\(")
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.name != "keyed.py" and opening.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_a_plain_file_is_opened_by_the_standard_library(tmp_path: Path) -> None:
    path = tmp_path / "plain.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    connection = keyed.connect(path)
    assert isinstance(connection, sqlite3.Connection)
    connection.close()
    assert keyed.key_for(path) is None
    # A key file beside a plain file (an interrupted change) does not make it encrypted.
    keyed.key_file_path(path).write_text("{}", encoding="utf-8")
    assert not keyed.is_encrypted(path)
    assert keyed.key_for(path) is None


def test_an_encrypted_file_needs_its_key(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    path = tmp_path / "secret.sqlite3"
    key = key_file.new_key()
    recovery = key_file.new_recovery_key()
    connection = keyed.connect(path, key=key)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    key_file.write(key_file.seal(key, "eight chars or more", recovery), keyed.key_file_path(path))
    assert keyed.is_encrypted(path)
    with pytest.raises(keyed.KeyNeeded):
        keyed.connect(path)
    with pytest.raises(key_file.WrongSecret):
        keyed.unlock(path, "not eight chars")
    assert keyed.unlock(path, "eight chars or more") == key
    with keyed.connect(path, read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    # SQLCipher's errors are its own classes: db_errors() and failure_kind know them.
    wrong = keyed.connect(path, key=key_file.new_key())
    with pytest.raises(keyed.db_errors()) as error:
        wrong.execute("SELECT count(*) FROM t")
    wrong.close()
    assert not isinstance(error.value, sqlite3.Error)
    assert failure_kind(error.value) is FailureKind.DAMAGED
