"""A shopper's notification preferences: written through push's API, honoured by the pipeline before it asks
for copy and by push for each device. Stored as this model's JSON under ``redis_keys.preferences_key``."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from schemas.events import Trigger

#: the channels a push reaches: app push on Android or iOS, web push in a browser
Channel = Literal["android", "ios", "web"]
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def _clock_time(value: str) -> str:
    if not _CLOCK.match(value):
        raise ValueError("must be a 24-hour local time HH:MM, 00:00 to 23:59")
    return value


ClockTime = Annotated[str, AfterValidator(_clock_time)]


def minutes_of(clock: str) -> int:
    """``HH:MM`` → minutes after local midnight."""
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


class QuietHours(BaseModel):
    """No push between ``start`` and ``end``, in the shopper's site time zone; the window may wrap midnight."""

    model_config = ConfigDict(extra="forbid")

    start: ClockTime
    end: ClockTime


class NotificationPreferences(BaseModel):
    """Opt-outs per channel and per trigger kind, and quiet hours that replace the site's."""

    model_config = ConfigDict(extra="forbid")

    opted_out_channels: Annotated[list[Channel], Field(max_length=3)] = []
    opted_out_triggers: Annotated[list[Trigger], Field(max_length=len(Trigger))] = []
    #: None: the site's quiet hours apply
    quiet_hours: QuietHours | None = None

    def allows_channel(self, channel: str) -> bool:
        return channel not in self.opted_out_channels

    def allows_any_channel(self) -> bool:
        return len(set(self.opted_out_channels)) < 3
