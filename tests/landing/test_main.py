"""`python -m services.landing.main` serves pages from its PULSO_* settings and stops cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import redis

from schemas import Site
from services.infra.tcp_ports import free_port
from services.landing.links import landing_link_for
from services.landing.settings import LandingSettings
from tests.landing.shoppers import CAFETERA_MX, recommendations, seed_products, seed_recommendations

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[2]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:200]
    except OSError:
        return "?"


@pytest.mark.parametrize("workers", [1, 2])
def test_main_serves_a_page_and_stops_on_sigint(
    redis_db: redis.Redis, redis_url: str, kafka_bootstrap: str, workers: int
) -> None:
    seed_products(redis_db, [CAFETERA_MX])
    seed_recommendations(redis_db, recommendations("u-mx-main", Site.MLM, [CAFETERA_MX]))
    port = free_port()
    env = dict(os.environ)
    env.update(
        {
            "PULSO_REDIS_URL": redis_url,
            "PULSO_KAFKA_BOOTSTRAP": kafka_bootstrap,
            "PULSO_LINK_SECRET": "main-test-link-secret",
            "PULSO_LANDING_PORT": str(port),
            "PULSO_LANDING_PUBLIC_URL": f"http://127.0.0.1:{port}",
            "PULSO_LANDING_WORKERS": str(workers),
        }
    )
    process = subprocess.Popen([sys.executable, "-m", "services.landing.main"], env=env, cwd=REPO_ROOT)
    children: list[int] = []
    try:
        settings = LandingSettings(link_secret="main-test-link-secret", landing_public_url=f"http://127.0.0.1:{port}")
        url = landing_link_for(settings, "u-mx-main", "es-MX", time.time())
        deadline = time.monotonic() + 30
        page = None
        while page is None:
            try:
                page = httpx.get(url, timeout=5)
            except httpx.TransportError:
                assert process.poll() is None, "landing exited at start"
                assert time.monotonic() < deadline, "landing did not answer within 30 s"
                time.sleep(0.2)
        assert page.status_code == 200
        assert "$12,345.00" in page.text
        children = _children(process.pid)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    deadline = time.monotonic() + 10
    while (leftovers := [pid for pid in children if _alive(pid)]) and time.monotonic() < deadline:
        time.sleep(0.2)
    leftovers = [(pid, _cmdline(pid)) for pid in leftovers]
    assert leftovers == [], f"worker processes left behind: {leftovers}"
