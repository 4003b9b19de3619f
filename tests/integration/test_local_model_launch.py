"""The launcher and the local model server: a model that cannot start is explained and the stack goes on with
template copy; a started model never outlives the process that started it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from services.infra.tcp_ports import free_port
from services.stack.embedded import ComponentStartError, launch_local_model, wait_for_local_model
from services.stack.settings import StackSettings
from services.stack.system import RunningSystem, _serve_local_model

pytestmark = pytest.mark.integration


def test_a_model_that_cannot_start_says_why_and_the_stack_goes_on_with_templates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSO_LOCAL_MODEL_PATH", str(tmp_path / "missing.gguf"))
    system = RunningSystem(settings=StackSettings(), env={}, sink_path=tmp_path / "pushes.jsonl")
    model = launch_local_model("127.0.0.1", free_port(), tmp_path)
    _serve_local_model(system, model)
    assert "did not start" in system.local_model_note
    assert "model file not found" in system.local_model_note and "missing.gguf" in system.local_model_note
    assert system.local_model_url is None and system.components == []
    assert "PULSO_GATEWAY_LOCAL_MODEL_URL" not in system.env  # the gateway leaves the model out
    assert model.process.exit_code() is not None


def test_a_model_file_llama_cpp_cannot_read_is_reported_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    monkeypatch.setenv("PULSO_LOCAL_MODEL_PATH", str(broken))
    model = launch_local_model("127.0.0.1", free_port(), tmp_path)
    with pytest.raises(ComponentStartError) as error:
        wait_for_local_model(model, timeout_s=60)
    assert "exited with code 1" in str(error.value)
    assert "could not load" in str(error.value)


def test_the_model_server_dies_with_the_launcher_that_started_it(tmp_path: Path) -> None:
    port = free_port()
    launcher = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from services.stack.embedded import launch_local_model, wait_for_local_model\n"
            f"model = launch_local_model('127.0.0.1', {port}, Path({str(tmp_path)!r}))\n"
            "wait_for_local_model(model)\n"
            "print(model.process.pid, flush=True)\n"
            "time.sleep(120)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert launcher.stdout is not None
    model_pid = int(launcher.stdout.readline())
    os.kill(model_pid, 0)  # alive
    launcher.send_signal(signal.SIGKILL)  # no cleanup code runs in the launcher
    launcher.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            os.kill(model_pid, 0)
        except ProcessLookupError:
            return
        try:
            if Path(f"/proc/{model_pid}/stat").read_text().split(")")[-1].split()[0] == "Z":
                return  # exited; only its process-table entry waits for a reaper
        except FileNotFoundError:
            return
        time.sleep(0.1)
    os.kill(model_pid, signal.SIGKILL)
    pytest.fail("the model server outlived the launcher that started it")
