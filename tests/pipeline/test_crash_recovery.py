"""No loss, no duplicates (issue 5, item 10): a real worker is killed with SIGKILL in the middle of a
stream on the embedded broker and restarted; its profile table recovers from the changelog, every
interaction is counted once, and no notification id is emitted twice."""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
import redis as redis_sync

from schemas import InteractionEvent, InteractionType, Product, Site, Trigger
from services.pipeline.catalog import generate_demo_catalog

from .conftest import PipelineTopics, PipelineWorker, TopicReader, produce, pushes_in, seed_redis

pytestmark = pytest.mark.integration

NAMES = {Site.MLA: ["Sofía", "Mateo", "Valentina"], Site.MLM: ["Ximena", "Diego", "Regina"], Site.MLB: ["Ana", "João"]}


def _stream(catalog: list[Product], users: list[tuple[str, Site]], per_user: int, seed: int) -> list[InteractionEvent]:
    """Interleaved shopping sessions: views, favourites, one add to cart each, a few purchases."""
    rng = random.Random(seed)
    by_site = {site: [p for p in catalog if p.site is site and p.stock > 0] for site in Site}
    sessions: list[list[InteractionEvent]] = []
    for index, (user_id, site) in enumerate(users):
        events = []
        for step in range(per_user):
            product = rng.choice(by_site[site])
            kind = InteractionType.VIEW if step % 7 else InteractionType.FAVORITE
            if step == per_user // 2:
                kind = InteractionType.ADD_TO_CART
            if step == per_user - 1 and index % 4 == 0:
                kind = InteractionType.PURCHASE
            events.append(
                InteractionEvent(
                    user_id=user_id,
                    type=kind,
                    product_id=product.product_id,
                    site=site,
                    price=product.price,
                    currency=product.currency,
                )
            )
        sessions.append(events)
    stream = []
    while any(sessions):
        for events in sessions:
            if events:
                stream.append(events.pop(0))
    return stream


APPLIED = 'pulso_pipeline_events_total{outcome="applied"}'
CHANGELOG_RECORDS = "pulso_pipeline_profile_changelog_records_total"


def _counts(worker: PipelineWorker, user_ids: list[str]) -> dict[str, int]:
    counts = {}
    with httpx.Client(timeout=5) as client:
        for user_id in user_ids:
            response = client.get(f"{worker.url}/profiles/{user_id}/")
            counts[user_id] = response.json()["interactions"] if response.status_code == 200 else 0
    return counts


def _missing(worker: PipelineWorker, stream: list[InteractionEvent]) -> dict[str, list[int]]:
    """Per shopper, the positions (in that shopper's own sequence) of the events the profile lacks."""
    out: dict[str, list[int]] = {}
    positions: Counter[str] = Counter()
    seen: dict[str, set[str]] = {}
    with httpx.Client(timeout=5) as client:
        for event in stream:
            if event.user_id not in seen:
                profile = client.get(f"{worker.url}/profiles/{event.user_id}/").json()
                seen[event.user_id] = set(profile.get("seen_event_ids", []))
            if str(event.event_id).replace("-", "")[:16] not in seen[event.user_id]:
                out.setdefault(event.user_id, []).append(positions[event.user_id])
            positions[event.user_id] += 1
    return out


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_a_worker_killed_mid_stream_loses_nothing_and_duplicates_nothing(
    kafka_bootstrap: str, redis_url: str, redis_db: redis_sync.Redis, log_dir: Path
) -> None:
    catalog = generate_demo_catalog(seed=3, per_site=30)
    users = [(f"u-{site.value.lower()}-{n}", site) for site in Site for n in range(10)]

    seed_redis(
        redis_url,
        catalog,
        {user_id: {"first_name": NAMES[site][n % len(NAMES[site])]} for n, (user_id, site) in enumerate(users)},
    )
    stream = _stream(catalog, users, per_user=60, seed=5)
    # the apps retry too: some events arrive twice with the same event_id
    resent = random.Random(9).sample(stream, 60)
    expected = Counter(event.user_id for event in stream)
    carts = {e.user_id for e in stream if e.type is InteractionType.ADD_TO_CART}

    topics = PipelineTopics.fresh(kafka_bootstrap)
    # policy off where it could drop a cart push on its own: a browse-intent push that fired before the
    # add to cart may already carry the cart's product ("same product within 7 days"), and the decision
    # was the killed worker's to make — this test is about delivery, tests/pipeline/test_policy.py about policy
    worker = PipelineWorker(
        kafka_bootstrap,
        redis_url,
        topics,
        log_dir,
        extra_env={
            "PULSO_PIPELINE_JOB_LEASE_S": "4",
            "PULSO_PIPELINE_SAME_PRODUCT_DAYS": "0",
            "PULSO_PIPELINE_DAILY_CAP": "100",
            # a busy worker is killed mid-stream here: a 6 s session (not the fixtures' 2 s) leaves its event loop
            # room for a heartbeat while it works, and a restarted worker gets the partitions in seconds
            "PULSO_PIPELINE_SESSION_TIMEOUT_S": "6",
            "PULSO_PIPELINE_HEARTBEAT_INTERVAL_S": "1",
        },
    )
    produce(kafka_bootstrap, topics.interactions, stream + resent)
    try:
        worker.start()
        deadline = time.monotonic() + 90
        # mid-stream, and after at least one offset commit (so the restarted worker has a changelog to recover)
        while worker.metric(APPLIED) < len(stream) * 0.4 or worker.metric(CHANGELOG_RECORDS) == 0:
            assert time.monotonic() < deadline, worker.log_tail()
            time.sleep(0.2)
        worker.kill()  # mid-stream: uncommitted offsets, buffered changelog writes, leased triggers

        worker.start()
        deadline = time.monotonic() + 120
        while (counts := _counts(worker, list(expected))) != dict(expected):
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"profiles {counts} != {dict(expected)}\nmissing: {_missing(worker, stream)}\n{worker.log_tail()}"
                )
            time.sleep(1)
        # the restarted worker recovered what the first one had applied instead of applying it again
        assert worker.metric(APPLIED) < len(stream)

        reader = TopicReader(kafka_bootstrap, topics.push)
        try:
            records = reader.poll_until(
                lambda r: carts <= {p.user_id for p in pushes_in(r) if p.trigger is Trigger.CART_ABANDONMENT},
                timeout_s=60,
            )
            time.sleep(3)  # anything a duplicate would have produced has had time to arrive
            records = reader.poll_until(lambda r: False, timeout_s=2)
        finally:
            reader.close()
        decisions = "\n".join(m for m in worker.metrics().splitlines() if m.startswith("pulso_pipeline_policy"))
        log_tail = worker.log_tail(80)
    finally:
        worker.stop()
    pushes = pushes_in(records)
    ids = Counter(push.notification_id for push in pushes)
    assert [nid for nid, seen in ids.items() if seen > 1] == []
    cart_pushes = Counter(p.user_id for p in pushes if p.trigger is Trigger.CART_ABANDONMENT)
    assert set(cart_pushes) == carts and set(cart_pushes.values()) == {1}, (
        f"carts without exactly one push: {sorted(carts ^ set(cart_pushes))}\n{decisions}\n{log_tail}"
    )
