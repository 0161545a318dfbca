"""The Insights use cases: read the all-time tallies once, then any period from them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from eventmate.services.clock import Clock, system_clock
from eventmate.services.insights.compute import insights_for
from eventmate.services.insights.history import History, read_history
from eventmate.services.insights.periods import Period, period_start
from eventmate.services.insights.series import Insights
from eventmate.storage.engine import Database


class InsightsService:
    """Reads what the Insights charts are made of.

    :meth:`history` is the one read (a worker thread's job in the app); :meth:`insights`
    slices it for a period in memory, so choosing another period never reads again.
    """

    def __init__(
        self, database: Database, clock: Clock = system_clock, zone: tzinfo | None = None
    ) -> None:
        self._db = database
        self._clock = clock
        #: Local time zone for days and months (None: the computer's).
        self._zone = zone

    def history(
        self,
        on_first_part: Callable[[History], None] | None = None,
        first_period: Period | None = None,
    ) -> History:
        """All-time tallies as of now, in one read transaction.

        ``on_first_part`` gets the first chart's data (events, people met) as soon as it is
        read — for ``first_period`` only, if given — so the page can draw that chart while
        the rest is read.
        """
        now = self._clock()
        since = None
        if first_period is not None and first_period is not Period.ALL:
            since = period_start(first_period, now.astimezone(self._zone).date(), None)
        with self._db.read() as session:
            return read_history(session, now, self._zone, on_first_part, since)

    def insights(self, period: Period, history: History | None = None) -> Insights:
        """Every chart's series for ``period`` (reads the history unless it is given)."""
        return insights_for(history if history is not None else self.history(), period)
