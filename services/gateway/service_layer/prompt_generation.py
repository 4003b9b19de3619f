"""Prompt generation: pick a version (pinned, experiment arm or latest), render it, call the model through the
completion service, check the output, retry once, and fall back to the locale's template copy.

A notification is never blocked by an LLM: when the model is down, over budget, rate limited
or keeps failing the checks, the answer is the template copy with ``copy_source`` "template"
and a verdict that says why, so the failure stays visible.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, cast

from prometheus_client import REGISTRY, CollectorRegistry, Counter
from redis.exceptions import RedisError

from services.gateway.adapters.prompt_files import PromptCatalog
from services.gateway.adapters.redis_feedback import GenerationRecord, RedisFeedbackStore
from services.gateway.domain.input_screening import DELIMITER_NOTE, delimit_untrusted, screen_variables
from services.gateway.domain.judging import JudgeDecision, JudgeVote, decide, read_vote
from services.gateway.domain.keys import VirtualKey
from services.gateway.domain.output_checks import (
    BenefitsRule,
    CheckPolicy,
    Facts,
    UnparseableOutputError,
    Verdict,
    check_copy,
    facts_from_variables,
    parse_copy,
    reason_kind,
)
from services.gateway.domain.prompt_registry import (
    JudgeStep,
    PromptVersion,
    UnknownPromptError,
    UnsupportedLocaleError,
    render_fallback,
    render_messages,
    select_version,
)
from services.gateway.domain.quality import gate_outcome
from services.gateway.service_layer.adaptive_experiments import AdaptiveAllocator
from services.gateway.service_layer.completion import (
    CompletionError,
    CompletionOutcome,
    CompletionService,
    InvalidRequestError,
    LimitExceededError,
    ModelNotAllowedError,
    ProvidersUnavailableError,
    UnknownModelError,
)

log = logging.getLogger(__name__)

#: the model alias whose prompts are answered from template copy without calling any provider
TEMPLATE_ALIAS = "template"
#: LLM attempts per generation: the first, and one retry after a failed check
MAX_LLM_ATTEMPTS = 2


class PromptNotAllowedError(Exception):
    """The caller's virtual key may not use this prompt."""


class JudgeUnavailableError(Exception):
    """The judge step could not vote (its prompt is missing, its alias failed or answered from templates)."""


class PromptMetrics:
    """Verdicts and generations per prompt version (bounded labels: prompt ids and versions come from files)."""

    def __init__(self, registry: CollectorRegistry = REGISTRY) -> None:
        self.verdicts = Counter(
            "pulso_gateway_prompt_verdicts",
            "Output check verdicts per prompt version (passed / failed)",
            ["prompt_id", "version", "verdict"],
            registry=registry,
        )
        self.check_failures = Counter(
            "pulso_gateway_prompt_check_failures",
            "Output check failures per prompt version and check",
            ["prompt_id", "version", "check"],
            registry=registry,
        )
        self.generations = Counter(
            "pulso_gateway_prompt_generations",
            "Generations per prompt version and copy source (llm, cache, template)",
            ["prompt_id", "version", "copy_source"],
            registry=registry,
        )
        self.feedback = Counter(
            "pulso_gateway_feedback_signals",
            "Feedback signals by source (api, engagement) and outcome (recorded, duplicate, unknown_generation)",
            ["source", "signal", "outcome"],
            registry=registry,
        )
        self.file_rejections = Counter(
            "pulso_gateway_prompt_file_rejections",
            "Prompt files refused by the registry, by kind (invalid, immutable_version_changed)",
            ["kind"],
            registry=registry,
        )
        self.input_instructions = Counter(
            "pulso_gateway_prompt_input_instructions",
            "Instruction-like texts found in callers' variables and cut before templating, per prompt version",
            ["prompt_id", "version"],
            registry=registry,
        )
        self.gate = Counter(
            "pulso_gateway_prompt_gate",
            "Generations per prompt version by gate outcome (passed: model copy served; failed: it kept failing "
            "the checks or the judge; not_gated: no model copy was judged)",
            ["prompt_id", "version", "gate"],
            registry=registry,
        )
        self.judge_verdicts = Counter(
            "pulso_gateway_prompt_judge_verdicts",
            "Judging rounds per prompt version by verdict (approved, rejected)",
            ["prompt_id", "version", "verdict"],
            registry=registry,
        )
        self.signals = Counter(
            "pulso_gateway_prompt_signals",
            "Feedback signals counted per prompt version (open, click, ...), once per generation",
            ["prompt_id", "version", "signal"],
            registry=registry,
        )
        self.record_failures = Counter(
            "pulso_gateway_generation_record_failures",
            "Generations served but not recorded in Redis (their feedback cannot be attributed)",
            registry=registry,
        )


@dataclass(frozen=True)
class GenerationRequest:
    prompt_id: str
    variables: Mapping[str, Any]
    locale: str
    user_id: str
    version: str | None = None


@dataclass
class Generation:
    """The answer of POST /v1/prompts/{id}/generate."""

    generation_id: str
    prompt_id: str
    version: str
    arm: str | None
    output: dict[str, str]
    copy_source: str
    model: str
    provider: str
    verdict: Verdict
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    attempts: int = 0
    latency_ms: float = 0.0
    #: why template copy was served instead of model output (None when the model's copy was used)
    fallback_reason: str | None = None
    text: str = ""
    #: each judging round (one per attempt whose copy passed the checks), when the version has a judge step
    judge_rounds: list[JudgeDecision] = field(default_factory=list)
    #: instruction-like text found in the caller's variables and cut out before templating
    input_warnings: list[str] = field(default_factory=list)

    def to_response(self) -> dict[str, Any]:
        """The JSON body docs/architecture.md pins down."""
        return {
            "generation_id": self.generation_id,
            "prompt_id": self.prompt_id,
            "version": self.version,
            "arm": self.arm,
            "text": self.text,
            "output": self.output,
            "copy_source": self.copy_source,
            "model": self.model,
            "provider": self.provider,
            "usage": {"prompt_tokens": self.prompt_tokens, "completion_tokens": self.completion_tokens},
            "cost_usd": round(self.cost_usd, 10),
            "verdict": {"passed": self.verdict.passed, "reasons": list(self.verdict.reasons)},
        } | (
            ({"judge": [round_.to_dict() for round_ in self.judge_rounds]} if self.judge_rounds else {})
            | ({"input_warnings": list(self.input_warnings)} if self.input_warnings else {})
        )


#: the service's generation under a name that does not clash with the API's response model
PromptGeneration = Generation


def new_generation_id() -> str:
    return "gen_" + secrets.token_hex(12)


def _json_text(copy: Mapping[str, str]) -> str:
    return json.dumps(dict(copy), ensure_ascii=False)


def _delimited_messages(
    version: PromptVersion, locale: str, untrusted: Mapping[str, Any], as_is: Mapping[str, Any] | None = None
) -> list[dict[str, str]]:
    """The version's messages with callers' (already screened) variables delimited, and the system message
    telling the model to read delimited text as data; ``as_is`` variables go in undelimited.

    Raises the registry's errors for an unknown locale or a missing variable."""
    messages = render_messages(version, locale, {**delimit_untrusted(untrusted), **(as_is or {})})
    messages[0] = {**messages[0], "content": messages[0]["content"] + "\n" + DELIMITER_NOTE}
    return messages


@dataclass
class _Spend:
    """What the LLM attempts of one generation used, and why the ones that failed their checks were rejected."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    attempts: int = 0
    reasons: list[str] = field(default_factory=list)
    judge_rounds: list[JudgeDecision] = field(default_factory=list)

    def add(self, outcome: CompletionOutcome) -> None:
        self.prompt_tokens += outcome.usage.prompt_tokens
        self.completion_tokens += outcome.usage.completion_tokens
        self.cost_usd += outcome.cost_usd
        self.attempts += outcome.attempts

    def generation(
        self,
        version: PromptVersion,
        copy: dict[str, str],
        copy_source: str,
        model: str,
        provider: str,
        verdict: Verdict,
        fallback_reason: str | None = None,
    ) -> Generation:
        """The generation that serves ``copy``, carrying what was spent on it (id and arm are set by the caller)."""
        return Generation(
            generation_id="",
            prompt_id=version.prompt_id,
            version=version.version,
            arm=None,
            output=copy,
            text=_json_text(copy),
            copy_source=copy_source,
            model=model,
            provider=provider,
            verdict=verdict,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            cost_usd=self.cost_usd,
            attempts=self.attempts,
            fallback_reason=fallback_reason,
            judge_rounds=list(self.judge_rounds),
        )


@dataclass(frozen=True)
class JudgedCopy:
    """One judging round on given copy, with what its votes cost."""

    decision: JudgeDecision
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    latency_ms: float


def fallback_reason(error: CompletionError) -> str:
    """Why template copy replaced the model's, as ``code: message`` (the verdict's last reason)."""
    if isinstance(error, LimitExceededError):
        return f"{error.refusal.code}: {error.refusal.message}"
    if isinstance(error, UnknownModelError):
        # a prompt file naming an alias the routing config lacks: served, but said plainly
        return f"unknown_model: {error}"
    if isinstance(error, ProvidersUnavailableError | InvalidRequestError):
        return f"providers_unavailable: {error}"
    return f"completion_failed: {error}"


class PromptGenerator:
    """Runs generations for the prompts the files define."""

    def __init__(
        self,
        catalog: PromptCatalog,
        completion: CompletionService,
        feedback: RedisFeedbackStore,
        metrics: PromptMetrics,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        allocator: AdaptiveAllocator | None = None,
    ) -> None:
        self.catalog = catalog
        #: the current shares of adaptive experiments (None: fixed weights only)
        self.allocator = allocator
        self.completion = completion
        self.feedback = feedback
        self.metrics = metrics
        self._clock = clock
        self._monotonic = monotonic
        # the routing table is fixed for the process's life, so this is worked out once
        self._template_deployments = {
            deployment.name for deployment in completion.routing.deployments() if deployment.provider == "template"
        }

    def _count_verdict(self, version: PromptVersion, verdict: Verdict) -> None:
        self.metrics.verdicts.labels(version.prompt_id, version.version, "passed" if verdict.passed else "failed").inc()
        for reason in verdict.reasons:
            self.metrics.check_failures.labels(version.prompt_id, version.version, reason_kind(reason)).inc()

    async def generate(self, key: VirtualKey, request: GenerationRequest) -> Generation:
        """One generation, recorded for feedback attribution. Raises the registry's errors for bad requests."""
        started = self._monotonic()
        await self.catalog.refresh()
        if not key.may_use_prompt(request.prompt_id):
            raise PromptNotAllowedError(f"this key may not use prompt {request.prompt_id!r}")
        shares = None
        if request.version is None and self.allocator is not None:
            experiment = self.catalog.registry.experiment(request.prompt_id)
            if experiment is not None and experiment.adaptive is not None:
                current = await self.allocator.shares(key.tenant, request.prompt_id, experiment)
                shares = current.shares if current is not None else None
        selection = select_version(
            self.catalog.registry, request.prompt_id, request.user_id, request.version, shares=shares
        )
        return await self.generate_version(key, selection.version, selection.arm, request, started)

    async def generate_version(
        self,
        key: VirtualKey,
        version: PromptVersion,
        arm: str | None,
        request: GenerationRequest,
        started: float | None = None,
        record: bool = True,
    ) -> Generation:
        """A generation from a version already chosen (evaluations pass one with another alias or judge step).

        ``record=False`` keeps it out of the feedback records, experiment counters and the prompt verdict and
        generation metrics (an evaluation is not traffic).
        """
        started = self._monotonic() if started is None else started
        # Untrusted text is screened before templating: instruction-like text in a seller title is
        # cut out (never shown to the model, the judges or the template copy) and reported.
        screened = screen_variables(request.variables)
        request = replace(request, variables=screened.variables)
        generation_id = new_generation_id()
        if screened.findings:
            self.metrics.input_instructions.labels(version.prompt_id, version.version).inc(len(screened.findings))
            log.warning(
                "instruction-like input cut before templating %s v%s: %s",
                version.prompt_id,
                version.version,
                "; ".join(finding.reason() for finding in screened.findings),
                extra={"generation_id": generation_id, "reason": "input_instruction"},
            )
        # Render both the prompt and the fallback first: a missing variable is the caller's
        # error (4xx) and must surface before anything is spent.
        messages = _delimited_messages(version, request.locale, request.variables)
        fallback = render_fallback(version, request.locale, request.variables)
        facts = facts_from_variables(request.variables)
        policy = CheckPolicy(
            locale=request.locale,
            title_max=version.limits.title_max,
            body_max=version.limits.body_max,
            banned_phrases=version.banned_for(request.locale),
            required_facts=version.required_facts,
            benefits=cast(BenefitsRule | None, version.benefits_rule),
        )
        generation = await self._produce(
            key, version, request, messages, fallback, facts, policy, generation_id, count_verdicts=record
        )
        generation.generation_id = generation_id
        generation.input_warnings = [finding.reason() for finding in screened.findings]
        generation.arm = arm
        generation.latency_ms = round((self._monotonic() - started) * 1000, 3)
        if record:
            self.metrics.generations.labels(version.prompt_id, version.version, generation.copy_source).inc()
            gate = gate_outcome(generation.copy_source, generation.fallback_reason)
            self.metrics.gate.labels(version.prompt_id, version.version, gate).inc()
            for round_ in generation.judge_rounds:
                verdict = "approved" if round_.approved else "rejected"
                self.metrics.judge_verdicts.labels(version.prompt_id, version.version, verdict).inc()
            await self._record(key, request, generation)
        return generation

    async def _produce(
        self,
        key: VirtualKey,
        version: PromptVersion,
        request: GenerationRequest,
        messages: list[dict[str, str]],
        fallback: dict[str, str],
        facts: Facts,
        policy: CheckPolicy,
        generation_id: str,
        count_verdicts: bool = True,
    ) -> Generation:
        if version.model == TEMPLATE_ALIAS:
            return self._template(version, fallback, facts, policy, _Spend(), reason=None)
        spend = _Spend()
        conversation: list[dict[str, str]] = list(messages)
        for attempt in range(1, MAX_LLM_ATTEMPTS + 1):
            try:
                outcome = await self.completion.complete(
                    key=key,
                    model=version.model,
                    messages=conversation,
                    params=dict(version.parameters),
                    prompt_ref=(version.prompt_id, version.version),
                    # the retry must not be answered from the cache with the same rejected text
                    cache_mode="default" if attempt == 1 else "bypass",
                )
            except ModelNotAllowedError:
                raise  # the key's configuration, not a transient failure: the caller must see it
            except CompletionError as error:
                return self._template(version, fallback, facts, policy, spend, reason=fallback_reason(error))
            spend.add(outcome)
            if outcome.provider in self._template_deployments:
                # The alias itself is (or fell back to) the no-network template deployment.
                reason = None if outcome.fallbacks == 0 else "providers_unavailable: served by the template deployment"
                return self._template(version, fallback, facts, policy, spend, reason=reason, provider=outcome.provider)
            try:
                copy = parse_copy(outcome.text, version.output_fields)
                verdict = check_copy(copy, facts, policy)
            except UnparseableOutputError as error:
                copy, verdict = {}, Verdict.of([f"unparseable_output: {error}"])
            if count_verdicts:
                self._count_verdict(version, verdict)
            if verdict.passed and version.judge is not None:
                # Only copy the heuristics passed is judged: the vote can hold copy back, never let it through.
                try:
                    decision = await self._judge(key, version.judge, request, copy, spend)
                except JudgeUnavailableError as error:
                    return self._template(version, fallback, facts, policy, spend, reason=f"judge_unavailable: {error}")
                if not decision.approved:
                    verdict = Verdict.of([decision.rejection_reason()])
            if verdict.passed:
                source = "cache" if outcome.cache == "hit" else "llm"
                return spend.generation(version, copy, source, outcome.model, outcome.provider, verdict)
            log.info(
                "copy from %s v%s failed checks (attempt %d): %s",
                version.prompt_id,
                version.version,
                attempt,
                "; ".join(verdict.reasons),
                extra={"generation_id": generation_id, "reason": "checks_failed"},
            )
            spend.reasons += [f"attempt {attempt}: {reason}" for reason in verdict.reasons]
            conversation = [
                *messages,
                {"role": "assistant", "content": outcome.text},
                {
                    "role": "user",
                    "content": "That answer was rejected: "
                    + "; ".join(verdict.reasons)
                    + ". Answer again with only the JSON object, using only the facts listed above.",
                },
            ]
        return self._template(version, fallback, facts, policy, spend, reason="checks_failed")

    async def judge_copy(
        self, key: VirtualKey, step: JudgeStep, request: GenerationRequest, copy: Mapping[str, str]
    ) -> JudgedCopy:
        """The judge step on copy written elsewhere (an evaluation of the judge itself on labeled copy).

        The variables are screened as for a generation. Raises JudgeUnavailableError when the judges
        cannot vote.
        """
        started = self._monotonic()
        screened = screen_variables(request.variables)
        spend = _Spend()
        decision = await self._judge(key, step, replace(request, variables=screened.variables), copy, spend)
        return JudgedCopy(
            decision=decision,
            prompt_tokens=spend.prompt_tokens,
            completion_tokens=spend.completion_tokens,
            cost_usd=spend.cost_usd,
            latency_ms=round((self._monotonic() - started) * 1000, 3),
        )

    async def _judge(
        self,
        key: VirtualKey,
        step: JudgeStep,
        request: GenerationRequest,
        copy: Mapping[str, str],
        spend: _Spend,
    ) -> JudgeDecision:
        """``step.votes`` judge calls on the copy and the facts, at once; their tokens and cost go on ``spend``."""
        try:
            judge = self.catalog.registry.version_or_latest(step.prompt_id, step.version)
            # the judges read seller text delimited, like the model did (it is already screened)
            messages = _delimited_messages(judge, request.locale, request.variables, {"copy": dict(copy)})
        except (UnknownPromptError, UnsupportedLocaleError) as error:
            raise JudgeUnavailableError(str(error)) from None
        model = step.model or judge.model
        base_seed = judge.parameters.get("seed", 0)

        async def vote(index: int) -> CompletionOutcome:
            # A seed per vote: N identical requests would otherwise be N copies of one answer (or one cache hit).
            params = {**judge.parameters, "seed": int(base_seed) + index}
            return await self.completion.complete(
                key=key, model=model, messages=messages, params=params, prompt_ref=(judge.prompt_id, judge.version)
            )

        results = await asyncio.gather(*(vote(index) for index in range(step.votes)), return_exceptions=True)
        votes: list[JudgeVote] = []
        failure: BaseException | None = None
        for result in results:
            if isinstance(result, ModelNotAllowedError):
                raise result
            if isinstance(result, CompletionError):
                failure = result
                continue
            if isinstance(result, BaseException):
                raise result
            spend.add(result)
            if result.provider in self._template_deployments:
                failure = JudgeUnavailableError(f"alias {model!r} answered from the template deployment")
                continue
            votes.append(read_vote(result.text, result.model))
        if failure is not None:
            reason = fallback_reason(failure) if isinstance(failure, CompletionError) else str(failure)
            raise JudgeUnavailableError(reason)
        decision = decide(votes)
        spend.judge_rounds.append(decision)
        return decision

    def _template(
        self,
        version: PromptVersion,
        fallback: dict[str, str],
        facts: Facts,
        policy: CheckPolicy,
        spend: _Spend,
        reason: str | None,
        provider: str = TEMPLATE_ALIAS,
    ) -> Generation:
        """The template copy, with a verdict on that copy and reasons saying why it replaced the model's.

        ``passed`` describes the copy served (callers read it as "usable"); ``copy_source`` "template"
        and the reasons (failed attempts, ``budget_exceeded``, ``providers_unavailable``...) keep the
        fallback and its cause visible. Only template copy that fails its own checks (a prompt-file
        bug) is ``passed: false``.
        """
        own = check_copy(fallback, facts, policy)
        if not own.passed:
            # Template copy is ours: a failure here is a prompt-file bug, logged loudly, still served.
            log.error(
                "fallback copy of %s v%s fails its own checks: %s", version.prompt_id, version.version, own.reasons
            )
        reasons = list(spend.reasons)
        if reason is not None and reason != "checks_failed":
            reasons.append(reason)
        reasons += [f"fallback_copy: {r}" for r in own.reasons]
        verdict = Verdict(passed=own.passed, reasons=tuple(reasons))
        return spend.generation(version, fallback, "template", version.model, provider, verdict, fallback_reason=reason)

    async def _record(self, key: VirtualKey, request: GenerationRequest, generation: Generation) -> None:
        record = GenerationRecord(
            generation_id=generation.generation_id,
            tenant=key.tenant,
            key_id=key.id,
            prompt_id=generation.prompt_id,
            version=generation.version,
            arm=generation.arm,
            locale=request.locale,
            copy_source=generation.copy_source,
            model=generation.model,
            cost_usd=generation.cost_usd,
            passed=generation.verdict.passed,
            created_at=self._clock(),
            gate=gate_outcome(generation.copy_source, generation.fallback_reason),
            judge_approved=sum(round_.approved for round_ in generation.judge_rounds),
            judge_rejected=sum(not round_.approved for round_ in generation.judge_rounds),
        )
        try:
            await self.feedback.record_generation(record)
        except (RedisError, OSError) as error:
            # The copy is still served (a push must not wait on Redis); its feedback cannot be attributed.
            self.metrics.record_failures.inc()
            log.error(
                "generation not recorded: %s",
                error,
                extra={"generation_id": generation.generation_id, "reason": "redis"},
            )
