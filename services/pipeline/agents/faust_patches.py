"""Narrow, deliberate patches of faust-streaming 0.15 that the pipeline's guarantees depend on.

Each changes one narrow behaviour, keeps Faust's own behaviour otherwise, and is applied once at app
creation. tests/pipeline/test_crash_recovery.py (a worker killed with SIGKILL mid-stream) is what fails
without them: events around the kill were lost after the restart. The cause, found with worker logs of
failing runs: Faust's recovery resumes the stream partitions before it seeks them to their committed
offsets, so records fetched meanwhile are dropped and their offsets committed as a "gap"
(``seek_stream_partitions_before_resuming``, ``fetch_only_active_partitions``). The commit-side patches
(``never_commit_unprocessed_offsets``, ``SkippedHeadWatch``) make any other way of skipping a record
stall and re-read the partition instead of committing past it; ``run_before_commit`` carries the
coalesced table changelog. One patch is for speed only: ``deliver_records_without_tasks`` hands fetched
records to the agents without four asyncio tasks per record (docs/decisions/0006-delivery-without-tasks.md).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aiokafka import AIOKafkaProducer


def set_fetch_max_wait(ms: int) -> None:
    """Make Faust's Kafka consumers wait at most ``ms`` per fetch (Faust 0.11+ hard-codes 1500 ms).

    A deliberate, narrow patch of one library method: it builds the consumer as Faust does and only
    changes the fetch wait before the consumer starts.
    """
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    original = getattr(AIOKafkaConsumerThread, "_pulso_original_create", None)
    if original is None:
        original = AIOKafkaConsumerThread._create_worker_consumer
        AIOKafkaConsumerThread._pulso_original_create = original  # type: ignore[attr-defined]

    def create_worker_consumer(self: Any, transport: Any) -> Any:
        consumer = original(self, transport)
        consumer._fetch_max_wait_ms = ms
        return consumer

    AIOKafkaConsumerThread._create_worker_consumer = create_worker_consumer  # type: ignore[method-assign]


def make_producer_flush_complete() -> None:
    """Make Faust's producer-buffer flush wait until the buffer is empty.

    Before committing offsets Faust flushes its producer, so table changelog records are never behind
    committed offsets. Its buffer flush gives up when one message takes longer than 0.1 s to drain
    (likely on a loaded machine), and the commit then goes ahead with changelog records still
    buffered: a crash at that moment loses those table updates for good (seen in the SIGKILL test
    as one lost interaction per shopper). Waiting for an empty buffer restores at-least-once.
    """
    from faust.transport.producer import ProducerBuffer

    if getattr(ProducerBuffer, "_pulso_flush_complete", False):
        return

    async def flush(self: Any) -> None:
        while self.size:
            await self.flush_atmost(None)

    ProducerBuffer.flush = flush  # type: ignore[method-assign]
    ProducerBuffer._pulso_flush_complete = True  # type: ignore[attr-defined]


BeforeCommit = Callable[[], Awaitable[Any]]


def run_before_commit(app: Any, hook: BeforeCommit) -> None:
    """Await ``hook`` before every offset commit of ``app``'s consumer (Faust 0.15 has no such hook).

    Faust commits from ``Consumer._commit_offsets`` after it has chosen the offsets (every event up to
    them acknowledged by its agent) and before it flushes its producer and commits. A hook that
    produces records there (the coalesced table changelog) therefore always covers the committed
    events. If the hook raises, the commit does not happen and Faust's commit loop reports the error;
    the events are consumed again after a restart (at-least-once).
    """
    from faust.transport.consumer import Consumer

    hooks: list[BeforeCommit] = app.__dict__.setdefault("_pulso_before_commit", [])
    hooks.append(hook)
    if getattr(Consumer, "_pulso_before_commit_patched", False):
        return
    original = Consumer._commit_offsets

    async def commit_offsets(self: Any, offsets: Any, start_new_transaction: bool = True) -> bool:
        for before in getattr(self.app, "_pulso_before_commit", ()):
            await before()
        return bool(await original(self, offsets, start_new_transaction=start_new_transaction))

    Consumer._commit_offsets = commit_offsets  # type: ignore[method-assign]
    Consumer._pulso_before_commit_patched = True  # type: ignore[attr-defined]


def never_commit_unprocessed_offsets() -> None:
    """Keep Faust from committing offsets of records its agents never processed.

    Three faust-streaming 0.15 behaviours can lose records after a restart or rebalance (seen in
    tests/pipeline/test_crash_recovery.py: the first records after the committed offset of a partition
    vanished, and that partition's commits sometimes stalled):

    1. A stream *skips* records fetched before a rebalance or while tables recover (stale generation,
       flow control suspended) — correct, Faust seeks back to the committed offset afterwards — but it
       also *acks* them, so the commit loop can commit past them before the seek happens, and then the
       seek lands after them. Here an ack of a record no stream took (never ``tracked``) is not counted.
    2. ``Consumer._new_offset`` commits over a missing record right at the committed position (only a
       gap of two or more holds the commit back; faust-streaming issue #606, pull request #707). Here a
       partition commits only when the record at its committed position was processed.
    3. When the fetcher hands over records with a jump in offsets, Faust records the missing offsets as
       a gap and commits over them (meant for compacted topics and transaction markers). After a
       restart the jump was records Faust itself had dropped (see the module docstring). Here no gap is
       assumed; ``SkippedHeadWatch`` re-reads the partition from the first missing record instead, and
       accepts a gap only when re-reading finds the same hole again.
    """
    from faust.transport.consumer import Consumer

    if getattr(Consumer, "_pulso_never_commit_unprocessed", False):
        return
    original_ack = Consumer.ack
    original_new_offset = Consumer._new_offset

    def ack(self: Any, message: Any) -> bool:
        if not message.tracked and self.app.topics.acks_enabled_for(message.topic):
            message.acked = True  # skipped, not processed: fetched again after the seek to committed
            return False
        return bool(original_ack(self, message))

    def new_offset(self: Any, tp: Any) -> int | None:
        committed = self._committed_offset[tp]
        if (
            committed is not None
            and self._acked[tp]
            and committed not in self._acked_index[tp]
            and not self._gap[tp].overlaps(committed)
        ):
            return None
        result = original_new_offset(self, tp)
        return int(result) if result is not None else None

    async def add_gap(self: Any, tp: Any, offset_from: int, offset_to: int) -> None:
        return None  # see 3. above

    Consumer.ack = ack  # type: ignore[method-assign]
    Consumer._add_gap = add_gap  # type: ignore[method-assign]
    Consumer._new_offset = new_offset  # type: ignore[method-assign]
    Consumer._pulso_never_commit_unprocessed = True  # type: ignore[attr-defined]


class SkippedHeadWatch:
    """Re-read a partition whose record at the committed position was skipped.

    With ``never_commit_unprocessed_offsets`` a skipped record can no longer be committed over; its
    partition's commits wait instead. Records of one partition are processed in order by one stream,
    so "later records acknowledged, the one at the committed position not" means it was skipped (see
    that function). ``check`` seeks such a partition back to its committed offset once the head has
    been missing for ``after_s``; the records after it come again and are recognised as duplicates
    by event id. Call it from a timer.
    """

    def __init__(self, app: Any, after_s: float = 2.0, rereads_before_gap: int = 3) -> None:
        self._app = app
        self._after_s = after_s
        self._rereads_before_gap = rereads_before_gap
        #: partition → (committed offset, monotonic time its head was first seen missing, rereads so far)
        self._missing_since: dict[Any, tuple[int, float, int]] = {}

    async def check(self, now: float) -> list[tuple[Any, int, bool]]:
        """Handle every partition whose head has been missing for ``after_s``: seek back to it, or after
        ``rereads_before_gap`` fruitless re-reads accept it as a gap. Returns (partition, offset, gap)."""
        consumer = getattr(self._app, "consumer", None)
        if consumer is None or not self._app.flow_control.is_active():
            return []
        handled = []
        missing_now = {}
        for tp in list(consumer.assignment()):
            committed = consumer._committed_offset.get(tp)
            acked = consumer._acked.get(tp)
            if committed is None or not acked or min(acked) <= committed:
                continue  # nothing processed past the committed position, or the head itself was
            previous = self._missing_since.get(tp)
            if previous is not None and previous[0] == committed:
                since, rereads = previous[1], previous[2]
            else:
                since, rereads = now, 0
            missing_now[tp] = (committed, since, rereads)
            if now - since < self._after_s:
                continue
            if rereads >= self._rereads_before_gap:
                # read again and still not there: a real hole (compaction, a transaction marker)
                consumer._gap[tp].addi(committed, committed + 1)
                handled.append((tp, committed, True))
                missing_now.pop(tp)
                continue
            await _seek_in_consumer_thread(consumer, tp, committed)
            handled.append((tp, committed, False))
            missing_now[tp] = (committed, now, rereads + 1)
        self._missing_since = missing_now
        return handled


async def _seek_in_consumer_thread(consumer: Any, tp: Any, offset: int) -> None:
    """Seek ``tp`` to ``offset`` from the thread aiokafka runs in. Faust's ``Consumer.seek`` calls aiokafka
    from the caller's thread, racing the consumer thread's fetch (seen: a ``KeyError`` in aiokafka's
    ``fetched_records`` that crashed the worker); ``seek_wait`` goes through the thread, as Faust's own
    recovery does."""
    thread = getattr(consumer, "_thread", None)
    if thread is not None and hasattr(thread, "seek_wait"):
        await thread.seek_wait({tp: offset})
    else:
        await consumer.seek(tp, offset)


def seek_stream_partitions_before_resuming() -> None:
    """Make Faust's recovery seek the stream partitions to their committed offsets *before* it resumes them.

    After restoring the tables (and when no restore is needed), Faust's ``Recovery`` resumes the stream
    partitions and only then awaits ``consumer.perform_seek()`` (an OffsetFetch round trip). The fetcher
    is running by then, so records the consumer had already buffered reach the agents during the seek;
    the seek then resets Faust's read offsets to the committed ones, the next buffered record looks like
    a jump past the committed offset, Faust records the jump as a gap that counts as acknowledged, and
    ``flow_control.resume()`` clears the records already queued for the agents. Those records are never
    processed, yet their offsets are committed: after a SIGKILL, the events the killed worker had
    processed but not yet written to the changelog were lost. Deferring the resume until the seek is done
    keeps the stream partitions out of the fetch until they read from the committed offsets.
    """
    from faust.tables.recovery import Recovery

    if getattr(Recovery, "_pulso_seek_before_resume", False):
        return

    def deferring_resume(method: Any) -> Any:
        async def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            consumer = self.app.consumer
            deferred: set[Any] = set()

            def resume_later(tps: Any) -> None:
                deferred.update(tps)

            async def seek_then_resume() -> None:
                await type(consumer).perform_seek(consumer)
                type(consumer).resume_partitions(consumer, set(deferred))
                deferred.clear()

            consumer.resume_partitions = resume_later
            consumer.perform_seek = seek_then_resume
            try:
                result = await method(self, *args, **kwargs)
            finally:
                del consumer.resume_partitions
                del consumer.perform_seek
            if deferred:  # returned without seeking: resume as Faust would have
                consumer.resume_partitions(deferred)
            return result

        return wrapper

    Recovery._resume_streams = deferring_resume(Recovery._resume_streams)  # type: ignore[method-assign]
    Recovery.on_recovery_completed = deferring_resume(Recovery.on_recovery_completed)  # type: ignore[method-assign]
    Recovery._pulso_seek_before_resume = True  # type: ignore[attr-defined]


def fetch_only_active_partitions() -> None:
    """Make Faust's fetch hand aiokafka a snapshot of the active partitions, and fetch nothing when none is.

    Faust passes its live set of active partitions to aiokafka's ``fetched_records``, which runs in the
    consumer thread and treats an empty set as "every assigned partition". When Faust pauses the last
    active partitions while a fetch is waiting (the changelogs, at the end of a table recovery), aiokafka
    returns records of the paused stream partitions; Faust drops them without a word, but the consumer's
    position has moved past them. Seen after a restart: a stream partition whose records were dropped this
    way after it had been sought to its committed offset never delivered them again.
    """
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    if getattr(AIOKafkaConsumerThread, "_pulso_fetch_snapshot", False):
        return
    original = AIOKafkaConsumerThread.getmany

    async def getmany(self: Any, active_partitions: Any, timeout: float) -> Any:
        if active_partitions is not None:
            active_partitions = frozenset(active_partitions)
            if not active_partitions:
                return {}
        return await original(self, active_partitions, timeout)

    AIOKafkaConsumerThread.getmany = getmany  # type: ignore[method-assign]
    AIOKafkaConsumerThread._pulso_fetch_snapshot = True  # type: ignore[attr-defined]


class _Resumed:
    """Await the rest of a coroutine that has already been stepped once and yielded ``pending``.

    The task that awaits this drives the coroutine exactly as it would have: it waits for ``pending``
    (the future the coroutine blocked on), then sends results and throws exceptions into it.
    """

    __slots__ = ("_coroutine", "_pending")

    def __init__(self, coroutine: Any, pending: Any) -> None:
        self._coroutine = coroutine
        self._pending = pending

    def __await__(self) -> Any:
        coroutine, to_yield = self._coroutine, self._pending
        while True:
            try:
                sent = yield to_yield
            except GeneratorExit:
                coroutine.close()
                raise
            except BaseException as error:  # thrown in by the task (a cancel included): hand it on
                try:
                    to_yield = coroutine.throw(error)
                except StopIteration as stop:
                    return stop.value
            else:
                try:
                    to_yield = coroutine.send(sent)
                except StopIteration as stop:
                    return stop.value


def take_fetched_events(stream: Any, limit: int) -> tuple[list[Any], list[Any]]:
    """Up to ``limit`` events Faust has already fetched for ``stream``'s agent, taken straight from its
    buffer without the stream's per-event step (a yield to the event loop, sensors, the current-event
    context: ~10 % of the pipeline's CPU). Returns (events to process, events to skip).

    Each event gets what the stream's iterator (faust/_cython/streams.pyx ``_prepare_event``) gives it:
    an event fetched before the latest rebalance, or while flow is suspended, is skipped (the caller acks
    it unprocessed, as the stream does; Faust seeks back to the committed offset); any other is *tracked*
    as pending acknowledgement — without that, ``never_commit_unprocessed_offsets`` takes its ack for a
    skipped record's and the partition's commits wait on it.
    """
    app = stream.app
    fetched = stream.channel.queue
    acking_topics = app.topics._acking_topics
    pending_ack = app.consumer._unacked_messages
    on_message_in = app.sensors.on_message_in
    flow_is_active = app.flow_control.is_active
    events: list[Any] = []
    skipped: list[Any] = []
    while len(events) < limit and not fetched.empty():
        event = fetched.get_nowait()
        message = event.message
        if not flow_is_active() or message.generation_id != app.consumer_generation_id:
            skipped.append(event)
            continue
        if message.topic in acking_topics and not message.tracked:
            message.tracked = True
            pending_ack.add(message)
            on_message_in(message.tp, message.offset, message)
        events.append(event)
    return events, skipped


#: how often a fetch loop waiting for a full agent buffer to drain looks at it again
DRAIN_POLL_S = 0.001


async def _until_drained(
    channels: Any, should_stop: Callable[[], bool], flow_suspended: Callable[[], bool], sleep: Any
) -> None:
    """Wait until every queue of ``channels`` is down to its pressure-drop size (40 % of the buffer), or
    the consumer stops, or flow is suspended (a rebalance: the delivery then takes Faust's own path)."""
    while not (should_stop() or flow_suspended()) and any(
        channel.queue.qsize() > channel.queue.pressure_drop_size for channel in channels
    ):
        await sleep(DRAIN_POLL_S)


def deliver_records_without_tasks(on_blocked: Callable[[], Any] | None = None) -> None:
    """Hand each fetched record to the agents' queues without four asyncio tasks per record.

    Faust's fetch loop (``Consumer._drain_messages``) delivers every record with
    ``await self.wait_first(callback(message), self.suspend_flow.wait())``: mode's ``wait_first``
    wraps the delivery and three events (suspend, stopped, crashed) in four tasks, waits for the first,
    and cancels the other three — per record, about a third of a no-op Faust agent's CPU in our
    profiles. The delivery almost never blocks (it only does when an agent's queue is full, flow
    control is suspended for a rebalance, or the producer buffer is over its limit). Here the delivery
    coroutine is stepped once inline; only if it blocks does the rest go through ``wait_first`` exactly
    as before, so a rebalance still interrupts a blocked delivery. The fetch loop is Faust 0.15's own,
    unchanged otherwise. ``on_blocked`` is called for each delivery that had to wait (backpressure).
    """
    import asyncio
    from typing import cast

    from faust.transport.consumer import CONSUMER_FETCHING, Consumer

    Consumer._pulso_on_blocked_delivery = staticmethod(on_blocked or (lambda: None))  # type: ignore[attr-defined]
    if getattr(Consumer, "_pulso_deliver_inline", False):
        return

    async def drain_messages(self: Any, fetcher: Any) -> None:  # pragma: no cover - Faust's loop
        callback = self.callback
        getmany = self.getmany
        consumer_should_stop = self._stopped.is_set
        fetcher_should_stop = fetcher._stopped.is_set
        get_read_offset = self._read_offset.__getitem__
        set_read_offset = self._read_offset.__setitem__
        set_flag = self.diag.set_flag
        unset_flag = self.diag.unset_flag
        commit_every = self._commit_every
        acks_enabled_for = self.app.topics.acks_enabled_for
        suspend_flow = self.suspend_flow
        on_blocked = self._pulso_on_blocked_delivery
        channels_of = self.app.topics._tp_index.get
        yield_every = 100
        num_since_yield = 0
        sleep = asyncio.sleep
        try:
            while not (consumer_should_stop() or fetcher_should_stop()):
                set_flag(CONSUMER_FETCHING)
                ait = cast(Any, getmany(timeout=1.0))
                await self.sleep(0)
                if not self.should_stop:
                    async for tp, message in ait:
                        num_since_yield += 1
                        if num_since_yield > yield_every:
                            await sleep(0)
                            num_since_yield = 0
                        offset = message.offset
                        r_offset = get_read_offset(tp)
                        if r_offset is None or offset >= r_offset:
                            gap = offset - (r_offset or 0)
                            if gap > 1 and r_offset and acks_enabled_for(message.topic):
                                await self._add_gap(tp, r_offset + 1, offset)
                            if commit_every is not None and self._n_acked >= commit_every:
                                self._n_acked = 0
                                await self.commit()
                            channels = channels_of(tp)
                            if channels and any(channel.queue.full() for channel in channels):
                                on_blocked()
                                await _until_drained(channels, consumer_should_stop, suspend_flow.is_set, sleep)
                            delivery = callback(message)
                            try:
                                pending = delivery.send(None)
                            except StopIteration:
                                pass  # delivered without blocking: the common case
                            else:
                                on_blocked()
                                await self.wait_first(_Resumed(delivery, pending), suspend_flow.wait())
                            set_read_offset(tp, offset)
                    unset_flag(CONSUMER_FETCHING)
        except self.consumer_stopped_errors:
            if self.transport.app.should_stop:
                self.log.info("Broker stopped consumer, shutting down...")
                return
            raise
        except asyncio.CancelledError:
            if self.transport.app.should_stop:
                self.log.info("Consumer shutting down for user cancel.")
                return
            raise
        except Exception as exc:
            self.log.exception("Drain messages raised: %r", exc)
            raise
        finally:
            unset_flag(CONSUMER_FETCHING)

    Consumer._drain_messages = drain_messages  # type: ignore[method-assign]
    Consumer._pulso_deliver_inline = True  # type: ignore[attr-defined]


def aiokafka_producer_of(app: Any) -> AIOKafkaProducer:
    """The ``AIOKafkaProducer`` inside ``app``'s Faust producer (faust-streaming 0.15's aiokafka driver keeps
    it in ``Producer._producer`` once the producer service started; ``_ensure_producer`` raises before)."""
    producer: AIOKafkaProducer = app.producer._ensure_producer()
    return producer


def read_hot_settings_once() -> None:
    """Read the two settings Faust looks up for every record once per app instead.

    Faust's settings object overrides ``__getattribute__`` (it records which settings were read), and two
    per-record paths go through it: ``App.create_event`` (``conf.Event``) and the producer buffer's
    ``size`` (``conf.producer_threaded``, checked before every delivery) — ~2.5 % of the pipeline's CPU
    in py-spy. Both settings are fixed once the app is configured.
    """
    from faust.app.base import App
    from faust.transport.producer import ProducerBuffer

    if getattr(App, "_pulso_hot_settings_once", False):
        return

    def create_event(self: Any, key: Any, value: Any, headers: Any, message: Any) -> Any:
        event_class = self.__dict__.get("_pulso_event_class")
        if event_class is None:
            event_class = self.__dict__["_pulso_event_class"] = self.conf.Event
        return event_class(self, key, value, headers, message)

    def size(self: Any) -> int:
        threaded = self.__dict__.get("_pulso_threaded")
        if threaded is None:
            threaded = self.__dict__["_pulso_threaded"] = bool(self.app.conf.producer_threaded)
        if threaded:
            return len(self.queue._queue) if self.queue else 0
        return len(self.pending._queue)

    App.create_event = create_event  # type: ignore[method-assign]
    ProducerBuffer.size = property(size)  # type: ignore[method-assign,assignment]
    App._pulso_hot_settings_once = True  # type: ignore[attr-defined]
