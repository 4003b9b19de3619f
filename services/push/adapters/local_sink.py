"""The embedded default provider: one JSON line per delivery in a file, and a readable console line."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from schemas.events import PushRequest
from services.infra.signed_links import redact_tokens
from services.push.domain.delivery import SENT, SendOutcome
from services.push.domain.devices import Device


class LocalSinkSender:
    """Appends ``{"delivered_at", "provider": "local", "platform", "device_token", "request"}`` lines.

    The demo and the end-to-end tests tail this file, so its shape is a contract (docs/architecture.md).
    """

    provider = "local"

    def __init__(self, path: Path, clock: Callable[[], datetime], console: TextIO | None = sys.stdout) -> None:
        self._path = path
        self._clock = clock
        self._console = console
        self._lock = asyncio.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file = path.open("a", encoding="utf-8")

    async def send(self, device: Device, request: PushRequest) -> SendOutcome:
        return (await self.send_many([(device, request)]))[0]

    async def send_many(self, items: Sequence[tuple[Device, PushRequest]]) -> list[SendOutcome]:
        return [await self._write(device, request) for device, request in items]

    async def _write(self, device: Device, request: PushRequest) -> SendOutcome:
        delivered_at = self._clock()
        line = json.dumps(
            {
                "delivered_at": delivered_at.isoformat(),
                "provider": self.provider,
                "platform": device.platform.value,
                "device_token": device.token,
                "request": request.model_dump(mode="json"),
            },
            ensure_ascii=False,
        )
        async with self._lock:
            # One write of a whole line, flushed at once: readers never see half a delivery.
            self._file.write(line + "\n")
            self._file.flush()
            if self._console is not None:
                # the console is the service's log: the link's token (a credential for days) only as a digest;
                # the sink file is the device, and keeps the link whole
                print(
                    f"push → {request.user_id} [{device.platform.value}] {request.locale.value}: "
                    f"{request.title} — {request.body} ({redact_tokens(request.deep_link)})",
                    file=self._console,
                    flush=True,
                )
        return SENT

    async def aclose(self) -> None:
        self._file.close()
