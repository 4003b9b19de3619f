"""Whether the worker's event loop is behind: the signal that it is past its CPU capacity.

Past capacity, requests do not queue where the front guard can count them: their bytes wait in
socket buffers and their tasks in the event loop's ready queue, and by the time a request reaches
the guard it may have waited seconds. The in-flight bound cannot see that queue; the loop's lag
can. A ticker sleeps ``interval_s`` at a time and notes how late it wakes up. The loop counts as
behind while a tick is overdue by more than ``max_lag_s`` right now (a request that reaches the
guard after a long stall sees the stall before the ticker had a chance to run), and for
``hold_s`` after a tick measured such a lag, so the backlog that built up drains as cheap 503s
instead of being served late.
"""

from __future__ import annotations

import asyncio

from services.infra.tasks import cancel_and_wait


class LoopLag:
    """The worker's event-loop lag, measured by a ticker task (``start`` / ``stop`` in the app's lifespan)."""

    def __init__(self, max_lag_s: float, hold_s: float = 0.25, interval_s: float = 0.025) -> None:
        #: 0 turns the signal off (``behind`` is always False)
        self.max_lag_s = max_lag_s
        self.hold_s = hold_s
        self.interval_s = interval_s
        #: lag the last tick measured, seconds
        self.last_lag_s = 0.0
        self.loop: asyncio.AbstractEventLoop | None = None
        self._next_due = float("inf")
        self._behind_until = 0.0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Start ticking on the running loop."""
        self.loop = asyncio.get_running_loop()
        self._task = asyncio.create_task(self._tick(), name="pulso-gateway-loop-lag")

    async def stop(self) -> None:
        """Stop the ticker."""
        await cancel_and_wait(self._task)
        self._task = None

    def behind(self) -> bool:
        """True while the loop is more than ``max_lag_s`` behind, or was within the last ``hold_s``."""
        if self.loop is None or self.max_lag_s <= 0:
            return False
        now = self.loop.time()
        return now < self._behind_until or now - self._next_due > self.max_lag_s

    async def _tick(self) -> None:
        assert self.loop is not None
        while True:
            self._next_due = self.loop.time() + self.interval_s
            await asyncio.sleep(self.interval_s)
            now = self.loop.time()
            self.last_lag_s = max(0.0, now - self._next_due)
            if self.last_lag_s > self.max_lag_s > 0:
                self._behind_until = now + self.hold_s
