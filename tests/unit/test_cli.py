"""The `pulso` command line: usage errors exit 2 with a message, help works everywhere, output closed early by its
reader ends it quietly."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from services.infra.settings import SettingsError, load_settings
from services.stack.cli import demo_pipeline_policy, main
from services.stack.settings import StackSettings
from tests.json_http import send_json

PULSO = [sys.executable, "-m", "services.stack.cli"]


@pytest.mark.parametrize("argv", [["bogus"], ["stack"], ["stack", "sideways"], ["run", "mailer"], ["demo", "--fast"]])
def test_unknown_commands_and_options_exit_2_with_a_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "error:" in err and "--help" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["stack", "--help"],
        ["stack", "up", "--help"],
        ["topics", "--help"],
        ["run", "--help"],
        ["demo", "--help"],
    ],
)
def test_help_is_available_on_each_command(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    assert "usage: pulso" in capsys.readouterr().out


def test_invalid_settings_name_the_variable_and_exit_2(clean_pulso_env: None) -> None:
    result = subprocess.run(
        [*PULSO, "stack", "status"],
        env={"PULSO_GATEWAY_PORT": "eighty", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "PULSO_GATEWAY_PORT" in result.stderr
    assert "valid integer" in result.stderr


def test_keys_create_without_the_master_key_says_how_to_get_one(
    clean_pulso_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keys", "create", "--tenant", "growth-ar", "--use-case", "push_copy"]) == 2
    err = capsys.readouterr().err
    assert "PULSO_GATEWAY_MASTER_KEY" in err and "before they start" in err


class _GatewayDoor:
    """A stand-in for the gateway on 127.0.0.1 that notes each request's path and bearer key: `POST /admin/keys`
    answers a new virtual key, as the gateway's admin API does; anything else 401 in the gateway's error body."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        door = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                door.seen.append((self.path, self.headers.get("Authorization", "")))
                if self.path == "/admin/keys":
                    send_json(self, 201, {"key": "pk-created-for-growth-ar"})
                else:
                    send_json(self, 401, {"error": {"type": "invalid_key", "message": "unknown virtual key"}})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]


@pytest.fixture
def gateway_door() -> Iterator[_GatewayDoor]:
    door = _GatewayDoor()
    thread = threading.Thread(target=door.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield door
    finally:
        door.server.shutdown()
        door.server.server_close()
        thread.join(5)


def test_keys_create_calls_the_gateway_with_the_master_key_from_the_environment(
    clean_pulso_env: None,
    monkeypatch: pytest.MonkeyPatch,
    gateway_door: _GatewayDoor,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PULSO_GATEWAY_MASTER_KEY", "mk-operator-7c1e9a")
    monkeypatch.setenv("PULSO_GATEWAY_PORT", str(gateway_door.port))
    assert main(["keys", "create", "--tenant", "growth-ar", "--use-case", "push_copy"]) == 0
    assert gateway_door.seen == [("/admin/keys", "Bearer mk-operator-7c1e9a")]
    assert capsys.readouterr().out.strip() == "pk-created-for-growth-ar"


@pytest.mark.parametrize(
    ("argv", "bearer"),
    [([], "pk-matching-from-env"), (["--gateway-key", "pk-matching-given"], "pk-matching-given")],
    ids=["from-the-environment", "the-option-wins"],
)
def test_eval_matching_calls_the_gateway_with_the_matching_key(
    clean_pulso_env: None,
    monkeypatch: pytest.MonkeyPatch,
    gateway_door: _GatewayDoor,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    bearer: str,
) -> None:
    monkeypatch.setenv("PULSO_MATCHING_GATEWAY_KEY", "pk-matching-from-env")
    url = f"http://127.0.0.1:{gateway_door.port}"
    command = ["eval", "matching", "--gateway-url", url, "--versions", "match-v0", "--limit", "2", *argv]
    # the stand-in refuses every key: the run stops at its first call, which is all this test looks at
    assert main(command) == 2
    assert "answered 401 on /v1/embeddings" in capsys.readouterr().err
    assert gateway_door.seen and {authorization for _, authorization in gateway_door.seen} == {f"Bearer {bearer}"}


def test_the_demo_turns_quiet_hours_off_and_shortens_gaps_for_the_pipeline_it_starts(clean_pulso_env: None) -> None:
    policy, env = demo_pipeline_policy(load_settings(StackSettings))
    assert env == {
        "PULSO_PIPELINE_CART_ABANDON_AFTER_S": "6.0",
        "PULSO_PIPELINE_QUIET_START_HOUR": "0",
        "PULSO_PIPELINE_QUIET_END_HOUR": "0",
        "PULSO_PIPELINE_MIN_GAP_S": "120",
        "PULSO_PIPELINE_DAILY_CAP": "10",
    }
    assert policy["pipeline_min_gap_s"] == 120


def test_what_the_environment_sets_for_the_pipeline_wins_over_the_demo_policy(
    clean_pulso_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSO_PIPELINE_MIN_GAP_S", "900")
    monkeypatch.setenv("PULSO_PIPELINE_QUIET_START_HOUR", "23")
    policy, env = demo_pipeline_policy(load_settings(StackSettings))
    assert (policy["pipeline_min_gap_s"], policy["pipeline_quiet_start_hour"]) == (900, 23)
    # the pipeline reads the operator's values from the environment it inherits; the demo does not override them
    assert "PULSO_PIPELINE_MIN_GAP_S" not in env and "PULSO_PIPELINE_QUIET_START_HOUR" not in env
    assert env["PULSO_PIPELINE_QUIET_END_HOUR"] == "0"
    monkeypatch.setenv("PULSO_PIPELINE_DAILY_CAP", "many")
    with pytest.raises(SettingsError, match="PULSO_PIPELINE_DAILY_CAP"):
        demo_pipeline_policy(load_settings(StackSettings))


def _into_a_closed_pipe(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run pulso with its stdout on a pipe whose read end is already closed, as after `| head` has exited: its first
    write (or, buffered, its flush) fails."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([*PULSO, *argv], stdout=write_end, stderr=subprocess.PIPE, env=env, text=True, timeout=60)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
def test_a_reader_that_closes_the_output_early_ends_it_quietly_with_141(unbuffered: bool) -> None:
    """No traceback, and 141 as a shell reports it for git or coreutils there."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    result = _into_a_closed_pipe(["stack", "status"], env)
    assert (result.returncode, result.stderr) == (141, "")


@pytest.mark.integration
def test_topics_into_a_closed_pipe_is_quiet_on_the_real_broker(kafka_bootstrap: str) -> None:
    """`pulso topics | head`: the broker's topics exist already (the fixture made them), the listing finds no reader."""
    result = _into_a_closed_pipe(["topics"], {**os.environ, "PULSO_KAFKA_BOOTSTRAP": kafka_bootstrap})
    assert (result.returncode, result.stderr) == (141, "")
