"""The service layer: deliver one push request to every device of its user, with claims, retries and receipts."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from schemas.events import DeliveryReceipt, DeliveryStatus, PushRequest
from services.push.adapters.delivery_claims import ClaimState, RedisDeliveryClaims
from services.push.adapters.device_registry import RedisDeviceRegistry, UnusableDevice
from services.push.adapters.sender import NotificationSender
from services.push.domain.delivery import OutcomeKind, RetryPolicy, expires_at, next_retry_delay
from services.push.domain.devices import Device, provider_for, token_hash
from services.push.instruments import PushMetrics

log = logging.getLogger("pulso.push.delivery")

#: how long a claim outlives its request's TTL, so a late redelivery still finds it
_CLAIM_SLACK_S = 300.0
_CLAIM_POLL_S = 0.25


@dataclass(frozen=True)
class DeadLetter:
    """Why a request goes to push.dlq."""

    reason: str
    detail: str


@dataclass
class RequestOutcome:
    """Everything one request produced: a receipt per device, and a dead letter when something failed for good."""

    receipts: list[DeliveryReceipt] = field(default_factory=list)
    dead_letter: DeadLetter | None = None


@dataclass(frozen=True)
class _ClaimedElsewhere:
    holder: str


@dataclass(frozen=True)
class _DeviceResult:
    receipt: DeliveryReceipt
    dead_letter: DeadLetter | None = None


class DeliveryService:
    """Delivers push requests through the provider each device's platform routes to."""

    def __init__(
        self,
        registry: RedisDeviceRegistry,
        claims: RedisDeliveryClaims,
        senders: Mapping[str, NotificationSender],
        provider_mode: str,
        policy: RetryPolicy,
        metrics: PushMetrics,
        clock: Callable[[], datetime],
        concurrency: int,
        rng: random.Random | None = None,
        inflight_wait_s: float = 12.0,
    ) -> None:
        self._registry = registry
        self._claims = claims
        self._senders = senders
        self._mode = provider_mode
        self._policy = policy
        self._metrics = metrics
        self._clock = clock
        self._sends = asyncio.Semaphore(concurrency)
        self._rng = rng or random.Random()
        #: how long to wait for another worker's in-flight attempt to settle (longer than one HTTP attempt)
        self._inflight_wait_s = inflight_wait_s

    async def handle(self, request: PushRequest) -> RequestOutcome:
        """Deliver ``request`` to each device of its user; never raises for a provider's answer."""
        devices = await self._registry.devices_of(request.user_id)
        if not devices:
            log.warning("no registered device", extra={"notification_id": request.notification_id})
            receipt = self._receipt(request, DeliveryStatus.FAILED, self._mode, None, attempts=0, error="no_device")
            return RequestOutcome(receipts=[receipt])
        results = await asyncio.gather(*(self._deliver(request, device) for device in devices))
        dead = [result.dead_letter for result in results if result.dead_letter is not None]
        dead_letter = None
        if dead:
            dead_letter = DeadLetter(
                reason=",".join(sorted({d.reason for d in dead})), detail="; ".join(d.detail for d in dead)[:2000]
            )
        return RequestOutcome(receipts=[result.receipt for result in results], dead_letter=dead_letter)

    async def _deliver(self, request: PushRequest, device: Device | UnusableDevice) -> _DeviceResult:
        if isinstance(device, UnusableDevice):
            receipt = self._receipt(
                request, DeliveryStatus.FAILED, "none", token_hash(device.token), attempts=0, error=device.reason
            )
            return _DeviceResult(
                receipt, DeadLetter(device.reason, f"device {token_hash(device.token)}: {device.detail}")
            )
        provider = provider_for(device.platform, self._mode)
        device_hash = token_hash(device.token)
        deadline = expires_at(request.created_at, request.ttl_seconds)
        if self._clock() >= deadline:
            return _DeviceResult(self._receipt(request, DeliveryStatus.EXPIRED, provider, device_hash, attempts=0))
        sender = self._senders.get(provider)
        if sender is None:
            receipt = self._receipt(
                request, DeliveryStatus.FAILED, provider, device_hash, attempts=0, error="provider_not_configured"
            )
            detail = f"device {device_hash} ({device.platform.value}) needs {provider}, which has no credentials"
            return _DeviceResult(receipt, DeadLetter("provider_not_configured", detail))
        attempt = 0
        waited_s = 0.0
        while True:
            # Claim, send and settle under one concurrency slot: a claim is never held by a task that is
            # only queueing, so a crash leaves "in flight" claims only for attempts that were on the wire.
            async with self._sends:
                result = await self._claimed_attempt(sender, device, device_hash, request, deadline, attempt)
            if isinstance(result, _DeviceResult):
                return result
            if isinstance(result, _ClaimedElsewhere):
                # Another worker has an attempt on the wire (a rebalance moved the partition while it was
                # sending), or died during one. Wait for it to settle: sent, retrying or released. An
                # attempt cannot outlast the HTTP timeout, so a claim still in flight after that belongs
                # to a dead worker; its outcome is unknown and sending again could push twice.
                if waited_s >= self._inflight_wait_s:
                    self._metrics.skipped_duplicates.labels("inflight").inc()
                    log.warning(
                        "claimed by %s, not sent again",
                        result.holder,
                        extra={"notification_id": request.notification_id},
                    )
                    return _DeviceResult(
                        self._receipt(
                            request, DeliveryStatus.FAILED, provider, device_hash, attempt, error="outcome_unknown"
                        )
                    )
                await asyncio.sleep(_CLAIM_POLL_S)
                waited_s += _CLAIM_POLL_S
                continue
            attempt, delay = result
            self._metrics.retries.labels(provider).inc()
            await asyncio.sleep(delay)

    async def _claimed_attempt(
        self,
        sender: NotificationSender,
        device: Device,
        device_hash: str,
        request: PushRequest,
        deadline: datetime,
        attempts_so_far: int,
    ) -> _DeviceResult | _ClaimedElsewhere | tuple[int, float]:
        """One claimed attempt: a final result, or (attempts made, seconds to wait) before the next one."""
        provider = sender.provider
        notification_id = request.notification_id
        claim_ttl = (deadline - self._clock()).total_seconds() + _CLAIM_SLACK_S
        claim = await self._claims.claim(notification_id, device_hash, claim_ttl)
        if claim.state is ClaimState.ALREADY_SENT:
            # Delivered before a crash or rebalance: confirm again (attempts=0) so receipts stay at-least-once.
            self._metrics.skipped_duplicates.labels("sent").inc()
            return _DeviceResult(self._receipt(request, DeliveryStatus.SENT, provider, device_hash, attempts=0))
        if claim.state is ClaimState.IN_FLIGHT_ELSEWHERE:
            return _ClaimedElsewhere(claim.holder)
        attempt = attempts_so_far + 1
        started = time.perf_counter()
        outcome = await sender.send(device, request)
        self._metrics.send_seconds.labels(provider).observe(time.perf_counter() - started)
        if outcome.kind is OutcomeKind.SENT:
            await self._claims.mark_sent(notification_id, device_hash)
            delay_s = (self._clock() - request.created_at).total_seconds()
            self._metrics.delivery_delay.labels(provider).observe(max(0.0, delay_s))
            return _DeviceResult(self._receipt(request, DeliveryStatus.SENT, provider, device_hash, attempt))
        if outcome.kind is OutcomeKind.INVALID_TOKEN:
            await self._claims.release(notification_id, device_hash)
            await self._registry.remove(device.token)
            self._metrics.pruned_tokens.labels(provider).inc()
            log.info("pruned token %s: %s", device_hash, outcome.error, extra={"notification_id": notification_id})
            return _DeviceResult(
                self._receipt(request, DeliveryStatus.INVALID_TOKEN, provider, device_hash, attempt, outcome.error)
            )
        delay = next_retry_delay(self._policy, attempt, outcome, self._clock(), deadline, self._rng.random())
        if delay is None:
            await self._claims.release(notification_id, device_hash)
            reason = "rejected" if outcome.kind is OutcomeKind.FAILED else "retries_exhausted"
            detail = f"device {device_hash} via {provider} after {attempt} attempt(s): {outcome.error}"
            return _DeviceResult(
                self._receipt(request, DeliveryStatus.FAILED, provider, device_hash, attempt, outcome.error),
                DeadLetter(reason, detail),
            )
        await self._claims.mark_retrying(notification_id, device_hash)
        return attempt, delay

    def _receipt(
        self,
        request: PushRequest,
        status: DeliveryStatus,
        provider: str,
        device_hash: str | None,
        attempts: int,
        error: str | None = None,
    ) -> DeliveryReceipt:
        self._metrics.deliveries.labels(provider, status.value).inc()
        return DeliveryReceipt(
            notification_id=request.notification_id,
            user_id=request.user_id,
            status=status,
            provider=provider,
            device_token_hash=device_hash,
            attempts=attempts,
            error=error,
        )
