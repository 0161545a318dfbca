"""A throw-away PostgreSQL cluster in a temporary folder, for the tests and the benchmarks.

``initdb`` and ``pg_ctl`` from the installed server (Debian's ``postgresql`` package puts them
in ``/usr/lib/postgresql/<version>/bin``) make a cluster that listens on 127.0.0.1 at a free
port and on a socket in its own folder; it is stopped and deleted at the end. PostgreSQL
refuses to run as root, so as root the server runs as the ``postgres`` user (the package
creates it) with its folder handed to that user.

Durability is off (``fsync``, ``synchronous_commit``, ``full_page_writes``): the cluster lives
as long as one test run. Databases are made from a template that the real migrations built
once (``CREATE DATABASE … TEMPLATE …``, WAL_LOG: ~0.1 s; FILE_COPY waits for a checkpoint, ~1 s).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

#: The cluster's superuser and password (local and throw-away; TCP logins need the password).
USER = "eventmate"
PASSWORD = "throw-away-test-password"
BINDIR_ENV = "EVENTMATE_PG_BINDIR"


def find_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` of the newest installed server, if any."""
    chosen = os.environ.get(BINDIR_ENV)
    if chosen:
        return Path(chosen) if (Path(chosen) / "initdb").exists() else None
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """A running throw-away cluster; :meth:`url` names one of its databases."""

    def __init__(self, bindir: Path, folder: Path) -> None:
        self.bindir = bindir
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0
        self._names = itertools.count(1)

    # -- running the server's programs ---------------------------------------------------

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        """Create the cluster and start the server (waits until it accepts connections)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        password_file = self.folder / "password"
        password_file.write_text(PASSWORD + "\n")
        if self._as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
            shutil.chown(password_file, "postgres", "postgres")
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            USER,
            f"--pwfile={password_file}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        self._options = " ".join(
            (
                "-c listen_addresses=127.0.0.1",
                f"-c port={self.port}",
                f"-c unix_socket_directories={self.folder}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=300",
                "-c shared_buffers=128MB",
            )
        )
        self.resume()

    def resume(self) -> None:
        """Start the server (again, after :meth:`halt`); waits until it accepts connections."""
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-o", self._options,
            "-w", "start",
        )  # fmt: skip

    def halt(self) -> None:
        """Stop the server, ending every session, but keep the cluster (:meth:`resume`)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        """Stop the server at once and delete its folder."""
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- databases -----------------------------------------------------------------------

    def url(self, database: str, *, password: str | None = PASSWORD) -> str:
        """The SQLAlchemy URL of ``database`` over TCP on 127.0.0.1 (local: no TLS needed)."""
        secret = f":{password}" if password is not None else ""
        return f"postgresql+psycopg://{USER}{secret}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run ``sql`` outside a transaction on the ``postgres`` database."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=USER,
            password=PASSWORD,
            dbname="postgres",
            autocommit=True,
        ) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def new_name(self, prefix: str = "t") -> str:
        """A database name not used before in this cluster."""
        return f"{prefix}_{os.getpid()}_{next(self._names)}"

    def create(self, name: str, *, template: str | None = None) -> str:
        """Create database ``name`` (empty, or a copy of ``template``); returns its URL."""
        copy = f" TEMPLATE {template}" if template else ""
        self.admin(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def drop(self, name: str) -> None:
        """Drop database ``name``, ending any session still connected to it."""
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster(bindir: Path | None = None) -> Cluster:
    """Start a new cluster in a fresh temporary folder (the caller stops it)."""
    bindir = bindir or find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb found)")
    cluster = Cluster(bindir, Path(tempfile.mkdtemp(prefix="eventmate-pg-")))
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster
