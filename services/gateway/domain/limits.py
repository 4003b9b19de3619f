"""Rate-limit and budget windows, and what a refusal tells the caller.

The counting itself is one atomic Lua script in Redis (adapters/redis_limits.py), shared by
every replica; this module decides the window names and how long a caller should wait.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Literal

LimitReason = Literal["rpm", "tpm", "budget_day", "budget_month"]


@dataclass(frozen=True)
class Windows:
    """The current minute, day (UTC) and month (UTC) as window ids, and seconds until each ends."""

    minute: str
    day: str
    month: str
    minute_left_s: int
    day_left_s: int
    month_left_s: int


def windows_at(now_epoch_s: float) -> Windows:
    """The windows that contain ``now_epoch_s``."""
    minute_start = int(now_epoch_s // 60) * 60
    minute, day, month, day_end, month_end = _minute_windows(minute_start)
    return Windows(
        minute=minute,
        day=day,
        month=month,
        minute_left_s=max(1, int(minute_start + 60 - now_epoch_s + 0.999)),
        day_left_s=max(1, int(day_end - now_epoch_s + 0.999)),
        month_left_s=max(1, int(month_end - now_epoch_s + 0.999)),
    )


@lru_cache(maxsize=4)
def _minute_windows(minute_start: int) -> tuple[str, str, str, float, float]:
    """The window ids of the minute starting at ``minute_start`` and the ends of its day and month (epoch s).

    Remembered per minute: every request of a minute shares them, and the calendar arithmetic is most of
    the cost of ``windows_at`` (which runs on every request).
    """
    moment = datetime.fromtimestamp(minute_start, UTC)
    day_end = datetime(moment.year, moment.month, moment.day, tzinfo=UTC).timestamp() + 86_400
    days_in_month = calendar.monthrange(moment.year, moment.month)[1]
    month_end = datetime(moment.year, moment.month, 1, tzinfo=UTC).timestamp() + days_in_month * 86_400
    return str(minute_start), moment.strftime("%Y-%m-%d"), moment.strftime("%Y-%m"), day_end, month_end


@dataclass(frozen=True)
class LimitRefusal:
    """Why a request was refused and when trying again makes sense."""

    reason: LimitReason
    retry_after_s: int

    @property
    def code(self) -> str:
        return "budget_exceeded" if self.reason.startswith("budget") else "rate_limit_exceeded"

    @property
    def message(self) -> str:
        return {
            "rpm": "requests per minute limit reached for this key",
            "tpm": "tokens per minute limit reached for this key",
            "budget_day": "daily USD budget of this key is spent",
            "budget_month": "monthly USD budget of this key is spent",
        }[self.reason]


def retry_after_for(reason: LimitReason, windows: Windows) -> int:
    """Seconds until the window that refused the request rolls over."""
    if reason in ("rpm", "tpm"):
        return windows.minute_left_s
    if reason == "budget_day":
        return windows.day_left_s
    return windows.month_left_s
