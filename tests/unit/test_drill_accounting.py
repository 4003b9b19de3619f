"""The drills' accounting (bench/drills/accounting.py) on real records: sink lines written by push's
LocalSinkSender, PushRequest JSON as the pipeline puts it on push.requests.v1."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bench.drills.accounting import (
    lag_back_to_normal_s,
    lag_recovery_s,
    tally_interactions,
    tally_pushes,
    tally_triggers,
)
from bench.drills.parts import expected_triggers, sink_lines
from schemas import CopySource, Locale, PushRequest, Trigger
from services.push.adapters.local_sink import LocalSinkSender
from services.push.domain.devices import Device, Platform


def _push(notification_id: str, user_id: str) -> PushRequest:
    return PushRequest(
        notification_id=notification_id,
        user_id=user_id,
        locale=Locale.ES_AR,
        title="Sofía, tu carrito te espera",
        body="Heladera Whirlpool 340 L a $ 906.799 con Envío gratis y 12 cuotas sin interés.",
        deep_link="http://127.0.0.1:8000/l/token.sig",
        product_ids=["MLA-1"],
        trigger=Trigger.CART_ABANDONMENT,
        copy_source=CopySource.TEMPLATE,
    )


def _phone(user_id: str) -> Device:
    return Device(user_id=user_id, platform=Platform.ANDROID, token=f"tok-{user_id}", locale="es-AR", app_version="7")


def _deliver(path: Path, deliveries: list[tuple[Device, PushRequest]]) -> None:
    sender = LocalSinkSender(path, clock=lambda: datetime(2026, 12, 1, 15, 0, tzinfo=UTC), console=None)

    async def send_all() -> None:
        for device, request in deliveries:
            await sender.send(device, request)
        await sender.aclose()

    asyncio.run(send_all())


def test_pushes_count_distinct_notifications_and_repeats_to_the_same_device(tmp_path: Path) -> None:
    sofia, mateo, ana = _push("n-1", "u-mla-1"), _push("n-2", "u-mla-2"), _push("n-3", "u-mlb-1")
    # a redelivery after a killed push worker: n-1 reaches Sofía's phone twice, once from each worker's sink
    _deliver(tmp_path / "pushes-1.jsonl", [(_phone("u-mla-1"), sofia), (_phone("u-mla-2"), mateo)])
    _deliver(tmp_path / "pushes-2.jsonl", [(_phone("u-mla-1"), sofia)])
    lines = sink_lines([tmp_path / "pushes-1.jsonl", tmp_path / "pushes-2.jsonl", tmp_path / "absent.jsonl"])
    requests = [r.model_dump(mode="json") for r in (sofia, mateo, mateo, ana)]  # n-2 requested twice
    tally = tally_pushes(requests, lines, dead_lettered=[])
    assert (tally.requested, tally.request_records) == (3, 4)
    assert (tally.delivered, tally.deliveries) == (2, 3)
    assert (tally.duplicate_deliveries, tally.devices_with_duplicates) == (1, 1)
    assert tally.undelivered == ["n-3"]


def test_a_dead_lettered_push_is_not_counted_as_undelivered(tmp_path: Path) -> None:
    request = _push("n-9", "u-mlm-1")
    tally = tally_pushes([request.model_dump(mode="json")], [], dead_lettered=["n-9"])
    assert (tally.undelivered_count, tally.dead_lettered) == (0, 1)


def test_the_same_notification_on_two_devices_of_one_shopper_is_not_a_duplicate(tmp_path: Path) -> None:
    request = _push("n-4", "u-mla-3")
    tablet = Device(user_id="u-mla-3", platform=Platform.WEB, token="web-tok", locale="es-AR", app_version="7")
    _deliver(tmp_path / "sink.jsonl", [(_phone("u-mla-3"), request), (tablet, request)])
    tally = tally_pushes([request.model_dump(mode="json")], sink_lines([tmp_path / "sink.jsonl"]), [])
    assert (tally.delivered, tally.deliveries, tally.duplicate_deliveries) == (1, 2, 0)


def test_every_push_a_session_must_cause_is_looked_for_among_the_requests() -> None:
    # Sofía's whole session went out; Mateo's stopped after three views (no push due); Ana's after the cart
    acked = Counter({"u-mla-1": 8, "u-mla-2": 3, "u-mlb-1": 5})
    expected = expected_triggers(acked)
    assert sorted(expected) == [
        ("u-mla-1", "browse_intent"),
        ("u-mla-1", "cart_abandonment"),
        ("u-mlb-1", "browse_intent"),
        ("u-mlb-1", "cart_abandonment"),
    ]
    browse = _push("n-b1", "u-mla-1").model_copy(update={"trigger": Trigger.BROWSE_INTENT})
    again = _push("n-b2", "u-mla-1").model_copy(update={"trigger": Trigger.BROWSE_INTENT})  # a second id: a repeat
    requests = [r.model_dump(mode="json") for r in (browse, again, _push("n-c1", "u-mla-1"), _push("n-c3", "u-mlb-1"))]
    tally = tally_triggers(expected, requests)
    assert tally.expected == 4
    assert tally.never_requested == ["u-mlb-1/browse_intent"]
    assert tally.requested_more_than_once == 1


def test_interactions_lost_and_applied_twice_are_counted_per_shopper() -> None:
    sent = {"u-mla-1": 8, "u-mlm-1": 8, "u-mlb-1": 8}
    applied = {"u-mla-1": 8, "u-mlm-1": 6, "u-mlb-1": 9, "u-stranger": 2}
    tally = tally_interactions(sent, applied)
    assert (tally.sent, tally.applied) == (24, 23)
    assert tally.lost == 2 and tally.short_users == {"u-mlm-1": 2}
    assert tally.applied_twice == 1 + 2  # one event counted twice, and a profile nobody sent to


def test_a_shopper_without_a_profile_lost_everything_sent() -> None:
    assert tally_interactions({"u-mla-1": 5}, {}).lost == 5


def test_lag_is_back_to_normal_after_three_samples_in_a_row_at_or_under_normal() -> None:
    samples: list[tuple[float, int | None]] = [(0, 10), (1, 900), (2, 40), (3, None), (4, 30), (5, 20), (6, 20), (7, 5)]
    assert lag_back_to_normal_s(samples, since=1, normal=50) == 3  # 2 is broken by the unanswered sample at 3
    assert lag_back_to_normal_s(samples, since=1, normal=10) is None


def test_lag_recovery_counts_from_the_fault_through_the_peak_it_caused() -> None:
    # the lag is still normal for a moment after a kill, then climbs while the group rebalances
    samples: list[tuple[float, int | None]] = [(10, 40), (11, 45), (12, 48), (13, 44), (14, 700), (15, 900)]
    samples += [(16, 300), (17, 45), (18, 40), (19, 42)]
    assert lag_recovery_s(samples, fault_at=10, normal=50) == 7
    assert lag_recovery_s([(10, 5), (11, 6)], fault_at=10, normal=50) == 0
    assert lag_recovery_s([(10, 5), (11, 600), (12, 700)], fault_at=10, normal=50) is None


def test_a_part_that_cannot_start_is_named_with_the_reason(tmp_path: Path) -> None:
    from bench.drills.parts import DrillStartError, Part
    from services.infra.tcp_ports import free_port

    env = {"PATH": "/usr/bin:/bin", "PULSO_PIPELINE_WEB_PORT": "not-a-port"}
    part = Part("pipeline-2", "services.pipeline.main", env, free_port(), tmp_path / "pipeline-2.log")
    try:
        part.start(timeout_s=60)
    except DrillStartError as error:
        assert error.part == "pipeline-2"
        assert str(error).startswith("could not start pipeline-2: exited with code")
        assert "PULSO_PIPELINE_WEB_PORT" in error.reason  # the log tail says why
    else:
        part.stop()
        raise AssertionError("a pipeline worker with a bad port setting started")
