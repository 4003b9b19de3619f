"""The wheel as a new user installs it: built from this checkout, installed with its dependencies into a
fresh virtualenv outside the repository, and `pulso demo` run from an empty directory until the first push is
delivered and its landing page renders. Slow: the fresh virtualenv downloads and installs every dependency."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from services.stack.system import free_port_environment
from tests.processes import run_in_terminal
from tests.unit.test_packaging import REPO, wheel  # noqa: F401 - the module-scoped wheel fixture

pytestmark = pytest.mark.slow

PUSH_LINE = re.compile(r"📱 push\s+(MLA|MLM|MLB) · (es-AR|es-MX|pt-BR) ·")
LANDING_LINE = re.compile(r"landing: (http://\S+/l/\S+)")


def test_pulso_demo_from_a_fresh_virtualenv_delivers_a_push(wheel: Path, tmp_path: Path) -> None:  # noqa: F811
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    install = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", str(wheel)], capture_output=True, text=True, timeout=1800
    )
    assert install.returncode == 0, install.stdout[-2000:] + install.stderr[-2000:]

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        name: value
        for name, value in free_port_environment(elsewhere / "stack").items()
        if name not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    }
    env.update(PULSO_DEMO_CART_ABANDON_AFTER_S="3", PULSO_DEMO_USERS_PER_SITE="2")
    landing_url = None
    delivered = False

    def found() -> bool:
        return delivered and landing_url is not None

    with run_in_terminal([str(venv / "bin" / "pulso"), "demo"], env, elsewhere) as demo:
        for line in demo.lines(until=found, timeout_s=300):
            delivered = delivered or bool(PUSH_LINE.search(line))
            if match := LANDING_LINE.search(line):
                landing_url = match.group(1)
        assert delivered and landing_url, demo.tail(80)
        page = httpx.get(landing_url, timeout=10)
        assert page.status_code == 200, page.text[:500]
        assert str(REPO) not in "".join(demo.output)
