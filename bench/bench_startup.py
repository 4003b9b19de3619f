"""Time from `pulso demo` (what `make run` runs, with .venv installed) to the first push in each
language, and from Ctrl-C (SIGINT) to every process stopped.

Runs the demo on free ports so it does not collide with a running stack.
"""

from __future__ import annotations

import json
import os
import re
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from services.stack.system import free_port_environment

RESULTS = Path(__file__).parent / "results" / "startup.json"
PUSH_LINE = re.compile(r"📱 push\s+(MLA|MLM|MLB) · (es-AR|es-MX|pt-BR) ·")


def run_once() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as workdir:
        env = free_port_environment(Path(workdir) / "stack")
        started = time.monotonic()
        demo = subprocess.Popen(
            [sys.executable, "-m", "services.stack.cli", "demo"],
            env=env,
            cwd=workdir,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert demo.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(demo.stdout, selectors.EVENT_READ)
        timings: dict[str, float] = {}
        while len([k for k in timings if k.startswith("first_push")]) < 3 and time.monotonic() - started < 300:
            if not selector.select(timeout=1):
                continue
            line = demo.stdout.readline()
            if "ready:" in line and "services_ready_s" not in timings:
                timings["services_ready_s"] = time.monotonic() - started
            if match := PUSH_LINE.search(line):
                timings.setdefault(f"first_push_{match.group(2)}_s", time.monotonic() - started)
        stop_started = time.monotonic()
        demo.send_signal(signal.SIGINT)
        demo.wait(timeout=120)
        timings["stop_after_sigint_s"] = time.monotonic() - stop_started
        return timings


def main() -> None:
    runs = [run_once() for _ in range(2)]
    keys = sorted({key for run in runs for key in run})
    print(f"{'measure':<28}" + "".join(f"{'run ' + str(i + 1):>10}" for i in range(len(runs))))
    for key in keys:
        print(f"{key:<28}" + "".join(f"{run.get(key, float('nan')):>10.1f}" for run in runs))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({"runs": runs, "machine": f"{os.cpu_count()} cores"}, indent=2))
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    main()
