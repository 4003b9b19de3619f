"""POST /v1/evals, GET /v1/evals, GET /v1/evals/{id}: runs behind a virtual key, kept per tenant in Redis and as
JSON files, against a real gateway, redis-server and the fake OpenAI server."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis as redis_sync

from services.infra.tcp_ports import free_port
from services.stack.cli import main
from tests.gateway.prompt_fixtures import GOOD_AR, INVENTED_AR, VARIABLES_AR, VARIABLES_BR, Gateway, run_gateway

pytestmark = pytest.mark.integration

FIXTURE = Path(__file__).parent / "data" / "labeled_copy_fixture.jsonl"
LABELED = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def results_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("eval-results")


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory, results_dir: Path) -> Iterator[Gateway]:
    yield from run_gateway(redis_url, tmp_path_factory.mktemp("gw-evals"), gateway_evals_dir=results_dir)


@pytest.fixture
def gw(gateway: Gateway, redis_db: redis_sync.Redis) -> Gateway:
    # an empty store per test: no cached answer or earlier run leaks into the next test
    gateway.fake.reset()
    return gateway


def post(gw: Gateway, key: str, body: Any) -> httpx.Response:
    return httpx.post(f"{gw.url}/v1/evals", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=15)


def get(gw: Gateway, key: str, path: str = "") -> httpx.Response:
    return httpx.get(f"{gw.url}/v1/evals{path}", headers={"Authorization": f"Bearer {key}"}, timeout=15)


def finished(gw: Gateway, key: str, run_id: str, timeout_s: float = 20.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        run: dict[str, Any] = get(gw, key, f"/{run_id}").json()
        if run["status"] != "running":
            return run
        time.sleep(0.05)
    raise AssertionError(f"eval run {run_id} still running after {timeout_s}s")


def verdicts_counted(gw: Gateway) -> float:
    """The prompt verdicts the gateway's metrics have counted so far."""
    text = httpx.get(f"{gw.url}/metrics", timeout=15).text
    lines = [line for line in text.splitlines() if line.startswith("pulso_gateway_prompt_verdicts_total{")]
    return sum(float(line.rsplit(" ", 1)[1]) for line in lines)


def ar_cases(count: int) -> list[dict[str, Any]]:
    return [{"id": f"ar-{n}", "locale": "es-AR", "variables": VARIABLES_AR} for n in range(1, count + 1)]


# --- check runs ------------------------------------------------------------------------------


def test_a_check_run_answers_the_report_and_is_kept_in_redis_and_as_a_file(
    gw: Gateway, redis_db: redis_sync.Redis
) -> None:
    key = gw.key(tenant="growth-mx")
    response = post(gw, key, {"mode": "check", "records": LABELED, "name": "fixture"})
    assert response.status_code == 201, response.text
    run = response.json()
    assert run["status"] == "done" and run["mode"] == "check" and run["id"].startswith("eval_")
    assert run["summary"]["overall"]["total"] == 8
    assert set(run["summary"]["by_locale"]) == {"es-AR", "es-MX", "pt-BR"}
    assert len(run["results"]) == 8
    assert redis_db.exists(f"pulso:gw:evals:growth-mx:{run['id']}")
    assert json.loads(Path(run["file"]).read_text(encoding="utf-8"))["summary"] == run["summary"]
    assert get(gw, key, f"/{run['id']}").json()["summary"] == run["summary"]
    (listed,) = get(gw, key).json()["data"]
    assert listed["id"] == run["id"] and listed["name"] == "fixture" and "results" not in listed


def test_one_tenant_never_sees_another_tenants_runs(gw: Gateway) -> None:
    mine, theirs = gw.key(tenant="growth-mx"), gw.key(tenant="marketing-br")
    run_id = post(gw, mine, {"records": LABELED}).json()["id"]
    answer = get(gw, theirs, f"/{run_id}")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "eval_not_found"
    assert get(gw, theirs).json()["data"] == []
    assert [run["id"] for run in get(gw, mine).json()["data"]] == [run_id]


def test_bad_input_is_a_4xx_with_the_reasons(gw: Gateway) -> None:
    key = gw.key()
    broken = [LABELED[0], {**LABELED[1], "label": "maybe"}, {**LABELED[2], "locale": "fr-FR"}, LABELED[0]]
    answer = post(gw, key, {"mode": "check", "records": broken})
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert error["code"] == "invalid_records" and error["type"] == "invalid_request_error"
    assert "records[1]: label" in error["message"] and "records[2]: locale" in error["message"]
    assert "records[3]: duplicate id" in error["message"]
    for body, code in (
        ({"records": []}, "invalid_request"),
        ({"records": LABELED, "mode": "dream"}, "invalid_request"),
        ({"records": LABELED, "surprise": 1}, "invalid_request"),
    ):
        answer = post(gw, key, body)
        assert answer.status_code == 400 and answer.json()["error"]["code"] == code, answer.text
    not_json = httpx.post(
        f"{gw.url}/v1/evals", content=b"{oops", headers={"Authorization": f"Bearer {key}"}, timeout=15
    )
    assert not_json.status_code == 400 and not_json.json()["error"]["code"] == "invalid_json"
    assert httpx.post(f"{gw.url}/v1/evals", json={"records": LABELED}).status_code == 401
    assert get(gw, key, "/eval_nope").status_code == 404


# --- generation runs -------------------------------------------------------------------------


def test_a_generation_run_reports_pass_rate_reasons_cost_tokens_latency_and_samples(
    gw: Gateway, redis_db: redis_sync.Redis
) -> None:
    key = gw.key()
    verdicts_before = verdicts_counted(gw)
    gw.fake.say(GOOD_AR, INVENTED_AR, INVENTED_AR, "no JSON here", "still none")
    answer = post(gw, key, {"mode": "generate", "records": ar_cases(3), "prompt_id": "push_copy", "version": 2})
    assert answer.status_code == 202, answer.text
    assert answer.headers["location"] == f"/v1/evals/{answer.json()['id']}"
    assert answer.json()["progress"] == {"done": 0, "total": 3}
    run = finished(gw, key, answer.json()["id"])
    assert run["status"] == "done", run["error"]
    assert (run["prompt_id"], run["version"], run["model"], run["judge"]) == ("push_copy", "2", "push-copy", None)
    summary = run["summary"]
    assert summary["generations"] == 3 and summary["shipped"] == 1
    assert summary["pass_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert summary["reasons"]["unsupported_number"] == 1 and summary["reasons"]["unparseable_output"] == 1
    assert summary["cost_usd"] > 0 and summary["tokens"]["completion"] > 0
    assert summary["latency_ms"]["p50"] > 0 and summary["latency_ms"]["p99"] >= summary["latency_ms"]["p50"]
    assert summary["samples"]["shipped"][0]["output"] == GOOD_AR
    assert [r["id"] for r in summary["samples"]["replaced"]] == ["ar-2", "ar-3"]
    assert gw.fake.calls("push-model") == 5
    # an evaluation is not traffic: nothing recorded for feedback or experiments
    assert list(redis_db.scan_iter("pulso:gw:gen:*")) == [] and list(redis_db.scan_iter("pulso:gw:exp:*")) == []
    assert verdicts_counted(gw) == verdicts_before
    assert Path(run["file"]).exists()


def test_a_generation_run_can_swap_the_alias_and_add_a_judge(gw: Gateway) -> None:
    key = gw.key()
    gw.fake.judge_cues["judge-model"] = ("Comprá",)
    gw.fake.say(GOOD_AR, GOOD_AR)  # the judges reject "¡Comprá!" twice: template copy
    body = {
        "mode": "generate",
        "records": ar_cases(1),
        "version": 1,
        "model": "push-copy",
        "judge": {"prompt": "copy_judge", "votes": 3},
    }
    run = finished(gw, key, post(gw, key, body).json()["id"])
    assert run["status"] == "done", run["error"]
    assert run["judge"] == {"prompt": "copy_judge", "version": None, "model": None, "votes": 3}
    judge = run["summary"]["judge"]
    assert (judge["rounds"], judge["votes"], judge["agreement"], judge["unanimous"]) == (2, 6, 0.0, 1.0)
    assert run["summary"]["pass_rate"] == 0.0 and run["summary"]["reasons"] == {"judge_rejected": 1}
    # the retry wrote the same copy, so its three votes came from the response cache: judged once, paid once
    assert gw.fake.calls("judge-model") == 3


def test_a_generation_run_that_cannot_run_is_refused_before_anything_is_spent(gw: Gateway) -> None:
    key = gw.key()
    no_trigger = {k: v for k, v in VARIABLES_BR.items() if k != "trigger"}
    cases = [*ar_cases(1), {"id": "br-1", "locale": "pt-BR", "variables": no_trigger}]
    answer = post(gw, key, {"mode": "generate", "records": cases})
    assert answer.status_code == 400
    assert "records[1] (br-1): missing template variable 'trigger'" in answer.json()["error"]["message"]
    answer = post(gw, key, {"mode": "generate", "records": ar_cases(1), "prompt_id": "push_copy", "version": 99})
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "prompt_not_found"
    answer = post(gw, key, {"mode": "generate", "records": ar_cases(1), "model": "no-such-alias"})
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "model_not_found"
    narrow = gw.key(allowed_models=["push-copy"])
    answer = post(gw, narrow, {"mode": "generate", "records": ar_cases(1), "model": "gpt-4o-mini"})
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "model_not_allowed"
    answer = post(gw, narrow, {"mode": "generate", "records": ar_cases(1), "judge": {"prompt": "copy_judge"}})
    assert answer.status_code == 403 and "copy-judge" in answer.json()["error"]["message"]
    other_prompt = gw.key(allowed_prompts=["matching"])
    answer = post(gw, other_prompt, {"mode": "generate", "records": ar_cases(1)})
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "prompt_not_allowed"
    assert gw.fake.received == []


# --- the command line's generation mode, against the same gateway ------------------------------


def cases_file(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "cases.jsonl"
    lines = [json.dumps(case, ensure_ascii=False) for case in ar_cases(count)]
    path.write_text("\n".join([lines[0], "{broken", *lines[1:]]) + "\n", encoding="utf-8")
    return path


def test_pulso_eval_generate_follows_the_run_and_writes_its_result(
    gw: Gateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PULSO_GATEWAY_KEY", gw.key(tenant="growth-ar"))
    gw.fake.say(GOOD_AR, INVENTED_AR, INVENTED_AR)
    out = tmp_path / "run.json"
    argv = ["eval", "copy", "--mode", "generate", "--set", str(cases_file(tmp_path, 2)), "--gateway", gw.url]
    assert main([*argv, "--version", "2", "--judge", "off", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert ":2: not valid JSON" in captured.err
    assert "push_copy v2 on push-copy · no judge" in captured.out
    assert "shipped 1 (pass rate 50.0%)" in captured.out and "p99" in captured.out
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["summary"]["generations"] == 2 and result["name"] == "cases.jsonl"
    gw.fake.say(INVENTED_AR, INVENTED_AR)
    assert main([*argv, "--limit", "1", "--min-pass-rate", "0.9"]) == 1
    assert "pass rate 0.0 is below 0.9" in capsys.readouterr().err


def test_pulso_eval_generate_says_why_it_cannot_run(
    gw: Gateway, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["eval", "copy", "--mode", "generate", "--set", str(cases_file(tmp_path, 1)), "--gateway", gw.url]
    monkeypatch.delenv("PULSO_GATEWAY_KEY", raising=False)
    assert main(argv) == 2
    assert "PULSO_GATEWAY_KEY" in capsys.readouterr().err
    monkeypatch.setenv("PULSO_GATEWAY_KEY", gw.key())
    assert main([*argv, "--prompt", "no_such_prompt"]) == 2
    assert "refused the run (404)" in capsys.readouterr().err
    assert main([*argv, "--judge", "copy_judge"]) == 2
    assert "PROMPT:VOTES" in capsys.readouterr().err
    assert main([*argv[:-1], f"http://127.0.0.1:{free_port()}"]) == 2
    assert "cannot reach the gateway" in capsys.readouterr().err


# --- judge runs: the judge step on labeled copy ------------------------------------------------


def test_a_judge_run_scores_the_vote_the_gate_and_both_against_the_labels(gw: Gateway) -> None:
    key = gw.key()
    gw.fake.judge_cues["judge-model"] = ("Último", "cupón", "regalo")  # two bad copies and one figurative ok copy
    body = {"mode": "judge", "records": LABELED, "judge": {"prompt": "copy_judge", "votes": 3}, "name": "judge"}
    answer = post(gw, key, body)
    assert answer.status_code == 202, answer.text
    run = finished(gw, key, answer.json()["id"])
    assert run["status"] == "done", run["error"]
    assert (run["mode"], run["prompt_id"], run["model"]) == ("judge", "copy_judge", "copy-judge")
    summary = run["summary"]
    assert (summary["records"], summary["judged"], summary["judge_errors"], summary["votes"]) == (8, 8, 0, 24)
    judge = summary["judge"]
    counts = (judge["true_positive"], judge["false_negative"], judge["false_positive"], judge["true_negative"])
    assert counts == (2, 2, 1, 3)
    combined, gate = summary["gate_and_judge"], summary["gate"]
    assert combined["recall"] >= max(gate["recall"], judge["recall"])  # copy ships only when both pass
    assert {row["id"] for row in summary["judge_false_alarms"]} == {"mx-ok-figurative-001"}
    assert summary["cost_usd"] > 0 and summary["tokens"]["prompt"] > 0
    assert gw.fake.calls("judge-model") == 24 and gw.fake.calls("push-model") == 0
    assert run["results"][0]["judge"]["votes"][0]["vote"] in ("ok", "bad")


def test_a_judge_run_needs_a_judge_step_the_key_may_use(gw: Gateway) -> None:
    answer = post(gw, gw.key(), {"mode": "judge", "records": LABELED})
    assert answer.status_code == 400 and "judge" in answer.json()["error"]["message"]
    narrow = gw.key(allowed_models=["push-copy"])
    answer = post(gw, narrow, {"mode": "judge", "records": LABELED, "judge": {"prompt": "copy_judge"}})
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "model_not_allowed"
    assert gw.fake.received == []


def test_pulso_eval_judge_runs_the_judge_on_the_labeled_copy(
    gw: Gateway, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PULSO_GATEWAY_KEY", gw.key())
    gw.fake.judge_cues["judge-model"] = ("Último",)
    argv = ["eval", "copy", "--mode", "judge", "--set", str(FIXTURE), "--gateway", gw.url]
    assert main([*argv, "--judge", "copy_judge:1"]) == 0
    out = capsys.readouterr().out
    assert "judge copy_judge × 1 on copy-judge · 8 labeled copies, 8 judged, 0 without a vote" in out
    assert "judge vote" in out and "gate and judge" in out
    assert main(argv) == 2  # the version's own judge step is not a judge to run on labeled copy
    assert "--judge PROMPT:VOTES" in capsys.readouterr().err


def test_a_run_whose_gateway_died_mid_way_is_shown_as_failed(gw: Gateway, redis_db: redis_sync.Redis) -> None:
    key = gw.key(tenant="growth-mx")
    run = post(gw, key, {"records": LABELED}).json()
    stored = f"pulso:gw:evals:growth-mx:{run['id']}"
    # what a process killed mid-run leaves behind: "running", last progress long ago
    frozen = {**json.loads(redis_db.get(stored)), "status": "running", "updated_at": time.time() - 3600}
    redis_db.set(stored, json.dumps(frozen))
    shown = get(gw, key, f"/{run['id']}").json()
    assert shown["status"] == "failed" and "no progress for over 600 s" in shown["error"]
    assert get(gw, key).json()["data"][0]["status"] == "failed"
    frozen["updated_at"] = time.time()
    redis_db.set(stored, json.dumps(frozen))
    assert get(gw, key, f"/{run['id']}").json()["status"] == "running"
