"""The `pulso` command line: usage errors exit 2 with a message, help works everywhere, output closed early by its
reader ends it quietly."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from services.stack.cli import main

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
