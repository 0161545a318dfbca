"""Fontconfig's configuration is loaded on a thread of its own before Qt is imported (#14)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from eventmate.app import early_fonts

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig")


@linux_only
def test_loading_maps_fontconfig_into_a_process_without_qt() -> None:
    probe = (
        "import sys\n"
        "from eventmate.app.early_fonts import _load\n"
        "_load()\n"
        "maps = open('/proc/self/maps').read()\n"
        "print('PySide6' in sys.modules, 'libfontconfig' in maps)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "True"]


@linux_only
def test_the_fonts_load_on_a_daemon_thread_that_ends() -> None:
    thread = early_fonts.start_loading_fonts()
    assert thread is not None
    assert thread.name == "eventmate-fonts"
    assert thread.daemon
    thread.join(30)
    assert not thread.is_alive()


def test_a_system_without_fontconfig_starts_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    failures: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    monkeypatch.setattr(early_fonts, "FONTCONFIG", "libno-such-fontconfig.so.1")
    monkeypatch.setattr(sys, "platform", "linux")
    thread = early_fonts.start_loading_fonts()
    assert thread is not None
    thread.join(30)
    assert failures == []


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_platforms_whose_qt_does_not_use_fontconfig_start_no_thread(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    before = threading.active_count()
    assert early_fonts.start_loading_fonts() is None
    assert threading.active_count() == before


def test_the_app_starts_it_before_qt_is_imported(tmp_path: os.PathLike[str]) -> None:
    probe = (
        "import sys, threading\n"
        "started = []\n"
        "real_start = threading.Thread.start\n"
        "def start(self):\n"
        "    started.append((self.name, 'PySide6' in sys.modules))\n"
        "    real_start(self)\n"
        "threading.Thread.start = start\n"
        "import types\n"
        "stand_in = types.ModuleType('eventmate.app.gui_main')\n"  # the window, without Qt
        "stand_in.run_gui = lambda *args, **kwargs: print(started) or 0\n"
        "sys.modules['eventmate.app.gui_main'] = stand_in\n"
        "from eventmate.main import main\n"
        "sys.exit(main(['--data-dir', sys.argv[1]]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    expected = "('eventmate-fonts', False)" if sys.platform.startswith("linux") else "[]"
    assert expected in done.stdout
