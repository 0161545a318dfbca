"""Entry points: ``eventmate`` (no subcommand opens the app; subcommands are the CLI)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line, or open the app when no subcommand is given."""
    argv = sys.argv[1:] if argv is None else list(argv)
    from eventmate.storage.private_files import restrict_umask

    restrict_umask()  # personal data: whatever this process creates is the owner's only
    opens_app, data_dir = _plain_app_launch(argv)
    if opens_app:
        from eventmate.app.early_fonts import start_loading_fonts

        start_loading_fonts()  # on a second core, while Qt and the window's code are imported
        import gc

        # The cyclic collector waits until Home has painted (``app.gui_main`` resumes it): its
        # passes over the ~10⁵ objects that loading Qt and the window create cost ~4 ms of the
        # start, and nothing made before then is garbage worth collecting.
        gc.disable()
        # The common launch (a desktop icon): skip loading the command line's machinery.
        # Encrypted data starts unlocking now, beside the imports of Qt and the window.
        from eventmate.app.early_unlock import start_unlocking
        from eventmate.storage.locations import resolve_locations

        unlocking = start_unlocking(resolve_locations(data_dir))
        from eventmate.app.gui_main import run_gui

        return run_gui(data_dir, unlocking=unlocking)
    from eventmate.cli.parser import parse_args

    args = parse_args(argv)
    if args.command is None:
        from eventmate.app.gui_main import run_gui

        return run_gui(args.data_dir)
    if args.command == "capture":
        from eventmate.cli.capture_commands import opens_gui  # loaded by the parser already

        if opens_gui(args):  # `eventmate capture` without text: the app, in capture mode
            from eventmate.app.gui_main import run_gui

            return run_gui(args.data_dir, start_in_capture=True, event=args.event)
    from eventmate.cli.commands import run_command

    return run_command(args)


def _plain_app_launch(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether ``argv`` just opens the app (nothing, or only ``--data-dir DIR``), and the DIR."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir="):
        return True, argv[0].split("=", 1)[1] or None
    return False, None


def gui_main() -> int:
    """The ``eventmate-gui`` launcher (a windowed executable on Windows)."""
    return main()
