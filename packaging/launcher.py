"""Entry script of the frozen app: the same as the ``eventmate`` command."""

import sys

# The app folder may be read-only (/opt/eventmate) and must hold only what its package
# installed: Alembic's migration scripts, loaded from source, leave no __pycache__ beside them.
sys.dont_write_bytecode = True

from eventmate.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
