"""The one interface every provider adapter implements: push requests to devices, one or many at a time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from schemas.events import PushRequest
from services.push.domain.delivery import SendOutcome
from services.push.domain.devices import Device


class SenderConfigError(Exception):
    """A provider cannot be set up from the settings (missing or unreadable credentials)."""


class NotificationSender(Protocol):
    """FcmSender, ApnsSender and LocalSinkSender are three adapters of this."""

    #: the provider name on receipts and metrics: fcm, apns or local
    provider: str

    async def send(self, device: Device, request: PushRequest) -> SendOutcome:
        """One attempt; transport errors come back as a RETRY outcome, never raised."""
        ...

    async def send_many(self, items: Sequence[tuple[Device, PushRequest]]) -> list[SendOutcome]:
        """One attempt for each (device, request), all in flight at once; outcomes in order. ``send`` is the
        case of one item."""
        ...

    async def aclose(self) -> None:
        """Release connections and files."""
        ...
