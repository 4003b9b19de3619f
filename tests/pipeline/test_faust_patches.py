"""The Faust patches are tied to one faust-streaming version: pyproject pins it, another version fails at
import naming what changed, every upstream function a patch copies, wraps or replaces still has the source
it was written against, and what a patch keeps (a fetch wait, a blocked-delivery callback) is per app."""

from __future__ import annotations

import asyncio
import importlib.metadata
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import faust
import pytest

from services.pipeline.agents.faust_patches import (
    FAUST_VERSION,
    UPSTREAM_SOURCES,
    FaustVersionError,
    check_faust_version,
    deliver_records_without_tasks,
    set_fetch_max_wait,
    source_digest,
    upstream_source,
)

ROOT = Path(__file__).resolve().parents[2]


def test_pyproject_pins_the_version_the_patches_were_written_for_and_it_is_installed() -> None:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pins = [d for d in dependencies if re.match(r"faust-streaming\b", d)]
    assert pins == [f"faust-streaming=={FAUST_VERSION}"]
    assert importlib.metadata.version("faust-streaming") == FAUST_VERSION


def test_another_faust_version_fails_clearly() -> None:
    with pytest.raises(FaustVersionError) as raised:
        check_faust_version("0.16.0")
    message = str(raised.value)
    assert f"written for faust-streaming {FAUST_VERSION}" in message
    assert "but 0.16.0 is installed" in message
    assert "no patched upstream function changed" in message  # the installed sources are the pinned ones


def test_the_version_error_names_each_changed_upstream_function_and_its_patch(monkeypatch: pytest.MonkeyPatch) -> None:
    name = "faust/transport/consumer.py:Consumer._drain_messages"
    monkeypatch.setitem(UPSTREAM_SOURCES, name, ("0" * 64, "deliver_records_without_tasks"))
    with pytest.raises(FaustVersionError, match=re.escape(f"{name} (patch deliver_records_without_tasks)")):
        check_faust_version("0.16.0")


@pytest.mark.parametrize("name", sorted(UPSTREAM_SOURCES))
def test_each_upstream_function_a_patch_relies_on_is_unchanged(name: str) -> None:
    recorded, patch = UPSTREAM_SOURCES[name]
    source = upstream_source(name)
    assert source_digest(source) == recorded, (
        f"{name} changed upstream; review faust_patches.{patch} against it and record the new digest "
        f"{source_digest(source)}. Installed source:\n{source}"
    )


def test_upstream_source_reads_the_file_not_the_patched_attribute() -> None:
    source = upstream_source("faust/transport/consumer.py:Consumer._drain_messages")
    assert source.startswith("async def _drain_messages(self, fetcher")
    assert "await self.wait_first(" in source  # the one call deliver_records_without_tasks changes
    assert "_pulso" not in source


@pytest.fixture
def two_apps() -> Iterator[tuple[faust.App, faust.App]]:
    apps = (
        faust.App("patch-test-a", broker="kafka://127.0.0.1:1", store="memory://"),
        faust.App("patch-test-b", broker="kafka://127.0.0.1:1", store="memory://"),
    )
    yield apps


async def test_each_app_keeps_its_own_fetch_wait(two_apps: tuple[faust.App, faust.App]) -> None:
    first, second = two_apps
    set_fetch_max_wait(first, 20)
    set_fetch_max_wait(second, 70)
    built = {}
    for app in two_apps:
        consumer = app.consumer._thread._create_worker_consumer(app.transport)  # type: ignore[attr-defined]
        built[app.conf.id] = consumer._fetch_max_wait_ms
        await consumer.stop()  # built, never started
    assert built == {"patch-test-a": 20, "patch-test-b": 70}


async def test_each_app_counts_its_own_blocked_deliveries(two_apps: tuple[faust.App, faust.App]) -> None:
    first, second = two_apps
    blocked: list[str] = []
    deliver_records_without_tasks(first, on_blocked=lambda: blocked.append("a"))
    deliver_records_without_tasks(second, on_blocked=lambda: blocked.append("b"))
    gate: asyncio.Future[str] = asyncio.get_running_loop().create_future()

    async def delivered_at_once() -> str:
        return "at once"

    async def delivered_when_the_gate_opens() -> str:
        return await gate

    quick = await first.consumer.wait_first(delivered_at_once(), asyncio.Event().wait())
    assert quick.results == ["at once"] and blocked == []
    asyncio.get_running_loop().call_later(0.02, gate.set_result, "later")
    slow = await second.consumer.wait_first(delivered_when_the_gate_opens(), asyncio.Event().wait())
    assert slow.results == ["later"] and not slow.stopped
    assert blocked == ["b"]  # the second app's callback, not the last one registered on a class


async def test_an_app_that_did_not_ask_keeps_fausts_own_delivery() -> None:
    plain = faust.App("patch-test-plain", broker="kafka://127.0.0.1:1", store="memory://")
    other = faust.App("patch-test-other", broker="kafka://127.0.0.1:1", store="memory://")
    deliver_records_without_tasks(other, on_blocked=lambda: pytest.fail("not this app's callback"))

    async def delivered() -> str:
        return "done"

    result = await plain.consumer.wait_first(delivered(), asyncio.Event().wait())
    assert result.results == ["done"]
    assert "_pulso_on_blocked_delivery" not in plain.__dict__
    assert plain.topics.on_message is not other.topics.on_message
