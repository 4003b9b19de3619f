"""Evaluation runs: the copy gate on labeled copy (check), or a prompt version × model alias over a set's facts
(generate); each run kept per tenant in Redis and as a JSON file.

A check run is computed at once. A generation run is validated at once (prompt, version, aliases, every
record renders) so bad input is a 4xx before anything is spent; then it runs in the background, one
generation after the other through the normal generate flow (checks, retry, judge, fallback), with its
progress visible in the run document until the report replaces it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import re
import secrets
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

from services.gateway.adapters.eval_files import write_result_file
from services.gateway.adapters.redis_evals import RedisEvalStore
from services.gateway.domain.copy_eval import (
    GenerationCase,
    GenerationResult,
    JudgedRecord,
    LabeledRecord,
    check_record,
    score_results,
    summarize_generations,
    summarize_judge_run,
)
from services.gateway.domain.input_screening import VariablesTooLongError, check_variables_length
from services.gateway.domain.keys import VirtualKey
from services.gateway.domain.prompt_registry import (
    JudgeStep,
    MissingVariableError,
    PromptVersion,
    TemplateRenderError,
    UnknownPromptError,
    UnsupportedLocaleError,
    render_fallback,
    render_messages,
)
from services.gateway.service_layer.prompt_generation import (
    GenerationRequest,
    JudgeUnavailableError,
    PromptGenerator,
)

log = logging.getLogger(__name__)

#: a running run whose progress is older than this is shown as failed (its process died)
STALE_AFTER_S = 600.0
ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")

#: the judge of a generation run: as the prompt version says, none, or this one
JudgeChoice = Literal["prompt", "off"] | JudgeStep


class EvalRequestError(Exception):
    """The run cannot start; ``status`` and ``code`` say how the API answers."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class CheckRunSpec:
    records: Sequence[LabeledRecord]
    name: str = ""


@dataclass(frozen=True)
class JudgeRunSpec:
    """The judge step on labeled copy: its vote, the gate's verdict and both together against the labels."""

    records: Sequence[LabeledRecord]
    judge: JudgeStep
    name: str = ""


@dataclass(frozen=True)
class GenerationRunSpec:
    cases: Sequence[GenerationCase]
    prompt_id: str
    version: str | None = None
    #: the alias to generate with instead of the version's own
    model: str | None = None
    judge: JudgeChoice = "prompt"
    samples: int = 5
    name: str = ""


def new_run_id() -> str:
    return "eval_" + secrets.token_hex(10)


def _file_safe(tenant: str) -> str:
    # readable, and distinct for tenants whose names differ only in characters a file name cannot hold
    readable = re.sub(r"[^A-Za-z0-9_.-]", "_", tenant)[:40] or "tenant"
    return f"{readable}-{hashlib.sha256(tenant.encode()).hexdigest()[:8]}"


def run_listing(run: dict[str, Any]) -> dict[str, Any]:
    """A run without its per-record results: what the list shows."""
    return {name: value for name, value in run.items() if name != "results"}


class EvalRunner:
    """Starts, runs and keeps evaluation runs for the tenants' keys."""

    def __init__(
        self,
        generator: PromptGenerator,
        store: RedisEvalStore,
        results_dir: Path | None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.generator = generator
        self.store = store
        self.results_dir = results_dir
        self._clock = clock
        self._tasks: set[asyncio.Task[None]] = set()

    # --- check ---------------------------------------------------------------------------

    async def run_check(self, key: VirtualKey, spec: CheckRunSpec) -> dict[str, Any]:
        """The gate on each record's copy against its label; done when this returns."""
        results = [check_record(record) for record in spec.records]
        report = score_results(results)
        run = self._new_run(key, "check", spec.name, total=len(results))
        run.update(
            status="done",
            finished_at=self._clock(),
            prompt_id=spec.records[0].prompt_id if spec.records else None,
            progress={"done": len(results), "total": len(results)},
            summary=report.to_dict(),
            results=[result.to_dict() for result in results],
        )
        await self._finish(key, run)
        return run

    # --- generate ------------------------------------------------------------------------

    async def start_generation(self, key: VirtualKey, spec: GenerationRunSpec) -> dict[str, Any]:
        """Validate the run, save it as running and start it in the background; the run document is returned."""
        version = await self._version_for(key, spec)
        run = self._new_run(key, "generate", spec.name, total=len(spec.cases))
        run.update(
            prompt_id=version.prompt_id,
            version=version.version,
            model=version.model,
            judge=version.judge.to_dict() if version.judge else None,
        )
        return await self._start(key, run, lambda: self._generate_all(key, version, spec, run))

    async def _start(
        self, key: VirtualKey, run: dict[str, Any], work: Callable[[], Coroutine[Any, Any, None]]
    ) -> dict[str, Any]:
        """Save the run as running, then do its ``work`` in the background; the run document is returned."""
        await self._save(key, run)
        task = asyncio.create_task(work(), name=f"eval-{run['id']}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return run

    async def _version_for(self, key: VirtualKey, spec: GenerationRunSpec) -> PromptVersion:
        """The version to run (alias and judge replaced as asked), after checking everything a run needs."""
        if not key.may_use_prompt(spec.prompt_id):
            raise EvalRequestError(403, "prompt_not_allowed", f"this key may not use prompt `{spec.prompt_id}`")
        catalog = self.generator.catalog
        await catalog.refresh()
        try:
            version = catalog.registry.version_or_latest(spec.prompt_id, spec.version)
        except UnknownPromptError as error:
            raise EvalRequestError(404, "prompt_not_found", str(error)) from None
        judge = version.judge if spec.judge == "prompt" else None if spec.judge == "off" else spec.judge
        version = dataclasses.replace(version, model=spec.model or version.model, judge=judge)
        self._check_alias(key, version.model)
        if judge is not None:
            await self._judge_version(key, judge)
        problems = []
        for index, case in enumerate(spec.cases):
            try:
                check_variables_length(case.variables)
                render_messages(version, case.locale, case.variables)
                render_fallback(version, case.locale, case.variables)
            except (MissingVariableError, TemplateRenderError, UnsupportedLocaleError, VariablesTooLongError) as error:
                problems.append(f"records[{index}] ({case.id}): {error}")
        if problems:
            shown = "; ".join(problems[:20]) + (f"; … {len(problems) - 20} more" if len(problems) > 20 else "")
            raise EvalRequestError(400, "invalid_records", f"{len(problems)} record(s) cannot be generated: {shown}")
        return version

    def _check_alias(self, key: VirtualKey, alias: str) -> None:
        if self.generator.completion.routing.alias(alias) is None and alias != "template":
            raise EvalRequestError(404, "model_not_found", f"the model `{alias}` does not exist")
        if not key.may_use_model(alias):
            raise EvalRequestError(403, "model_not_allowed", f"this key may not use the model `{alias}`")

    async def _generate_all(
        self, key: VirtualKey, version: PromptVersion, spec: GenerationRunSpec, run: dict[str, Any]
    ) -> None:
        results: list[GenerationResult] = []

        async def generate(case: GenerationCase) -> GenerationResult:
            request = GenerationRequest(
                prompt_id=version.prompt_id,
                variables=case.variables,
                locale=case.locale,
                user_id=f"{run['id']}:{case.id}",
                version=version.version,
            )
            generation = await self.generator.generate_version(key, version, None, request, record=False)
            return GenerationResult(
                id=case.id,
                locale=case.locale,
                copy_source=generation.copy_source,
                reasons=generation.verdict.reasons,
                output=generation.output,
                prompt_tokens=generation.prompt_tokens,
                completion_tokens=generation.completion_tokens,
                cost_usd=generation.cost_usd,
                latency_ms=generation.latency_ms,
                judge_rounds=tuple(round_.to_dict() for round_ in generation.judge_rounds),
            )

        await self._run_each(key, run, spec.cases, generate, results)
        if run["status"] == "running":
            run.update(
                status="done",
                summary=summarize_generations(results, spec.samples),
                results=[result.to_dict() for result in results],
            )
        run["finished_at"] = self._clock()
        await self._finish(key, run)

    # --- judge ---------------------------------------------------------------------------

    async def start_judge_run(self, key: VirtualKey, spec: JudgeRunSpec) -> dict[str, Any]:
        """Validate the judge step and the records, save the run as running and start it in the background."""
        judge_version = await self._judge_version(key, spec.judge)
        problems = []
        for index, record in enumerate(spec.records):
            variables = {**record.variables, "copy": record.copy_text.as_mapping()}
            try:
                check_variables_length(variables)
                render_messages(judge_version, record.locale, variables)
            except (MissingVariableError, TemplateRenderError, UnsupportedLocaleError, VariablesTooLongError) as error:
                problems.append(f"records[{index}] ({record.id}): {error}")
        if problems:
            raise EvalRequestError(400, "invalid_records", f"{len(problems)} record(s) cannot be judged: {problems[0]}")
        run = self._new_run(key, "judge", spec.name, total=len(spec.records))
        run.update(
            prompt_id=judge_version.prompt_id,
            version=judge_version.version,
            model=spec.judge.model or judge_version.model,
            judge=spec.judge.to_dict(),
        )
        return await self._start(key, run, lambda: self._judge_all(key, spec, run))

    async def _judge_version(self, key: VirtualKey, step: JudgeStep) -> PromptVersion:
        catalog = self.generator.catalog
        await catalog.refresh()
        try:
            version = catalog.registry.version_or_latest(step.prompt_id, step.version)
        except UnknownPromptError as error:
            raise EvalRequestError(404, "prompt_not_found", f"judge: {error}") from None
        self._check_alias(key, step.model or version.model)
        return version

    async def _judge_all(self, key: VirtualKey, spec: JudgeRunSpec, run: dict[str, Any]) -> None:
        rows: list[JudgedRecord] = []

        async def judge(record: LabeledRecord) -> JudgedRecord:
            gate = check_record(record)
            request = GenerationRequest(
                prompt_id=spec.judge.prompt_id,
                variables=record.variables,
                locale=record.locale,
                user_id=f"{run['id']}:{record.id}",
            )
            try:
                judged = await self.generator.judge_copy(key, spec.judge, request, record.copy_text.as_mapping())
            except JudgeUnavailableError as error:
                return JudgedRecord(gate=gate, approved=None, round={}, error=str(error))
            return JudgedRecord(
                gate=gate,
                approved=judged.decision.approved,
                round=judged.decision.to_dict(),
                prompt_tokens=judged.prompt_tokens,
                completion_tokens=judged.completion_tokens,
                cost_usd=judged.cost_usd,
                latency_ms=judged.latency_ms,
            )

        await self._run_each(key, run, spec.records, judge, rows)
        if run["status"] == "running":
            run.update(
                status="done",
                summary=summarize_judge_run(rows),
                results=[row.to_dict() for row in rows],
            )
        run["finished_at"] = self._clock()
        await self._finish(key, run)

    async def _run_each(
        self,
        key: VirtualKey,
        run: dict[str, Any],
        items: Sequence[ItemT],
        step: Callable[[ItemT], Awaitable[ResultT]],
        results: list[ResultT],
    ) -> None:
        """``step`` on each item in turn, progress saved after each; a failure ends the run as failed."""
        try:
            for item in items:
                results.append(await step(item))
                run["progress"] = {"done": len(results), "total": len(items)}
                await self._save(key, run)
        except asyncio.CancelledError:
            run.update(status="failed", error="the gateway stopped before the run finished", finished_at=self._clock())
            await self._finish(key, run)
            raise
        except Exception as error:  # a run must end as failed, with its reason, whatever broke it
            log.exception("eval run %s failed", run["id"], extra={"reason": "eval_failed"})
            run.update(status="failed", error=f"{type(error).__name__}: {error}")

    # --- keeping runs --------------------------------------------------------------------

    def _new_run(self, key: VirtualKey, mode: str, name: str, total: int) -> dict[str, Any]:
        return {
            "id": new_run_id(),
            "object": "eval.run",
            "name": name,
            "mode": mode,
            "status": "running",
            "error": None,
            "tenant": key.tenant,
            "key_id": key.id,
            "created_at": self._clock(),
            "finished_at": None,
            "prompt_id": None,
            "version": None,
            "model": None,
            "judge": None,
            "progress": {"done": 0, "total": total},
            "summary": None,
        }

    async def _finish(self, key: VirtualKey, run: dict[str, Any]) -> None:
        if self.results_dir is not None:
            path = self.results_dir / _file_safe(key.tenant) / f"{run['id']}.json"
            try:
                await asyncio.to_thread(write_result_file, path, run)
                run["file"] = str(path)
            except OSError as error:
                log.error("eval run %s: result file not written: %s", run["id"], error, extra={"reason": "io"})
        await self._save(key, run)

    async def _save(self, key: VirtualKey, run: dict[str, Any]) -> None:
        run["updated_at"] = self._clock()
        await self.store.save(key.tenant, run)

    def _seen_alive(self, run: dict[str, Any]) -> dict[str, Any]:
        """A running run with no progress for STALE_AFTER_S is shown as failed: the process running it died.

        (A graceful stop marks its runs failed itself; a killed one cannot.) Each record saves progress,
        and one generation is bounded by its deadlines far below this.
        """
        updated = run.get("updated_at") or run.get("created_at") or 0.0
        if run.get("status") == "running" and self._clock() - float(updated) > STALE_AFTER_S:
            error = f"no progress for over {STALE_AFTER_S:.0f} s: the gateway process running it stopped"
            return {**run, "status": "failed", "error": error}
        return run

    async def get(self, key: VirtualKey, run_id: str) -> dict[str, Any] | None:
        run = await self.store.get(key.tenant, run_id)
        return None if run is None else self._seen_alive(run)

    async def recent(self, key: VirtualKey, limit: int) -> list[dict[str, Any]]:
        return [run_listing(self._seen_alive(run)) for run in await self.store.recent(key.tenant, limit)]

    async def stop(self) -> None:
        """Cancel running generation runs (each is saved as failed, with the reason)."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
