"""``python -m eventmate``: the same as the ``eventmate`` command."""

from eventmate.main import main

raise SystemExit(main())
