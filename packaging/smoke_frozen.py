"""Smoke-test an installed or frozen EventMate, on Linux, macOS or Windows.

    python packaging/smoke_frozen.py BINARY [--version X.Y.Z]

BINARY runs ``--version``, then ``check`` on a new data folder (which creates the database
through the bundled migrations), stores a capture and finds it again, imports a calendar whose
times carry a time zone (tzdata must be inside: Windows has no zone database of its own), then
opens its window offscreen on another new data folder,
waits for Home to show its data, and quits: by SIGTERM on Linux and macOS, which must end it
with status 0 and "EventMate stopped" in its log; Windows has no polite signal for a process
without a console window, so there it is ended after Home showed. No traceback anywhere.
Exit status 0 when all of that holds; else the first failure is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HOME_SHOWN = "home shown with data"
CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//EventMate smoke test//EN
BEGIN:VEVENT
UID:smoke-1@eventmate.org
DTSTAMP:20260101T000000Z
DTSTART;TZID=Europe/Berlin:20260704T193000
DTEND;TZID=Europe/Berlin:20260704T220000
SUMMARY:Summer concert
END:VEVENT
END:VCALENDAR
"""
WAIT_SECONDS = 90


class SmokeFailure(Exception):
    """What went wrong, in one line."""


def run(binary: str, *args: str) -> str:
    """Run BINARY with ARGS; its standard output, or SmokeFailure with what it said."""
    result = subprocess.run([binary, *args], capture_output=True, text=True, check=False)
    if result.returncode != 0 or "Traceback" in result.stderr:
        raise SmokeFailure(f"{binary} {' '.join(args)} -> {result.returncode}: {result.stderr}")
    return result.stdout


def open_window(binary: str, data_dir: Path) -> None:
    """Open the app offscreen, wait for Home with data, and quit it."""
    log = data_dir / "logs" / "eventmate.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(
            [binary, "--data-dir", str(data_dir)], env=env, stdout=subprocess.DEVNULL, stderr=err
        )
        deadline = time.monotonic() + WAIT_SECONDS
        while HOME_SHOWN not in _read(log):
            if process.poll() is not None:
                err.seek(0)
                raise SmokeFailure(f"exited ({process.returncode}) before Home: {err.read()}")
            if time.monotonic() > deadline:
                process.kill()
                raise SmokeFailure(f"Home not shown within {WAIT_SECONDS} s")
            time.sleep(0.1)
        if sys.platform == "win32":
            process.terminate()
            process.wait(30)
        else:
            process.send_signal(signal.SIGTERM)
            status = process.wait(30)
            if status != 0:
                raise SmokeFailure(f"exited with {status} on SIGTERM")
            if "EventMate stopped" not in _read(log):
                raise SmokeFailure("did not stop cleanly (no 'EventMate stopped' in its log)")
        err.seek(0)
        errors = err.read()
    if "Traceback" in errors or "Traceback" in _read(log):
        raise SmokeFailure(f"a traceback: {errors}{_read(log)}")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def smoke(binary: str, version: str | None) -> None:
    """Every check, in order; SmokeFailure on the first that fails."""
    out = run(binary, "--version").strip()
    if version is not None and out != f"EventMate {version}":
        raise SmokeFailure(f"--version printed {out!r}, expected EventMate {version}")
    with tempfile.TemporaryDirectory() as tmp:
        data = str(Path(tmp) / "check")
        report = run(binary, "--data-dir", data, "check")
        if not report.strip().endswith("healthy"):
            raise SmokeFailure(f"check on a new data folder: {report}")
        run(binary, "--data-dir", data, "capture", "Anna Schmidt (viola) — loves Bartók #lso")
        if "Anna Schmidt" not in run(binary, "--data-dir", data, "search", "bartok"):
            raise SmokeFailure("a stored capture was not found by search")
        calendar = Path(tmp) / "summer.ics"
        calendar.write_text(CALENDAR, encoding="utf-8")
        run(binary, "--data-dir", data, "import", str(calendar))
        events = json.loads(run(binary, "--data-dir", data, "event", "list", "--json"))
        start = datetime.fromisoformat(events[0]["start"]).astimezone(UTC)
        if start != datetime(2026, 7, 4, 17, 30, tzinfo=UTC):  # 19:30 in Berlin
            raise SmokeFailure(f"the imported event's time zone went wrong: {events}")
        open_window(binary, Path(tmp) / "window")


def main(argv: list[str] | None = None) -> int:
    """Command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--version", dest="expected_version")
    args = parser.parse_args(argv)
    # A path (not a bare command name) is made absolute: Windows resolves relative ones oddly.
    binary = str(Path(args.binary).absolute()) if Path(args.binary).is_file() else args.binary
    try:
        smoke(binary, args.expected_version)
    except SmokeFailure as failure:
        print(f"smoke: FAILED: {args.binary}: {failure}", file=sys.stderr)
        return 1
    print(f"smoke: {args.binary}: --version, check, window opened and closed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
