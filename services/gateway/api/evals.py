"""``POST /v1/evals``, ``GET /v1/evals``, ``GET /v1/evals/{run_id}``: evaluation runs behind a virtual key.

A key sees only its tenant's runs; another tenant's run id answers 404 exactly like an unknown one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from services.gateway.api.deps import read_json_body, require_key, validated_body
from services.gateway.api.errors import GatewayError
from services.gateway.api.responses import ERRORS, EvalList, EvalRun, json_answer
from services.gateway.domain.copy_eval import GenerationCase, LabeledRecord, parse_generation_case, parse_labeled_record
from services.gateway.domain.keys import VirtualKey
from services.gateway.domain.prompt_registry import MAX_JUDGE_VOTES, JudgeStep
from services.gateway.service_layer.evals import (
    CheckRunSpec,
    EvalRequestError,
    EvalRunner,
    GenerationRunSpec,
    JudgeChoice,
    JudgeRunSpec,
)

#: records one run may hold (a labeled set is a few hundred)
MAX_RECORDS = 2000


def eval_runner(app: FastAPI) -> EvalRunner:
    runner: EvalRunner = app.state.eval_runner
    return runner


def runner_of(request: Request) -> EvalRunner:
    return eval_runner(request.app)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    try:
        yield
    finally:
        await eval_runner(app).stop()


router = APIRouter(lifespan=lifespan)

Runner = Annotated[EvalRunner, Depends(runner_of)]
Key = Annotated[VirtualKey, Depends(require_key)]


class JudgeBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    prompt: str = Field(min_length=1, max_length=64)
    version: str | int | None = None
    model: str | None = Field(default=None, min_length=1, max_length=200)
    votes: int = Field(default=1, ge=1, le=MAX_JUDGE_VOTES)


class EvalBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mode: Literal["check", "generate", "judge"] = "check"
    #: labeled records (check, judge), or records whose id, locale and variables are the facts (generate)
    records: list[Any] = Field(min_length=1, max_length=MAX_RECORDS)
    name: str = Field(default="", max_length=200)
    prompt_id: str = Field(default="push_copy", min_length=1, max_length=64)
    version: str | int | None = None
    #: generate with this alias instead of the version's own
    model: str | None = Field(default=None, min_length=1, max_length=200)
    #: "prompt": the judge step the version names (if any); "off": none; or this judge step (required by mode judge)
    judge: Literal["prompt", "off"] | JudgeBody = "prompt"
    samples: int = Field(default=5, ge=0, le=50)


def _parsed_records(body: EvalBody) -> list[Any]:
    parse = parse_generation_case if body.mode == "generate" else parse_labeled_record
    parsed: list[LabeledRecord | GenerationCase] = []
    problems: list[str] = []
    seen: set[str] = set()
    for index, raw in enumerate(body.records):
        try:
            record = parse(raw)
        except ValueError as error:
            problems.append(f"records[{index}]: {error}")
            continue
        if record.id in seen:
            problems.append(f"records[{index}]: duplicate id {record.id!r}")
        seen.add(record.id)
        parsed.append(record)
    if problems:
        shown = "; ".join(problems[:20]) + (f"; … {len(problems) - 20} more" if len(problems) > 20 else "")
        raise GatewayError(
            400, f"{len(problems)} invalid record(s): {shown}", "invalid_request_error", "invalid_records"
        )
    return parsed


def _judge_choice(judge: Literal["prompt", "off"] | JudgeBody) -> JudgeChoice:
    if isinstance(judge, JudgeBody):
        version = None if judge.version is None else str(judge.version)
        return JudgeStep(prompt_id=judge.prompt, version=version, model=judge.model, votes=judge.votes)
    return judge


@router.post(
    "/v1/evals",
    status_code=201,
    response_model=None,
    responses={
        201: json_answer(EvalRun, "A check run, with its report"),
        202: json_answer(EvalRun, "A generation or judge run, running (poll GET /v1/evals/{id})"),
        **ERRORS,
    },
)
async def create_eval(runner: Runner, key: Key, raw: Annotated[Any, Depends(read_json_body)]) -> JSONResponse:
    """Start a run: check runs answer 201 with the report; generation runs 202 while they run (poll the GET)."""
    body = validated_body(EvalBody, raw)
    records = _parsed_records(body)
    try:
        if body.mode == "check":
            run = await runner.run_check(key, CheckRunSpec(records=records, name=body.name))
            return JSONResponse(run, status_code=201)
        if body.mode == "judge":
            if not isinstance(body.judge, JudgeBody):
                message = "mode judge needs the judge step to run: judge: {prompt, version?, model?, votes}"
                raise GatewayError(400, message, "invalid_request_error", "invalid_request")
            step = _judge_choice(body.judge)
            assert isinstance(step, JudgeStep)
            run = await runner.start_judge_run(key, JudgeRunSpec(records=records, judge=step, name=body.name))
            return JSONResponse(run, status_code=202, headers={"Location": f"/v1/evals/{run['id']}"})
        spec = GenerationRunSpec(
            cases=records,
            prompt_id=body.prompt_id,
            version=None if body.version is None else str(body.version),
            model=body.model,
            judge=_judge_choice(body.judge),
            samples=body.samples,
            name=body.name,
        )
        run = await runner.start_generation(key, spec)
    except EvalRequestError as error:
        kind = "permission_error" if error.status == 403 else "invalid_request_error"
        raise GatewayError(error.status, str(error), kind, error.code) from None
    return JSONResponse(run, status_code=202, headers={"Location": f"/v1/evals/{run['id']}"})


@router.get("/v1/evals", response_model=None, responses={200: json_answer(EvalList), **ERRORS})
async def list_evals(runner: Runner, key: Key, limit: Annotated[int, Query(ge=1, le=200)] = 50) -> JSONResponse:
    """The tenant's newest runs first, without their per-record results."""
    return JSONResponse({"object": "list", "data": await runner.recent(key, limit)})


@router.get("/v1/evals/{run_id}", response_model=None, responses={200: json_answer(EvalRun), **ERRORS})
async def get_eval(run_id: str, runner: Runner, key: Key) -> JSONResponse:
    """One of the tenant's runs, with its report and per-record results (progress while it runs)."""
    run = await runner.get(key, run_id)
    if run is None:
        raise GatewayError(404, f"no eval run {run_id!r}", "invalid_request_error", "eval_not_found")
    return JSONResponse(run)
