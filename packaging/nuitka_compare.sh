#!/usr/bin/env bash
# The Nuitka build that packaging/README.md compares with PyInstaller (not used for releases).
# Nuitka 4.1.1 is the version pyside6-deploy 6.12 pins; its options here are what
# pyside6-deploy passes (standalone, pyside6 plugin, no Qt translations) plus EventMate's data.
# It compiles every module to C: about 85 minutes on this project's 2-core machine.
#     bash packaging/nuitka_compare.sh            # -> build/nuitka/launcher.dist/eventmate.bin
#     python bench/frozen.py --other Nuitka=build/nuitka/launcher.dist/eventmate.bin
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=$(mktemp -d)/venv  # Nuitka and pyside6-deploy want the environment outside the project
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet . "nuitka==4.1.1" ordered-set zstandard
SITE=$("$VENV/bin/python" -c "import eventmate, os; print(os.path.dirname(eventmate.__file__))")
# The executable is not called `eventmate`: the package's data folder of that name sits beside it.
"$VENV/bin/python" -m nuitka --standalone --assume-yes-for-downloads \
    --enable-plugin=pyside6 --noinclude-qt-translations \
    --include-package=eventmate \
    --include-raw-dir="$SITE/storage/migrations=eventmate/storage/migrations" \
    --include-data-dir="$ROOT/resources=eventmate/resources" \
    --include-package-data=tzdata \
    --nofollow-import-to=tkinter,unittest,pytest,pydoc \
    --output-dir="$ROOT/build/nuitka" --output-filename=eventmate.bin \
    "$ROOT/packaging/launcher.py"
