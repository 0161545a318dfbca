#!/usr/bin/env bash
# pipx users: install the wheel `make dist` built with pipx into a throw-away home, then the
# installed command runs --version and `check` on a new data folder, and
# `eventmate desktop install|remove` writes and removes the menu entry and icon (XDG).
#     bash packaging/smoke_pipx.sh [PYTHON]     (PYTHON has pipx: the project's .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
APP_ID=$(python3 -c "import re; print(re.search(r'APP_ID = \"([^\"]+)\"', open('src/eventmate/__init__.py').read()).group(1))")
VERSION=$(python3 -c "import re; print(re.search(r'__version__ = \"([^\"]+)\"', open('src/eventmate/__init__.py').read()).group(1))")
WHEEL="$PWD/dist/eventmate-$VERSION-py3-none-any.whl"
[ -f "$WHEEL" ] || { echo "smoke: $WHEEL missing: run make dist first" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/.local/share" PIPX_HOME="$WORK/pipx"
export PIPX_BIN_DIR="$WORK/home/.local/bin" PIPX_MAN_DIR="$WORK/home/.local/share/man"
mkdir -p "$HOME"
"$PY" -m pipx install --quiet "$WHEEL" >"$WORK/pipx.log" 2>&1 \
    || { cat "$WORK/pipx.log"; fail "pipx install $WHEEL"; }
BIN="$PIPX_BIN_DIR/eventmate"
[ -x "$BIN" ] && [ -x "$PIPX_BIN_DIR/eventmate-gui" ] || fail "pipx did not expose eventmate"
"$BIN" --version | grep -qx "EventMate $VERSION" || fail "eventmate --version"
"$BIN" --data-dir "$WORK/data" check | grep -q healthy || fail "eventmate check"

"$BIN" desktop install
ENTRY="$XDG_DATA_HOME/applications/$APP_ID.desktop"
ICON="$XDG_DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
[ -f "$ENTRY" ] && [ -f "$ICON" ] || fail "desktop install wrote no entry or icon"
exec_path=$(sed -n 's/^Exec=\(.*\) capture$/\1/p' "$ENTRY" | head -1)
[ -n "$exec_path" ] && [ -x "$exec_path" ] || fail "the entry's Exec is not an executable: $exec_path"
"$exec_path" --version >/dev/null || fail "the entry's Exec does not run"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$ENTRY"; fi
"$BIN" desktop remove
[ ! -e "$ENTRY" ] && [ ! -e "$ICON" ] || fail "desktop remove left files"

"$PY" -m pipx uninstall eventmate >/dev/null
[ ! -e "$BIN" ] || fail "pipx uninstall left $BIN"
echo "smoke: pipx install of the wheel ran, desktop install|remove worked, uninstalled"
