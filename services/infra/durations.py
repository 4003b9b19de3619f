"""Durations as operators type them on the command line: 90s, 30m, 2h, 7d."""

from __future__ import annotations

import re
from datetime import timedelta

_DURATION = re.compile(r"^(\d+)([smhd])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


#: longer is a typo, not a duration an operator means (and subtracted from now it would leave the calendar)
LONGEST = timedelta(days=36_500)


def parse_duration(text: str) -> timedelta | None:
    """``text`` as a duration of at most 100 years, or None when it is not one."""
    match = _DURATION.match(text.strip())
    if not match:
        return None
    try:
        duration = timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    except OverflowError:
        return None
    return duration if duration <= LONGEST else None
