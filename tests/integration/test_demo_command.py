"""`pulso demo` (what `make run` starts): pushes in es-AR, es-MX and pt-BR with landing URLs
that render, the local model in the copy path (each push says whether its copy shipped or which
check reasons replaced it), and Ctrl-C leaves no process behind."""

from __future__ import annotations

import base64
import json
import os
import re
import sys
from pathlib import Path

import httpx
import pytest

from services.infra.settings import DEVELOPMENT_LINK_SECRET
from services.infra.signed_links import LinkClaims, sign_link
from services.stack.system import free_port_environment
from tests.processes import run_in_terminal

pytestmark = pytest.mark.integration

PUSH_LINE = re.compile(r"📱 push\s+(MLA|MLM|MLB) · (es-AR|es-MX|pt-BR) ·")
LANDING_LINE = re.compile(r"landing: (http://\S+/l/\S+)")
#: a push whose copy the model wrote, or whose model copy failed the gateway's checks (named reasons)
MODEL_COPY_LINE = re.compile(r"· copy: (model\b|template, replaced the model's: attempt 1: \w+)")


def verify_link_claims_unsafely(token: str) -> LinkClaims:
    """The claims of a token read without checking its signature, as anyone holding a link can."""
    body = token.partition(".")[0]
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return LinkClaims(payload["u"], payload["n"], payload["l"], payload["e"], payload.get("g"))


def _processes_with_env(marker: str) -> list[int]:
    """PIDs of live processes whose environment carries ``marker`` (all of the demo's descendants do)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if marker.encode() in (entry / "environ").read_bytes():
                state = (entry / "stat").read_text().split(")")[-1].split()[0]
                if state != "Z":
                    found.append(int(entry.name))
        except OSError:
            continue
    return found


def test_demo_delivers_pushes_in_each_language_with_model_copy_and_ctrl_c_stops_everything(tmp_path: Path) -> None:
    env = {
        **free_port_environment(tmp_path / "stack"),
        "PULSO_DEMO_CART_ABANDON_AFTER_S": "3",
        "PULSO_DEMO_USERS_PER_SITE": "2",
        # the embedded broker completes a group join half a session timeout after it starts: 1 s, not 5 s and 3 s
        "PULSO_PIPELINE_SESSION_TIMEOUT_S": "2",
        "PULSO_PIPELINE_HEARTBEAT_INTERVAL_S": "0.5",
        "PULSO_PUSH_SESSION_TIMEOUT_MS": "2000",
        "PULSO_MATCHING_SESSION_TIMEOUT_MS": "2000",
    }
    locales: set[str] = set()
    landing_urls: list[str] = []
    model_copy: list[str] = []

    def seen_enough() -> bool:
        return locales == {"es-AR", "es-MX", "pt-BR"} and bool(model_copy)

    with run_in_terminal([sys.executable, "-m", "services.stack.cli", "demo"], env, tmp_path) as demo:
        for line in demo.lines(until=seen_enough, timeout_s=200):
            if match := PUSH_LINE.search(line):
                locales.add(match.group(2))
                if MODEL_COPY_LINE.search(line):
                    model_copy.append(line)
            if match := LANDING_LINE.search(line):
                landing_urls.append(match.group(1))
        output = demo.output
        assert any(line.startswith("local model: SmolLM2-135M-Instruct at http://") for line in output), output[:20]
        assert locales == {"es-AR", "es-MX", "pt-BR"}, demo.tail()
        assert model_copy, "no push with the model's copy or its check reasons:\n" + demo.tail()
        page = httpx.get(landing_urls[0], timeout=10)
        assert page.status_code == 200, page.text[:500]
        # the same shopper's link signed with the secret in the source: the demo signs with its own
        real_token = landing_urls[0].rsplit("/l/", 1)[1]
        claims = verify_link_claims_unsafely(real_token)
        forged = sign_link(claims, DEVELOPMENT_LINK_SECRET)
        assert httpx.get(landing_urls[0].replace(real_token, forged), timeout=10).status_code == 403
        assert _processes_with_env(str(tmp_path / "stack")), "the demo's processes carry PULSO_STACK_DIR"
        # a newcomer's playground key: it works at once, as the playground tenant, with a budget
        playground_key = next(
            m.group(1) for line in output if (m := re.search(r"^playground key \(tenant playground.*: (\S+) —", line))
        )
        gateway_url = re.search(r"paste it at (http://\S+)/playground", "".join(output))
        assert gateway_url is not None
        usage = httpx.get(
            f"{gateway_url.group(1)}/v1/usage", headers={"Authorization": f"Bearer {playground_key}"}, timeout=10
        )
        assert usage.status_code == 200
        rest = demo.interrupt()
    assert demo.process.returncode == 0, rest[-3000:]
    assert "all Pulso processes stopped" in rest
    leftovers = _processes_with_env(str(tmp_path / "stack"))
    assert leftovers == [], f"processes left behind: {leftovers}"
