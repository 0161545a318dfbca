"""What can go wrong with the database, for the layers above services (the GUI, the CLI).

Re-exported from storage so that the GUI, which never imports storage, can tell a full disk
from a read-only one and show the recovery screen for each problem kind.
"""

from __future__ import annotations

from eventmate.storage.failures import FailureKind, StorageFailure
from eventmate.storage.opening import DatabaseProblem, ProblemKind

__all__ = ["DatabaseProblem", "FailureKind", "ProblemKind", "StorageFailure"]
