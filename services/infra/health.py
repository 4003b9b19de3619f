"""Dependency checks for the health endpoints: does Redis answer, does the broker answer, within a short time.

A service whose Redis or broker is paused still answers its requests (from a snapshot, with a 503 and
Retry-After, or by waiting to consume), so its health says ``degraded`` and names the dependency instead of
a plain ``ok``. Each check is bounded by a timeout and its result kept for a moment, so an orchestrator
polling /healthz never waits on a hung dependency nor adds load to it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from confluent_kafka.admin import AdminClient

#: how long a health check waits for a dependency before calling it degraded
CHECK_TIMEOUT_S = 0.5
#: how long a check's result is reused before the dependency is asked again
CHECK_INTERVAL_S = 1.0

Check = Callable[[], Awaitable[str | None]]


def redis_check(client: Any, timeout_s: float = CHECK_TIMEOUT_S) -> Check:
    """A check that PINGs Redis through ``client`` (redis.asyncio); None when it answers, the reason otherwise."""

    async def check() -> str | None:
        try:
            async with asyncio.timeout(timeout_s):
                await client.ping()
        except TimeoutError:
            return f"no answer within {timeout_s} s"
        except Exception as error:  # any failure to answer is the report, not an error of the health route
            return f"{type(error).__name__}: {error}"
        return None

    return check


def kafka_check(bootstrap: str, timeout_s: float = CHECK_TIMEOUT_S) -> Check:
    """A check that asks the broker to describe the cluster; None when it answers, the reason otherwise.

    DescribeCluster always goes to a broker: list_topics() was answered from librdkafka's metadata cache
    now and then (2 of 25 checks against a paused broker said it was fine)."""
    admin: AdminClient | None = None

    def describe() -> None:
        nonlocal admin
        if admin is None:
            # log_level 0: a broker that does not answer is this check's report, not a stream of librdkafka lines
            admin = AdminClient(
                {"bootstrap.servers": bootstrap, "socket.connection.setup.timeout.ms": 1000, "log_level": 0}
            )
        admin.describe_cluster(request_timeout=timeout_s).result(timeout=timeout_s + 0.5)

    async def check() -> str | None:
        try:
            await asyncio.to_thread(describe)
        except Exception as error:  # KafkaException (or a future timeout) when the broker does not answer in time
            return f"no answer within {timeout_s} s ({type(error).__name__})"
        return None

    return check


class DependencyHealth:
    """The named dependencies of one service, checked together and reported as ``ok`` or ``degraded``."""

    def __init__(self, checks: dict[str, Check], interval_s: float = CHECK_INTERVAL_S) -> None:
        self._checks = checks
        self._interval_s = interval_s
        self._checked_at = -float("inf")
        self._problems: dict[str, str] = {}
        self._lock = asyncio.Lock()

    async def problems(self) -> dict[str, str]:
        """Each dependency that did not answer, with the reason (empty when all answer)."""
        async with self._lock:
            if time.monotonic() - self._checked_at >= self._interval_s:
                names = list(self._checks)
                results = await asyncio.gather(*(self._checks[name]() for name in names))
                self._problems = {name: reason for name, reason in zip(names, results, strict=True) if reason}
                self._checked_at = time.monotonic()
            return dict(self._problems)

    async def report(self) -> dict[str, Any]:
        """``{"status": "ok"}``, or ``{"status": "degraded", "degraded": {dependency: reason}}``."""
        problems = await self.problems()
        return {"status": "degraded", "degraded": problems} if problems else {"status": "ok"}
