"""Narrow, deliberate patches of faust-streaming that the pipeline's guarantees and speed depend on.

They were written against one Faust version, ``FAUST_VERSION`` (pyproject.toml pins it): importing this
module with another version installed raises ``FaustVersionError``, naming the upstream functions whose
source changed. Beside each patch, ``@_relies_on`` records the SHA-256 of every upstream function it
copies, wraps or replaces; tests/pipeline/test_faust_patches.py recomputes them from the installed
package, so an upgrade shows exactly what to review. Each patch is applied once per process and is
idempotent; where a patch has settings or callbacks they are kept per app, never on Faust's classes.

The patches, what each changes, and what dropping it costs (figures from docs/decisions/):

- ``set_fetch_max_wait``: the aiokafka fetch wait, hard-coded to 1,500 ms, becomes the app's setting
  (20 ms). Dropped: Tansu answers a waiting fetch only when the wait ends, so an idle worker sees a new
  record up to 1.5 s late (p50 702 ms instead of 4.6 ms, decisions/0001) and event → push misses its
  100 ms p99.
- ``make_producer_flush_complete``: the producer-buffer flush before a commit waits until the buffer is
  empty. Dropped: a commit can go ahead with changelog records still buffered; the SIGKILL test lost one
  interaction per shopper that way.
- ``run_before_commit``: a per-app hook awaited before each offset commit. Dropped: the profile
  changelog can no longer be written once per commit; one record per assignment held the profile path
  at 9–14 % of a no-op agent (decisions/0003).
- ``never_commit_unprocessed_offsets``, ``seek_stream_partitions_before_resuming``,
  ``fetch_only_active_partitions`` (with ``SkippedHeadWatch``): no offset is committed for a record no
  agent processed. Dropped: events around a SIGKILL are lost after the restart — Faust's recovery resumes
  stream partitions before seeking them to their committed offsets, drops what was fetched meanwhile and
  commits it as a "gap"; tests/pipeline/test_crash_recovery.py failed in 4 of 6 whole-suite runs
  without them.
- ``take_fetched_events`` (not a patch: it does for a batch what the stream's iterator does per event):
  dropped, every event of a batch takes the stream's per-event step, ~10 % of the worker's CPU.
- ``deliver_records_without_tasks``: the fetch loop's per-record ``wait_first`` (four asyncio tasks)
  runs the delivery inline when it does not block, and a record finding its agent's buffer full waits
  for it to drain. Dropped: a no-op agent's CPU per event 38–48 → 89–104 µs (decisions/0006), and
  13,000 instead of 5–33 blocked deliveries per 100,000 events (decisions/0007, 5,391–6,534 instead of
  8,061 events/s on the profile path).
- ``read_hot_settings_once``: the two settings Faust reads per record are read once per app. Dropped:
  ~2.5 % of the worker's CPU (decisions/0009).
- ``aiokafka_producer_of`` (an accessor, not a patch): the aiokafka producer inside Faust's, for the
  changelog's record batches. Dropped: one send per record, 44–63 instead of 26–32 µs of CPU per
  changelog record (decisions/0008).
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.metadata
import inspect
import textwrap
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from aiokafka import AIOKafkaProducer

#: the faust-streaming version these patches were written for and checked against
FAUST_VERSION = "0.15.3"


class FaustVersionError(RuntimeError):
    """The installed faust-streaming is not the version the pipeline's patches were written for."""


#: upstream function ("<path in site-packages>:<Class.function>") → (``source_digest`` of its source in FAUST_VERSION,
#: the patch that copies, wraps or replaces it); filled by ``@_relies_on`` beside each patch
UPSTREAM_SOURCES: dict[str, tuple[str, str]] = {}

_Patch = TypeVar("_Patch", bound=Callable[..., Any])


def _relies_on(*upstream: tuple[str, str]) -> Callable[[_Patch], _Patch]:
    """Record the upstream functions (name, ``source_digest`` of their source) a patch copies, wraps or replaces."""

    def record(patch: _Patch) -> _Patch:
        for name, digest in upstream:
            UPSTREAM_SOURCES[name] = (digest, patch.__name__)
        return patch

    return record


def upstream_source(name: str) -> str:
    """The installed source of ``"<path in site-packages>:<Class.function>"``, read from the file (so a
    patched class attribute does not hide it), dedented. ``.pyx`` files are cut by indentation."""
    relative, qualname = name.split(":")
    package_file = importlib.import_module(relative.split("/")[0]).__file__
    if package_file is None:
        raise FaustVersionError(f"{relative} is not installed as files")
    path = Path(package_file).parent.parent / relative
    text = path.read_text(encoding="utf-8")
    *classes, function = qualname.split(".")
    if path.suffix == ".pyx":
        return _pyx_function(text, function)
    scope: list[ast.stmt] = ast.parse(text).body
    for class_name in classes:
        scope = next(n.body for n in scope if isinstance(n, ast.ClassDef) and n.name == class_name)
    node = next(n for n in scope if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == function)
    first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
    lines = text.splitlines()[first - 1 : node.end_lineno]
    return textwrap.dedent("\n".join(lines))


def _pyx_function(text: str, function: str) -> str:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if f" {function}(" in line and "def " in line)
    indent = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) > indent):
        end += 1
    return textwrap.dedent("\n".join(lines[start:end]).rstrip())


def source_digest(source: str) -> str:
    """The first 16 hex digits of the SHA-256 of ``source``: enough to tell any edit."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def changed_upstream_sources() -> dict[str, str]:
    """Upstream functions whose installed source differs from the one the patches were written for:
    name → the patch to review."""
    changed = {}
    for name, (digest, patch) in UPSTREAM_SOURCES.items():
        try:
            current = source_digest(upstream_source(name))
        except (OSError, StopIteration, FaustVersionError):
            current = "missing"
        if current != digest:
            changed[name] = patch
    return changed


def check_faust_version(installed: str | None = None) -> None:
    """Raise ``FaustVersionError`` unless ``installed`` (default: the installed faust-streaming) is
    ``FAUST_VERSION``; the message names the upstream functions that changed and the patches to review."""
    installed = installed or importlib.metadata.version("faust-streaming")
    if installed == FAUST_VERSION:
        return
    changed = changed_upstream_sources()
    detail = (
        "; upstream functions changed: " + ", ".join(f"{name} (patch {patch})" for name, patch in changed.items())
        if changed
        else "; no patched upstream function changed its source"
    )
    raise FaustVersionError(
        f"services/pipeline/agents/faust_patches.py is written for faust-streaming {FAUST_VERSION}, "
        f"but {installed} is installed{detail}. Install faust-streaming=={FAUST_VERSION} (pyproject.toml pins "
        "it), or review those patches against the new version and update FAUST_VERSION and the recorded "
        "hashes (tests/pipeline/test_faust_patches.py prints them)."
    )


def _replace(owner: Any, name: str, replacement: Any) -> None:
    """Set ``owner.name`` (a Faust class attribute) to ``replacement``; setattr keeps mypy out of it."""
    setattr(owner, name, replacement)


def _once(owner: Any, flag: str) -> bool:
    """True the first time ``flag`` is seen on ``owner`` (then set): each patch is applied once per process."""
    if getattr(owner, flag, False):
        return False
    setattr(owner, flag, True)
    return True


@_relies_on(
    (
        "faust/transport/drivers/aiokafka.py:AIOKafkaConsumerThread._create_worker_consumer",
        "df784c24f01ee3a8",
    )
)
def set_fetch_max_wait(app: Any, ms: int) -> None:
    """Make ``app``'s Kafka consumer wait at most ``ms`` per fetch (Faust hard-codes 1500 ms).

    The consumer is built as Faust builds it; only its fetch wait is changed before it starts, and only
    for apps that asked (the value is kept on the app).
    """
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

    app.__dict__["_pulso_fetch_max_wait_ms"] = ms
    if not _once(AIOKafkaConsumerThread, "_pulso_fetch_max_wait_patched"):
        return
    original = AIOKafkaConsumerThread._create_worker_consumer

    def create_worker_consumer(self: Any, transport: Any) -> Any:
        consumer = original(self, transport)
        wait_ms = self.app.__dict__.get("_pulso_fetch_max_wait_ms")
        if wait_ms is not None:
            consumer._fetch_max_wait_ms = wait_ms
        return consumer

    _replace(AIOKafkaConsumerThread, "_create_worker_consumer", create_worker_consumer)


@_relies_on(
    (
        "faust/transport/producer.py:ProducerBuffer.flush",
        "58ec1e5eaca8374d",
    )
)
def make_producer_flush_complete() -> None:
    """Make Faust's producer-buffer flush wait until the buffer is empty.

    Before committing offsets Faust flushes its producer, so table changelog records are never behind
    committed offsets. Its buffer flush gives up when one message takes longer than 0.1 s to drain
    (likely on a loaded machine), and the commit then goes ahead with changelog records still
    buffered: a crash at that moment loses those table updates for good (seen in the SIGKILL test
    as one lost interaction per shopper). Waiting for an empty buffer restores at-least-once.
    """
    from faust.transport.producer import ProducerBuffer

    if not _once(ProducerBuffer, "_pulso_flush_complete"):
        return

    async def flush(self: Any) -> None:
        while self.size:
            await self.flush_atmost(None)

    _replace(ProducerBuffer, "flush", flush)


BeforeCommit = Callable[[], Awaitable[Any]]


@_relies_on(
    (
        "faust/transport/consumer.py:Consumer._commit_offsets",
        "469ed514dff09b09",
    )
)
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
    if not _once(Consumer, "_pulso_before_commit_patched"):
        return
    original = Consumer._commit_offsets

    async def commit_offsets(self: Any, offsets: Any, start_new_transaction: bool = True) -> bool:
        for before in getattr(self.app, "_pulso_before_commit", ()):
            await before()
        return bool(await original(self, offsets, start_new_transaction=start_new_transaction))

    _replace(Consumer, "_commit_offsets", commit_offsets)


@_relies_on(
    ("faust/transport/consumer.py:Consumer.ack", "582909f08d74616b"),
    (
        "faust/transport/consumer.py:Consumer._new_offset",
        "0e5eafcd3f05d265",
    ),
    (
        "faust/transport/consumer.py:Consumer._add_gap",
        "eedb76f52938203e",
    ),
)
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

    if not _once(Consumer, "_pulso_never_commit_unprocessed"):
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

    _replace(Consumer, "ack", ack)
    _replace(Consumer, "_add_gap", add_gap)
    _replace(Consumer, "_new_offset", new_offset)


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


@_relies_on(
    (
        "faust/tables/recovery.py:Recovery._resume_streams",
        "c68b1634b3c34da8",
    ),
    (
        "faust/tables/recovery.py:Recovery.on_recovery_completed",
        "a63912ae5efdd1d4",
    ),
)
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

    if not _once(Recovery, "_pulso_seek_before_resume"):
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

    _replace(Recovery, "_resume_streams", deferring_resume(Recovery._resume_streams))
    _replace(Recovery, "on_recovery_completed", deferring_resume(Recovery.on_recovery_completed))


@_relies_on(
    (
        "faust/transport/drivers/aiokafka.py:AIOKafkaConsumerThread.getmany",
        "c1afcc0bd5ae2080",
    )
)
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

    if not _once(AIOKafkaConsumerThread, "_pulso_fetch_snapshot"):
        return
    original = AIOKafkaConsumerThread.getmany

    async def getmany(self: Any, active_partitions: Any, timeout: float) -> Any:
        if active_partitions is not None:
            active_partitions = frozenset(active_partitions)
            if not active_partitions:
                return {}
        return await original(self, active_partitions, timeout)

    _replace(AIOKafkaConsumerThread, "getmany", getmany)


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


@_relies_on(
    (
        "faust/_cython/streams.pyx:StreamIterator._prepare_event",
        "457dea2b958104d9",
    )
)
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


@_relies_on(
    (
        "faust/transport/consumer.py:Consumer._drain_messages",
        "6b6a22fa66e689d5",
    ),
    ("mode/services.py:Service.wait_first", "c7b076fcaa452704"),
    (
        "faust/transport/conductor.py:Conductor._compile_message_handler",
        "0d9c44f9ea20a65c",
    ),
)
def deliver_records_without_tasks(app: Any, on_blocked: Callable[[], Any] | None = None) -> None:
    """Hand each record ``app`` fetches to its agents' queues without four asyncio tasks per record.

    Faust's fetch loop (``Consumer._drain_messages``) delivers every record with
    ``await self.wait_first(callback(message), self.suspend_flow.wait())``: mode's ``wait_first`` wraps the
    delivery and three events (suspend, stopped, crashed) in four tasks, waits for the first, and cancels
    the other three — per record. The delivery almost never blocks (only when an agent's queue is full,
    flow is suspended for a rebalance, or the producer buffer is over its limit). Two small changes, the
    fetch loop itself untouched:

    - ``Consumer.wait_first``, for an app that asked and only for the fetch loop's call (a delivery
      coroutine and the suspend-flow waiter, no timeout), steps the delivery once inline; only if it
      blocks does the rest go through mode's ``wait_first`` exactly as before, so a rebalance still
      interrupts a blocked delivery. ``on_blocked`` is called for each delivery that had to wait.
    - The app's message callback first waits, while a record's agent buffer is full, until the agent has
      drained it to Faust's pressure-drop size (40 %), so the fetch loop then delivers in bulk instead of
      blocking on every record; a rebalance or a stopping consumer ends the wait.

    The callback and ``on_blocked`` are the app's own (kept on the app): apps in one process do not share them.
    Not copying the fetch loop costs ~1 µs per record (the suspend-flow waiter Faust creates and this closes,
    the ``wait_first`` call, the callback's wrapper; in-process micro-benchmark) against 50–60 µs saved.
    """
    import asyncio

    from faust.transport.consumer import Consumer
    from mode.services import WaitResults

    conductor = app.topics
    deliver = conductor.on_message
    channels_of = conductor._tp_index.get
    sleep = asyncio.sleep

    async def on_message(message: Any) -> Any:
        channels = channels_of(message.tp)
        if channels and any(channel.queue.full() for channel in channels):
            consumer = app.consumer
            await _until_drained(channels, consumer._stopped.is_set, consumer.suspend_flow.is_set, sleep)
        return await deliver(message)

    conductor.on_message = on_message  # read when the app builds its consumer
    app.__dict__["_pulso_on_blocked_delivery"] = on_blocked or (lambda: None)
    if not _once(Consumer, "_pulso_deliver_inline"):
        return
    original_wait_first = Consumer.wait_first

    async def wait_first(self: Any, *coros: Any, timeout: Any = None) -> Any:
        on_blocked_delivery = self.app.__dict__.get("_pulso_on_blocked_delivery")
        if on_blocked_delivery is None or timeout is not None or len(coros) != 2 or not inspect.iscoroutine(coros[0]):
            return await original_wait_first(self, *coros, timeout=timeout)
        delivery, flow_suspended = coros
        try:
            pending = delivery.send(None)
        except StopIteration as delivered:  # delivered without blocking: the common case
            if inspect.iscoroutine(flow_suspended):
                flow_suspended.close()
            return WaitResults([delivery], [delivered.value], False)
        on_blocked_delivery()
        return await original_wait_first(self, _Resumed(delivery, pending), flow_suspended)

    _replace(Consumer, "wait_first", wait_first)


@_relies_on(
    (
        "faust/transport/drivers/aiokafka.py:Producer._ensure_producer",
        "9bc6e296ff77e57f",
    )
)
def aiokafka_producer_of(app: Any) -> AIOKafkaProducer:
    """The ``AIOKafkaProducer`` inside ``app``'s Faust producer (faust-streaming 0.15's aiokafka driver keeps
    it in ``Producer._producer`` once the producer service started; ``_ensure_producer`` raises before)."""
    producer: AIOKafkaProducer = app.producer._ensure_producer()
    return producer


@_relies_on(
    ("faust/app/base.py:App.create_event", "783588d4ae138292"),
    (
        "faust/transport/producer.py:ProducerBuffer.size",
        "494057a57aff0d66",
    ),
)
def read_hot_settings_once() -> None:
    """Read the two settings Faust looks up for every record once per app instead.

    Faust's settings object overrides ``__getattribute__`` (it records which settings were read), and two
    per-record paths go through it: ``App.create_event`` (``conf.Event``) and the producer buffer's
    ``size`` (``conf.producer_threaded``, checked before every delivery) — ~2.5 % of the pipeline's CPU
    in py-spy. Both settings are fixed once the app is configured.
    """
    from faust.app.base import App
    from faust.transport.producer import ProducerBuffer

    if not _once(App, "_pulso_hot_settings_once"):
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

    _replace(App, "create_event", create_event)
    _replace(ProducerBuffer, "size", property(size))


check_faust_version()
