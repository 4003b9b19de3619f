"""The one interface every provider adapter implements: push one request to one device."""

from __future__ import annotations

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

    async def aclose(self) -> None:
        """Release connections and files."""
        ...
