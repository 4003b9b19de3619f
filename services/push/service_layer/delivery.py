"""The service layer: deliver push requests to every device of their users, a batch at a time, with claims,
retries and receipts."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from schemas.events import DeliveryReceipt, DeliveryStatus, PushRequest
from schemas.preferences import NotificationPreferences
from services.push.adapters.delivery_claims import (
    RELEASED,
    RETRYING,
    SENT,
    ClaimState,
    RedisDeliveryClaims,
    Settlement,
)
from services.push.adapters.device_registry import RedisDeviceRegistry, UnusableDevice
from services.push.adapters.preferences import RedisPreferences
from services.push.adapters.sender import NotificationSender
from services.push.domain.delivery import OutcomeKind, RetryPolicy, SendOutcome, expires_at, next_retry_delay
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


@dataclass(frozen=True)
class _Retry:
    delay_s: float


@dataclass
class _Job:
    """One device of one request of a batch, as it goes through its attempts."""

    index: int
    request: PushRequest
    device: Device
    sender: NotificationSender
    device_hash: str
    deadline: datetime
    attempts: int = 0
    waited_s: float = 0.0


def _outcome_of(results: list[_DeviceResult]) -> RequestOutcome:
    dead = [result.dead_letter for result in results if result.dead_letter is not None]
    dead_letter = None
    if dead:
        dead_letter = DeadLetter(
            reason=",".join(sorted({d.reason for d in dead})), detail="; ".join(d.detail for d in dead)[:2000]
        )
    return RequestOutcome(receipts=[result.receipt for result in results], dead_letter=dead_letter)


class SendSlots:
    """At most ``limit`` sends in flight. A batch takes what is free (at least one slot) and sends that many,
    then waits for more: first come first served, and never all-or-nothing, so a free slot is never left
    idle behind a batch waiting for enough of them."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._free = limit
        self._waiters: deque[tuple[int, asyncio.Future[int]]] = deque()

    async def take(self, wanted: int) -> int:
        """Between 1 and ``wanted`` slots, as soon as at least one is free; how many were taken."""
        if not self._waiters and self._free > 0:
            taken = min(wanted, self._free)
            self._free -= taken
            return taken
        granted: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        entry = (wanted, granted)
        self._waiters.append(entry)
        try:
            return await granted
        except asyncio.CancelledError:
            if granted.done() and not granted.cancelled():
                self.release(granted.result())
            elif entry in self._waiters:
                self._waiters.remove(entry)
            raise

    def release(self, count: int) -> None:
        self._free += count
        while self._waiters and self._free > 0:
            wanted, granted = self._waiters.popleft()
            if granted.done():
                continue
            taken = min(wanted, self._free)
            self._free -= taken
            granted.set_result(taken)


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
        preferences: RedisPreferences | None = None,
    ) -> None:
        self._registry = registry
        self._preferences = preferences
        self._claims = claims
        self._senders = senders
        self._mode = provider_mode
        self._policy = policy
        self._metrics = metrics
        self._clock = clock
        self._concurrency = concurrency
        self._slots = SendSlots(concurrency)
        self._rng = rng or random.Random()
        #: how long to wait for another worker's in-flight attempt to settle (longer than one HTTP attempt)
        self._inflight_wait_s = inflight_wait_s

    async def handle(self, request: PushRequest) -> RequestOutcome:
        """Deliver ``request`` to each device of its user; never raises for a provider's answer."""
        return (await self.handle_batch([request]))[0]

    async def handle_batch(
        self, requests: Sequence[PushRequest], on_outcome: Callable[[int, RequestOutcome], None] | None = None
    ) -> list[RequestOutcome]:
        """Deliver each request to each device of its user, the Redis work and the first attempts batched:
        one round trip reads every user's devices, one claims every device, one settles the claims, and the
        provider calls go out together. A device that must retry (or wait for another worker's attempt)
        goes on alone, so ``on_outcome(index, outcome)`` is called as soon as each request is finished,
        not when the slowest of the batch is."""
        outcomes: list[RequestOutcome | None] = [None] * len(requests)
        results: list[list[_DeviceResult]] = [[] for _ in requests]
        waiting = [0] * len(requests)

        def finish(index: int) -> None:
            outcome = _outcome_of(results[index])
            outcomes[index] = outcome
            if on_outcome is not None:
                on_outcome(index, outcome)

        def record(job: _Job, result: _DeviceResult) -> None:
            results[job.index].append(result)
            waiting[job.index] -= 1
            if waiting[job.index] == 0:
                finish(job.index)

        devices_of = await self._registry.devices_of_many(r.user_id for r in requests)
        preferences_of = (
            await self._preferences.get_many(r.user_id for r in requests) if self._preferences is not None else {}
        )
        jobs: list[_Job] = []
        for index, request in enumerate(requests):
            devices = devices_of[request.user_id]
            preferences = preferences_of.get(request.user_id)
            if not devices:
                log.warning("no registered device", extra={"notification_id": request.notification_id})
                results[index].append(
                    _DeviceResult(
                        self._receipt(request, DeliveryStatus.FAILED, self._mode, None, attempts=0, error="no_device")
                    )
                )
            for device in devices:
                ready = self._job_or_result(index, request, device, preferences)
                if isinstance(ready, _Job):
                    jobs.append(ready)
                    waiting[index] += 1
                else:
                    results[index].append(ready)
        for index in range(len(requests)):
            if waiting[index] == 0:
                finish(index)

        follow_ups: list[asyncio.Task[None]] = []

        async def first_attempts(part: list[_Job]) -> None:
            for job, result in zip(part, await self._attempt_holding(part), strict=True):
                if isinstance(result, _DeviceResult):
                    record(job, result)
                else:
                    follow_ups.append(asyncio.create_task(self._follow_up(job, result, record)))

        firsts: list[asyncio.Future[None]] = []
        try:
            # Each part is as many jobs as there are free slots: claims are taken only for attempts that go
            # on the wire at once.
            remaining = jobs
            while remaining:
                taken = await self._slots.take(len(remaining))
                part, remaining = remaining[:taken], remaining[taken:]
                firsts.append(asyncio.ensure_future(first_attempts(part)))
            await asyncio.gather(*firsts)
            if follow_ups:
                await asyncio.gather(*follow_ups)
        except BaseException:
            # Redis failed under one of them and the caller will try the unfinished requests again. Retries
            # waiting for their backoff stop here; first attempts already on the wire finish (they hold
            # slots and claims) and may still report their request, which the caller counts once.
            for task in follow_ups:
                task.cancel()
            raise
        return [outcome for outcome in outcomes if outcome is not None]

    def _job_or_result(
        self,
        index: int,
        request: PushRequest,
        device: Device | UnusableDevice,
        preferences: NotificationPreferences | None = None,
    ) -> _Job | _DeviceResult:
        """A job to attempt, or the device's result already (unusable, channel turned off by the shopper,
        expired, no provider configured)."""
        if isinstance(device, UnusableDevice):
            receipt = self._receipt(
                request, DeliveryStatus.FAILED, "none", token_hash(device.token), attempts=0, error=device.reason
            )
            return _DeviceResult(
                receipt, DeadLetter(device.reason, f"device {token_hash(device.token)}: {device.detail}")
            )
        provider = provider_for(device.platform, self._mode)
        device_hash = token_hash(device.token)
        if preferences is not None and not preferences.allows_channel(device.platform.value):
            # not an error: the shopper turned this channel off (the pipeline drops pushes with every channel off)
            return _DeviceResult(
                self._receipt(request, DeliveryStatus.FAILED, provider, device_hash, attempts=0, error="opted_out")
            )
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
        return _Job(index, request, device, sender, device_hash, deadline)

    async def _follow_up(
        self, job: _Job, result: _ClaimedElsewhere | _Retry, record: Callable[[_Job, _DeviceResult], None]
    ) -> None:
        """Retries after backoff, or waits for another worker's attempt, until the device has a final result."""
        provider = job.sender.provider
        while True:
            if isinstance(result, _ClaimedElsewhere):
                # Another worker has an attempt on the wire (a rebalance moved the partition while it was
                # sending), or died during one. Wait for it to settle: sent, retrying or released. An
                # attempt cannot outlast the HTTP timeout, so a claim still in flight after that belongs
                # to a dead worker; its outcome is unknown and sending again could push twice.
                if job.waited_s >= self._inflight_wait_s:
                    self._metrics.skipped_duplicates.labels("inflight").inc()
                    log.warning(
                        "claimed by %s, not sent again",
                        result.holder,
                        extra={"notification_id": job.request.notification_id},
                    )
                    receipt = self._receipt(
                        job.request,
                        DeliveryStatus.FAILED,
                        provider,
                        job.device_hash,
                        job.attempts,
                        error="outcome_unknown",
                    )
                    record(job, _DeviceResult(receipt))
                    return
                await asyncio.sleep(_CLAIM_POLL_S)
                job.waited_s += _CLAIM_POLL_S
            else:
                self._metrics.retries.labels(provider).inc()
                await asyncio.sleep(result.delay_s)
                if not await self._channel_still_wanted(job):
                    # nothing is on the wire (the claim says "retrying"), so stopping here sends nothing
                    receipt = self._receipt(
                        job.request, DeliveryStatus.FAILED, provider, job.device_hash, job.attempts, error="opted_out"
                    )
                    record(job, _DeviceResult(receipt))
                    return
            attempted = await self._attempt(job)
            if isinstance(attempted, _DeviceResult):
                record(job, attempted)
                return
            result = attempted

    async def _channel_still_wanted(self, job: _Job) -> bool:
        """Whether the shopper still wants pushes on this device's channel, read again before a retry: the
        poll's read may be seconds or minutes old by then, and a change must apply within a second."""
        if self._preferences is None:
            return True
        preferences = await self._preferences.get(job.request.user_id)
        return preferences is None or preferences.allows_channel(job.device.platform.value)

    async def _attempt(self, job: _Job) -> _DeviceResult | _ClaimedElsewhere | _Retry:
        """One more attempt for one job, in a slot of its own."""
        await self._slots.take(1)
        return (await self._attempt_holding([job]))[0]

    async def _attempt_holding(self, jobs: list[_Job]) -> list[_DeviceResult | _ClaimedElsewhere | _Retry]:
        """One claimed attempt per job, holding one concurrency slot per job (released here): claim all, send
        the claimed ones, settle all.

        Claim, send and settle happen under the slots: a claim is never held by a job that is only queueing,
        so a crash leaves "in flight" claims only for attempts that were on the wire.
        """
        try:
            now = self._clock()
            claims = await self._claims.claim_many(
                [
                    (
                        job.request.notification_id,
                        job.device_hash,
                        (job.deadline - now).total_seconds() + _CLAIM_SLACK_S,
                    )
                    for job in jobs
                ]
            )
            answers: list[_DeviceResult | _ClaimedElsewhere | _Retry | None] = [None] * len(jobs)
            to_send: dict[str, list[int]] = {}
            for position, (job, claim) in enumerate(zip(jobs, claims, strict=True)):
                if claim.state is ClaimState.ALREADY_SENT:
                    # Delivered before a crash or rebalance: confirm again (attempts=0) so receipts stay at-least-once.
                    self._metrics.skipped_duplicates.labels("sent").inc()
                    answers[position] = _DeviceResult(
                        self._receipt(job.request, DeliveryStatus.SENT, job.sender.provider, job.device_hash, 0)
                    )
                elif claim.state is ClaimState.IN_FLIGHT_ELSEWHERE:
                    answers[position] = _ClaimedElsewhere(claim.holder)
                else:
                    to_send.setdefault(job.sender.provider, []).append(position)

            async def send(positions: list[int]) -> list[SendOutcome]:
                sender = jobs[positions[0]].sender
                started = time.perf_counter()
                outcomes = await sender.send_many([(jobs[p].device, jobs[p].request) for p in positions])
                took_s = time.perf_counter() - started
                observe = self._metrics.send_seconds.labels(sender.provider).observe
                for _ in positions:
                    observe(took_s)
                return outcomes

            groups = list(to_send.values())
            settlements: list[tuple[str, str, Settlement]] = []
            pruned: list[_Job] = []
            for positions, outcomes in zip(groups, await asyncio.gather(*(send(g) for g in groups)), strict=True):
                for position, outcome in zip(positions, outcomes, strict=True):
                    job = jobs[position]
                    answer, settlement = self._decide(job, outcome)
                    answers[position] = answer
                    settlements.append((job.request.notification_id, job.device_hash, settlement))
                    if outcome.kind is OutcomeKind.INVALID_TOKEN:
                        pruned.append(job)
            await self._claims.settle_many(settlements)
            for job in pruned:
                await self._registry.remove(job.device.token)
        finally:
            self._slots.release(len(jobs))
        return [answer for answer in answers if answer is not None]

    def _decide(self, job: _Job, outcome: SendOutcome) -> tuple[_DeviceResult | _Retry, Settlement]:
        """What one provider answer means for the device, and what its claim becomes."""
        provider = job.sender.provider
        request = job.request
        job.attempts += 1
        attempt = job.attempts
        if outcome.kind is OutcomeKind.SENT:
            delay_s = (self._clock() - request.created_at).total_seconds()
            self._metrics.delivery_delay.labels(provider).observe(max(0.0, delay_s))
            return _DeviceResult(self._receipt(request, DeliveryStatus.SENT, provider, job.device_hash, attempt)), SENT
        if outcome.kind is OutcomeKind.INVALID_TOKEN:
            self._metrics.pruned_tokens.labels(provider).inc()
            log.info(
                "pruned token %s: %s",
                job.device_hash,
                outcome.error,
                extra={"notification_id": request.notification_id},
            )
            receipt = self._receipt(
                request, DeliveryStatus.INVALID_TOKEN, provider, job.device_hash, attempt, outcome.error
            )
            return _DeviceResult(receipt), RELEASED
        delay = next_retry_delay(self._policy, attempt, outcome, self._clock(), job.deadline, self._rng.random())
        if delay is None:
            reason = "rejected" if outcome.kind is OutcomeKind.FAILED else "retries_exhausted"
            detail = f"device {job.device_hash} via {provider} after {attempt} attempt(s): {outcome.error}"
            receipt = self._receipt(request, DeliveryStatus.FAILED, provider, job.device_hash, attempt, outcome.error)
            return _DeviceResult(receipt, DeadLetter(reason, detail)), RELEASED
        log.info(
            "attempt %d to %s failed (%s), retrying in %.2fs",
            attempt,
            job.device_hash,
            outcome.error,
            delay,
            extra={"notification_id": request.notification_id},
        )
        return _Retry(delay), RETRYING

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
