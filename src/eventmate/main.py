"""Entry points: ``eventmate`` (no subcommand opens the app; subcommands are the CLI)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line, or open the app when no subcommand is given."""
    from eventmate.cli.parser import parse_args

    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from eventmate.app.gui_main import run_gui

        return run_gui(args.data_dir)
    from eventmate.cli.capture_commands import opens_gui

    if opens_gui(args):  # `eventmate capture` without text: the app, straight in capture mode
        from eventmate.app.gui_main import run_gui

        return run_gui(args.data_dir, start_in_capture=True, event_id=args.event)
    from eventmate.cli.commands import run_command

    return run_command(args)


def gui_main() -> int:
    """The ``eventmate-gui`` launcher (a windowed executable on Windows)."""
    return main()
