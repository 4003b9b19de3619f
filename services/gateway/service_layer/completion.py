"""The completion service: every LLM call of the gateway goes through here, whatever route asked for it.

One call: check the model and the key's limits (atomic in Redis), try the response cache,
route across the alias's deployments (retries with jittered backoff, Retry-After, circuit
breakers, fallback, one deadline), then account tokens and cost off the request path.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from services.gateway.adapters.provider_base import ImagesProvider
from services.gateway.adapters.providers import (
    EmbeddingReply,
    Provider,
    ProviderError,
    ProviderRejectedRequest,
    ProviderReply,
    StreamPiece,
)
from services.gateway.adapters.redis_cache import CachedAnswer, CachedEmbeddings, RedisResponseCache
from services.gateway.adapters.redis_limits import RedisLimits
from services.gateway.adapters.redis_semantic_cache import RedisSemanticCache
from services.gateway.adapters.redis_usage import UsageEvent, UsageRecorder
from services.gateway.domain.adaptive_routing import AdaptiveWeights
from services.gateway.domain.breaker import CircuitBreaker
from services.gateway.domain.cache_keys import CacheMode, cache_key, embedding_cache_key, may_cache
from services.gateway.domain.chat_format import streamed_choices
from services.gateway.domain.chat_params import (
    COMMON_CHAT_PARAMS,
    OPENAI_CHAT_FIELDS,
    OPENAI_SHAPED,
    chat_params_refusal,
    conversation_features,
    requested_params,
)
from services.gateway.domain.embedding_formats import MAX_INPUT_CHARS, dimensions_refusal, embeddings_refusal
from services.gateway.domain.embedding_formats import SUPPORTED_PARAMS as NATIVE_EMBEDDING_PARAMS
from services.gateway.domain.images import GeneratedImage, ImageOperation, ImageReply, ImageRequest, images_refusal
from services.gateway.domain.keys import VirtualKey
from services.gateway.domain.limits import LimitRefusal, Windows, windows_at
from services.gateway.domain.pricing import PriceTable, Usage
from services.gateway.domain.routing import Alias, Deployment, RoutingTable, attempt_order, backoff_s
from services.gateway.domain.semantic_cache import best_match, query_text, scope_of
from services.gateway.domain.tokens import estimate_prompt_tokens, estimate_text_tokens
from services.gateway.instruments import GatewayMetrics

log = logging.getLogger(__name__)

#: what one provider call of a route produces (a reply, or a stream's first pieces)
Result = TypeVar("Result")
#: what the response cache stores (a chat answer or embeddings)
Stored = TypeVar("Stored", CachedAnswer, CachedEmbeddings)

#: completion tokens reserved against a budget when the request sets no max_tokens
DEFAULT_COMPLETION_RESERVE = 256
#: no attempt starts with less time than this before the deadline: it could not get an answer, only
#: cost a provider call. (uvloop's timers tick in milliseconds and fire up to ~1 ms early, so an attempt
#: cut by the deadline used to leave a sliver of time in which the next deployment was called in vain.)
MIN_ATTEMPT_S = 0.005
#: distinct (alias, parameter set) routing answers kept; callers use a handful, the bound is against abuse
MAX_MEMOIZED_PARAM_SETS = 4096


class CompletionError(Exception):
    """Base of what the completion service refuses or fails with; each subclass maps to one HTTP answer."""


class UnknownModelError(CompletionError):
    """No alias with that name."""


class ModelNotAllowedError(CompletionError):
    """The key may not use that alias."""


class LimitExceededError(CompletionError):
    """A rate limit or budget of the key refused the request."""

    def __init__(self, refusal: LimitRefusal) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal


class InvalidRequestError(CompletionError):
    """The provider rejected the request itself (e.g. too long for the model); another deployment won't help."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class NotServedError(InvalidRequestError):
    """No deployment of the alias can serve this request (its route, or a parameter it sets): a 400 with ``code``."""

    code = "model_cannot_serve"

    def __init__(self, message: str) -> None:
        super().__init__(message, 400)


class NoEmbeddingsError(NotServedError):
    """The alias has no deployment that answers embeddings (e.g. only Anthropic or template deployments)."""

    code = "model_serves_no_embeddings"


class ParameterNotServedError(NotServedError):
    """The request sets a parameter no deployment of the alias honours; the message names it."""

    code = "unsupported_parameter"


class NoImagesError(NotServedError):
    """The alias has no deployment that answers this images operation (e.g. only chat deployments)."""

    code = "model_serves_no_images"


class ProvidersUnavailableError(CompletionError):
    """Every deployment of the alias failed or was skipped by its breaker."""

    def __init__(self, message: str, attempts: int) -> None:
        super().__init__(message)
        self.attempts = attempts


class DeadlineExceededError(ProvidersUnavailableError):
    """The request's deadline passed before any deployment answered."""


class StreamInterruptedError(CompletionError):
    """A stream failed after its first token; the text sent so far cannot be taken back."""


@dataclass(frozen=True, kw_only=True)
class RoutedOutcome:
    """What every call routed across an alias's deployments reports, whatever it produced."""

    #: the alias the caller asked for
    model: str
    #: deployment name that served (for a cache hit: the one that served originally)
    provider: str
    provider_model: str
    attempts: int
    cost_usd: float
    overhead_ms: float
    #: time spent waiting on providers, including backoff between attempts
    upstream_ms: float
    fallbacks: int = 0


@dataclass(frozen=True, kw_only=True)
class CompletionOutcome(RoutedOutcome):
    """What one completion produced and what it cost."""

    text: str
    finish_reason: str
    #: "hit" | "semantic" (a stored answer to a paraphrase) | "miss" | "bypass"
    cache: str
    usage: Usage
    #: the provider's own choices when they carry more than text (``ProviderReply.choices``), else None
    choices: list[dict[str, Any]] | None = None
    #: the provider's ``system_fingerprint`` and ``service_tier`` when it answered them
    answer_fields: dict[str, str] | None = None


@dataclass(frozen=True, kw_only=True)
class EmbeddingOutcome(RoutedOutcome):
    """What one embeddings call produced and what it cost."""

    #: one vector per input, in input order
    vectors: list[list[float]]
    #: "hit" | "miss" | "bypass"
    cache: str
    usage: Usage


@dataclass(frozen=True, kw_only=True)
class ImageOutcome(RoutedOutcome):
    """What one images call produced and what it cost."""

    images: list[GeneratedImage]


@dataclass
class _Admission:
    """One admitted request: what was reserved against the key, and what accounting and the cache need later."""

    key: VirtualKey
    alias: Alias
    prompt_ref: tuple[str, str] | None
    windows: Windows
    now_epoch_s: float
    reserved_tokens: int
    reserved_cost_usd: float
    started: float
    cache_key: str | None
    cache_status: str
    #: the response cache's stored answer for this request, read together with admission (None: no entry)
    cached_raw: str | bytes | None = None
    #: time spent waiting on providers (attempts and backoff); a stream adds its reading time
    upstream_s: float = 0.0
    #: the semantic cache's scope and the request's embedding, set when a lookup missed (the answer is stored there)
    semantic_scope: str | None = None
    semantic_vector: list[float] | None = None


@dataclass
class _RouteState:
    """Attempts and failures of one request across deployments."""

    attempts: int = 0
    failures: list[str] = field(default_factory=list)
    upstream_s: float = 0.0
    #: an attempt ran out of time because the request's deadline, not the deployment's timeout, cut it
    cut_by_deadline: bool = False

    def deadline_exceeded(self) -> DeadlineExceededError:
        """The error for a request whose deadline passed, naming every failure so far."""
        return DeadlineExceededError(
            "deadline exceeded before a provider answered: " + "; ".join(self.failures), self.attempts
        )


class CompletionService:
    """Completions for every route of the gateway (chat API, prompt generation, playground)."""

    def __init__(
        self,
        *,
        routing: RoutingTable,
        prices: PriceTable,
        providers: dict[str, Provider],
        limits: RedisLimits,
        cache: RedisResponseCache,
        usage: UsageRecorder,
        metrics: GatewayMetrics,
        semantic_cache: RedisSemanticCache | None = None,
        default_deadline_s: float = 60.0,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.routing = routing
        self.prices = prices
        self.providers = providers
        self.limits = limits
        self.cache = cache
        self.semantic_cache = semantic_cache
        self.usage = usage
        self.metrics = metrics
        self.default_deadline_s = default_deadline_s
        self._clock = clock
        self._monotonic = monotonic
        self._rng = rng or random.Random()
        self.breakers = {name: CircuitBreaker(routing.breaker) for name in providers}
        #: measured latency and errors per deployment → the weights within a priority (when enabled)
        self.adaptive = AdaptiveWeights(routing.adaptive, routing.aliases.values())
        self._exported_weights: Mapping[str, float] | None = None
        #: each alias with only its deployments that answer embeddings: an embeddings request never reaches
        #: (nor counts as a failure against the breaker of) a chat-only deployment such as Anthropic's
        self._embedding_aliases = {
            name: replace(
                alias,
                deployments=tuple(d for d in alias.deployments if embeddings_refusal(d.provider, d.model) is None),
            )
            for name, alias in routing.aliases.items()
        }
        #: the same for each images operation: a chat-only deployment is passed over, not called and counted failed
        self._image_aliases = {
            (name, operation): replace(
                alias,
                deployments=tuple(
                    d for d in alias.deployments if images_refusal(d.provider, d.model, operation) is None
                ),
            )
            for name, alias in routing.aliases.items()
            for operation in ("generate", "edit")
        }
        #: (alias, parameters set) → the alias with the deployments that honour them, or why none does
        self._chat_aliases: dict[tuple[str, frozenset[str], frozenset[str]], Alias | str] = {}
        #: the fields the chat route takes: OpenAI's, and every deployment's ``extra_params``
        self.chat_fields = OPENAI_CHAT_FIELDS.union(*(d.extra_params for d in routing.deployments()))
        #: aliases with a deployment that carries text turns only (native or template): their messages are read
        self._text_only_aliases = frozenset(
            name
            for name, alias in routing.aliases.items()
            if any(d.provider not in OPENAI_SHAPED for d in alias.deployments)
        )
        self._background: set[asyncio.Task[None]] = set()
        for name in providers:
            metrics.breaker_state.labels(name).set(0)

    def models(self) -> list[str]:
        """Alias names, sorted."""
        return sorted(self.routing.aliases)

    async def close(self) -> None:
        """Wait for background cache writes and close provider clients."""
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        for provider in self.providers.values():
            await provider.close()

    # -- admission -------------------------------------------------------------------------

    def _alias_for(self, key: VirtualKey, model: str) -> Alias:
        alias = self.routing.alias(model)
        if alias is None:
            raise UnknownModelError(f"The model `{model}` does not exist")
        if not key.may_use_model(model):
            raise ModelNotAllowedError(f"This key may not use the model `{model}`")
        return alias

    async def _admit(
        self,
        key: VirtualKey,
        model: str,
        messages: list[dict[str, Any]],
        params: dict[str, Any],
        prompt_ref: tuple[str, str] | None,
        cache_mode: CacheMode,
    ) -> _Admission:
        started = self._monotonic()
        alias = self._alias_for(key, model)
        # the messages are read only for aliases with a native or template deployment (which carry text turns only)
        features = conversation_features(messages) if alias.name in self._text_only_aliases else frozenset()
        if features or not params.keys() <= COMMON_CHAT_PARAMS:  # one subset test: most set only common ones
            alias = self._chat_alias(alias, params, features)
        reserved = estimate_prompt_tokens(messages)
        reserved_cost = self.estimated_cost_usd(alias, reserved, params) if key.has_budget else 0.0
        cacheable = may_cache(params, alias.cache_nondeterministic, cache_mode)
        request_cache_key = cache_key(key.tenant, model, messages, params, prompt_ref) if cacheable else None
        return await self._admit_reserving(
            key, alias, prompt_ref, started, reserved, reserved_cost, request_cache_key, cacheable
        )

    async def _admit_reserving(
        self,
        key: VirtualKey,
        alias: Alias,
        prompt_ref: tuple[str, str] | None,
        started: float,
        reserved: int,
        reserved_cost: float,
        request_cache_key: str | None,
        cacheable: bool,
    ) -> _Admission:
        """Reserve against the key's limits and read the cache entry, in one Redis round trip."""
        now = self._clock()
        windows = windows_at(now)
        # one Redis round trip admits the request and reads its cache entry (read only once admitted)
        refusal, cached_raw = await self.limits.admit_and_peek(
            key,
            windows,
            reserved,
            reserved_cost,
            peek=self.cache.redis_key(request_cache_key) if request_cache_key is not None else None,
        )
        if refusal is not None:
            self.metrics.limit_refusals.labels(refusal.reason).inc()
            raise LimitExceededError(refusal)
        return _Admission(
            key=key,
            alias=alias,
            prompt_ref=prompt_ref,
            windows=windows,
            now_epoch_s=now,
            reserved_tokens=reserved,
            reserved_cost_usd=reserved_cost,
            started=started,
            cache_key=request_cache_key,
            cache_status="miss" if cacheable else "bypass",
            cached_raw=cached_raw,
        )

    def estimated_cost_usd(self, alias: Alias, prompt_tokens: int, params: dict[str, Any]) -> float:
        """The most this request may cost on any deployment of the alias (what a budget reserves)."""
        completion = params.get("max_completion_tokens") or params.get("max_tokens") or DEFAULT_COMPLETION_RESERVE
        return self._most_cost_usd(alias, Usage(prompt_tokens=prompt_tokens, completion_tokens=int(completion)))

    def _most_cost_usd(self, alias: Alias, usage: Usage) -> float:
        """What ``usage`` costs on the alias's dearest deployment (what a budget reserves)."""
        return max(self.prices.cost_usd(d.model, usage, d.price) for d in alias.deployments)

    def _cached(self, admission: _Admission, decode: Callable[[str | bytes], Stored]) -> Stored | None:
        """The response cache's entry read at admission, decoded (chat answers and embeddings alike); counted."""
        if admission.cache_key is None:
            self.metrics.cache.labels("bypass").inc()
            return None
        answer = None
        if admission.cached_raw is not None:
            try:
                answer = decode(admission.cached_raw)
            except (ValueError, TypeError, KeyError) as error:  # an unreadable entry is a miss, and logged
                log.warning("unreadable response cache entry: %s", error, extra={"reason": "cache_read"})
        self.metrics.cache.labels("hit" if answer else "miss").inc()
        if answer is not None:
            admission.cache_status = "hit"
        return answer

    # -- accounting ------------------------------------------------------------------------

    def _account(
        self,
        admission: _Admission,
        deployment_model: str,
        usage: Usage,
        cost_usd: float,
        *,
        cache_hit: bool = False,
        failed: bool = False,
    ) -> None:
        key = admission.key
        prompt_id, prompt_version = admission.prompt_ref or ("", "")
        spent = usage if not cache_hit else Usage()
        self.usage.record(
            UsageEvent(
                at_epoch_s=admission.now_epoch_s,
                key_id=key.id,
                tenant=key.tenant,
                use_case=key.use_case,
                model=deployment_model,
                prompt_id=prompt_id,
                prompt_version=prompt_version,
                windows=admission.windows,
                reserved_tokens=admission.reserved_tokens,
                reserved_cost_usd=admission.reserved_cost_usd,
                prompt_tokens=spent.prompt_tokens,
                completion_tokens=spent.completion_tokens,
                cached_tokens=spent.cached_tokens,
                cache_write_tokens=spent.cache_write_tokens,
                cost_usd=cost_usd,
                cache_hit=cache_hit,
                failed=failed,
                limited=key.has_limits,
            )
        )
        if spent.total_tokens:
            self.metrics.tokens.labels(deployment_model, "prompt").inc(spent.prompt_tokens)
            self.metrics.tokens.labels(deployment_model, "completion").inc(spent.completion_tokens)
            if spent.cached_tokens:
                self.metrics.tokens.labels(deployment_model, "cached").inc(spent.cached_tokens)
            if spent.cache_write_tokens:
                self.metrics.tokens.labels(deployment_model, "cache_write").inc(spent.cache_write_tokens)
        if cost_usd:
            self.metrics.cost.labels(key.tenant, deployment_model).inc(cost_usd)

    def _store(self, admission: _Admission, answer: CachedAnswer | CachedEmbeddings) -> None:
        if admission.cache_key is None:
            return
        self._in_background(self._put_cache(admission.cache_key, answer, admission.alias.cache_ttl_s))
        if (
            isinstance(answer, CachedAnswer)
            and admission.semantic_scope is not None
            and admission.semantic_vector is not None
        ):
            self._in_background(
                self._put_semantic(admission.semantic_scope, admission.semantic_vector, answer, admission.alias)
            )

    def _in_background(self, work: Awaitable[None]) -> None:
        async def run() -> None:
            await work

        task = asyncio.create_task(run())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _put_semantic(self, scope: str, vector: list[float], answer: CachedAnswer, alias: Alias) -> None:
        if self.semantic_cache is None or alias.semantic_cache is None:
            return
        try:
            await self.semantic_cache.add(scope, vector, answer, alias.semantic_cache.max_entries, alias.cache_ttl_s)
        except Exception as error:  # a cache write must never fail a served request; it is logged
            log.warning("semantic cache write failed: %s", error, extra={"reason": "cache_write"})

    async def _cached_answer(
        self,
        admission: _Admission,
        messages: list[dict[str, Any]],
        params: dict[str, Any],
        deadline_s: float | None,
    ) -> CachedAnswer | None:
        """A chat request's stored answer: the response cache's entry, else the semantic cache's."""
        cached = self._cached(admission, self.cache.decode)
        return cached or await self._semantic_lookup(admission, messages, params, deadline_s)

    async def _semantic_lookup(
        self,
        admission: _Admission,
        messages: list[dict[str, Any]],
        params: dict[str, Any],
        deadline_s: float | None,
    ) -> CachedAnswer | None:
        """A stored answer to a paraphrase of this request (opt-in per alias), within the key's own tenant.

        The request's last user message is embedded through the gateway's own embeddings path (the
        key's limits and cost apply). Any failure there is a miss: the semantic cache never fails a request.
        """
        policy = admission.alias.semantic_cache
        if policy is None or self.semantic_cache is None or admission.cache_key is None:
            return None
        text = query_text(messages)
        if text is None:
            return None
        if len(text) > MAX_INPUT_CHARS:
            # longer than an embeddings model reads: the embeddings route would refuse it, and the embedded e5
            # server would spend minutes on it before this request was answered
            self.metrics.semantic_cache_skips.labels("query_too_long").inc()
            return None
        key = admission.key
        scope = scope_of(key.tenant, admission.alias.name, messages, params, admission.prompt_ref)
        try:
            embedded = await self.embed(
                key=key,
                model=policy.embedding_alias,
                inputs=[text],
                params={"input_type": "query"},
                deadline_s=deadline_s,
            )
            entries = await self.semantic_cache.entries(scope, policy.max_entries)
        except CompletionError as error:
            log.warning("semantic cache lookup skipped: %s", error, extra={"reason": "semantic_cache_embed"})
            self.metrics.semantic_cache_skips.labels("embedding_failed").inc()
            return None
        except Exception as error:  # Redis trouble is a miss, logged
            log.warning("semantic cache lookup failed: %s", error, extra={"reason": "cache_read"})
            self.metrics.semantic_cache_skips.labels("cache_read").inc()
            return None
        admission.upstream_s += embedded.upstream_ms / 1000
        vector = embedded.vectors[0]
        match = best_match(vector, entries.vectors, policy.threshold)
        answer = None
        if match is not None:
            try:
                answer = entries.answer(match[0])
            except (ValueError, TypeError, KeyError) as error:  # an unreadable entry is a miss, and logged
                log.warning("unreadable semantic cache entry: %s", error, extra={"reason": "cache_read"})
        if answer is None:
            self.metrics.cache.labels("semantic_miss").inc()
            admission.semantic_scope, admission.semantic_vector = scope, vector
            return None
        self.metrics.cache.labels("semantic_hit").inc()
        admission.cache_status = "semantic"
        return answer

    async def _put_cache(self, key: str, answer: CachedAnswer | CachedEmbeddings, ttl_s: int) -> None:
        try:
            await self.cache.put(key, answer, ttl_s)
        except Exception as error:  # a cache write must never fail a served request; it is logged
            log.warning("response cache write failed: %s", error, extra={"reason": "cache_write"})

    def _outcome(
        self,
        admission: _Admission,
        answer: CachedAnswer,
        *,
        cost_usd: float,
        attempts: int,
        fallbacks: int,
    ) -> CompletionOutcome:
        overhead_ms, upstream_ms = self._timings_ms(admission)
        return CompletionOutcome(
            text=answer.text,
            finish_reason=answer.finish_reason,
            model=admission.alias.name,
            provider=answer.deployment,
            provider_model=answer.provider_model,
            attempts=attempts,
            cache=admission.cache_status,
            usage=answer.usage,
            cost_usd=cost_usd,
            overhead_ms=overhead_ms,
            upstream_ms=upstream_ms,
            fallbacks=fallbacks,
            choices=answer.choices,
            answer_fields=answer.answer_fields,
        )

    def _timings_ms(self, admission: _Admission) -> tuple[float, float]:
        """(overhead, upstream) of a request so far, in ms: overhead is its time not spent waiting on providers."""
        elapsed = self._monotonic() - admission.started
        overhead_ms = max(0.0, (elapsed - admission.upstream_s) * 1000)
        return round(overhead_ms, 3), round(admission.upstream_s * 1000, 3)

    def _settle_hit(self, admission: _Admission, cached: CachedAnswer) -> CompletionOutcome:
        """Account a cache hit (no tokens spent, no cost) and say what it served."""
        self._account(admission, cached.provider_model, cached.usage, 0.0, cache_hit=True)
        return self._outcome(admission, cached, cost_usd=0.0, attempts=0, fallbacks=0)

    def _settle(
        self,
        admission: _Admission,
        deployment: Deployment,
        *,
        text: str,
        finish_reason: str,
        reported_usage: Usage | None,
        attempts: int,
        fallbacks: int,
        failed: bool = False,
        finished: bool = True,
        choices: list[dict[str, Any]] | None = None,
        answer_fields: dict[str, str] | None = None,
        carried_choices: bool = False,
    ) -> CompletionOutcome:
        """Account what a deployment served (estimating usage it did not report) and cache it if it finished.

        A whole answer is stored with its choices (tool calls, several choices); a stream whose chunks carried
        such choices is not (only its text was gathered, and a stored text would answer a later request wrongly)."""
        answer = CachedAnswer(
            text=text,
            finish_reason=finish_reason,
            usage=self._usage_or_estimate(admission, reported_usage, text),
            deployment=deployment.name,
            provider_model=deployment.model,
            choices=choices,
            answer_fields=answer_fields,
        )
        cost = self.prices.cost_usd(deployment.model, answer.usage, deployment.price)
        self._account(admission, deployment.model, answer.usage, cost, failed=failed)
        # Template copy is free and instant, so caching it saves nothing; cached, a fallback's copy would answer the
        # alias's later requests as a "cache" hit (read as the model's copy) and keep the model from being asked again
        # for the whole TTL after it recovered.
        if finished and deployment.provider != "template" and not carried_choices:
            self._store(admission, answer)
        return self._outcome(admission, answer, cost_usd=cost, attempts=attempts, fallbacks=fallbacks)

    def _usage_or_estimate(self, admission: _Admission, usage: Usage | None, text: str) -> Usage:
        if usage is not None:
            return usage
        return Usage(
            prompt_tokens=admission.reserved_tokens, completion_tokens=estimate_text_tokens(text), estimated=True
        )

    # -- routing ---------------------------------------------------------------------------

    def _deadline(self, alias: Alias, started: float, deadline_s: float | None) -> float:
        limit = min(x for x in (self.default_deadline_s, alias.deadline_s, deadline_s) if x is not None)
        return started + limit

    def _breaker_allows(self, deployment: Deployment) -> bool:
        breaker = self.breakers[deployment.name]
        allowed = breaker.allows(self._monotonic())
        self.metrics.breaker_state.labels(deployment.name).set(breaker.state.value)
        return allowed

    def _record_result(self, deployment: Deployment, error: ProviderError | None, latency_s: float) -> None:
        self.adaptive.record(deployment.name, self._monotonic(), latency_s, failed=error is not None)
        breaker = self.breakers[deployment.name]
        if error is None:
            breaker.record_success()
            self.metrics.attempts.labels(deployment.name, "ok").inc()
        else:
            breaker.record_failure(self._monotonic())
            self.metrics.attempts.labels(deployment.name, error.kind).inc()
            log.warning("%s", error, extra={"reason": error.kind})
        self.metrics.breaker_state.labels(deployment.name).set(breaker.state.value)

    def _weights(self) -> Mapping[str, float] | None:
        """The adaptive weights (None when off), exported as a gauge each time they are recomputed."""
        if not self.routing.adaptive.enabled:
            return None
        weights = self.adaptive.weights(self._monotonic())
        if weights is not self._exported_weights:
            for name, weight in weights.items():
                self.metrics.deployment_weight.labels(name).set(weight)
            self._exported_weights = weights
        return weights

    async def _route(
        self,
        admission: _Admission,
        deadline_s: float | None,
        call: Callable[[Provider, float], Awaitable[Result]],
    ) -> tuple[Result, Deployment, int, int]:
        """Try deployments until ``call(provider, timeout_s)`` succeeds.

        Returns (result, deployment, attempts, fallbacks). When no deployment can answer, the
        failed request is accounted (it still counts against the key) and a CompletionError raised.
        """
        deadline = self._deadline(admission.alias, admission.started, deadline_s)
        state = _RouteState()
        tried = passed_over = 0
        try:
            weights = self._weights()
            for deployment in attempt_order(admission.alias, self._rng, weights):
                if not self._breaker_allows(deployment):
                    state.failures.append(f"{deployment.name}: circuit open")
                    # passed over like a failed one: an answer from a later deployment is a fallback
                    passed_over += 1
                    continue
                tried += 1
                provider = self.providers[deployment.name]
                for attempt in range(1, deployment.max_attempts + 1):
                    remaining = deadline - self._monotonic()
                    if remaining <= MIN_ATTEMPT_S:
                        raise state.deadline_exceeded()
                    state.attempts += 1
                    began = self._monotonic()
                    timeout_s = min(deployment.timeout_s, remaining)
                    try:
                        result = await call(provider, timeout_s)
                    except ProviderRejectedRequest as rejected:
                        state.upstream_s += self._monotonic() - began
                        self.metrics.attempts.labels(deployment.name, "rejected").inc()
                        raise InvalidRequestError(str(rejected), rejected.status) from None
                    except ProviderError as error:
                        state.upstream_s += self._monotonic() - began
                        self._record_result(deployment, error, self._monotonic() - began)
                        state.failures.append(str(error))
                        if error.kind == "timeout" and timeout_s < deployment.timeout_s:
                            state.cut_by_deadline = True
                        if not error.retryable or attempt == deployment.max_attempts:
                            break
                        wait = backoff_s(self.routing.retry, attempt, error.retry_after_s, self._rng)
                        if wait is None or self._monotonic() + wait >= deadline - MIN_ATTEMPT_S:
                            break
                        waited_from = self._monotonic()
                        await asyncio.sleep(wait)
                        state.upstream_s += self._monotonic() - waited_from
                        if not self._breaker_allows(deployment):
                            break
                        continue
                    state.upstream_s += self._monotonic() - began
                    self._record_result(deployment, None, self._monotonic() - began)
                    if tried + passed_over > 1:
                        self.metrics.fallbacks.labels(admission.alias.name).inc()
                    return result, deployment, state.attempts, tried - 1 + passed_over
            if state.cut_by_deadline or self._monotonic() >= deadline - MIN_ATTEMPT_S:
                raise state.deadline_exceeded()
            raise ProvidersUnavailableError(
                f"no deployment of `{admission.alias.name}` could answer: " + "; ".join(state.failures),
                state.attempts,
            )
        except CompletionError:
            self._account(admission, admission.alias.name, Usage(), 0.0, failed=True)
            raise
        finally:
            admission.upstream_s += state.upstream_s

    # -- public ----------------------------------------------------------------------------

    async def complete(
        self,
        *,
        key: VirtualKey,
        model: str,
        messages: list[dict[str, Any]],
        params: dict[str, Any],
        prompt_ref: tuple[str, str] | None = None,
        cache_mode: CacheMode = "default",
        deadline_s: float | None = None,
    ) -> CompletionOutcome:
        """One non-streaming completion. Raises a CompletionError subclass when it can't produce one."""
        admission = await self._admit(key, model, messages, params, prompt_ref, cache_mode)
        cached = await self._cached_answer(admission, messages, params, deadline_s)
        if cached is not None:
            return self._settle_hit(admission, cached)

        async def call(provider: Provider, timeout_s: float) -> ProviderReply:
            return await provider.complete(messages, params, timeout_s)

        reply, deployment, attempts, fallbacks = await self._route(admission, deadline_s, call)
        outcome = self._settle(
            admission,
            deployment,
            text=reply.text,
            finish_reason=reply.finish_reason,
            reported_usage=reply.usage,
            attempts=attempts,
            fallbacks=fallbacks,
            choices=reply.choices,
            answer_fields=reply.answer_fields,
        )
        self.metrics.overhead.observe(outcome.overhead_ms / 1000)
        return outcome

    async def embed(
        self,
        *,
        key: VirtualKey,
        model: str,
        inputs: list[str],
        params: dict[str, Any],
        cache_mode: CacheMode = "default",
        deadline_s: float | None = None,
    ) -> EmbeddingOutcome:
        """Embeddings of ``inputs`` through the alias's deployments, with the same limits, cache and accounting.

        Embeddings are deterministic, so the cache may always answer them (unless the caller bypasses it).
        Raises a CompletionError subclass when no deployment can produce them.
        """
        started = self._monotonic()
        alias = self._embedding_alias(self._alias_for(key, model))
        beyond_native = params.keys() - NATIVE_EMBEDDING_PARAMS  # e.g. ``user``: only OpenAI-shaped APIs take it
        if beyond_native:
            alias = self._openai_shaped_only(alias, min(beyond_native))
        if params.get("dimensions") is not None:
            alias = self._sized_alias(alias, int(params["dimensions"]))
        reserved = sum(estimate_text_tokens(text) for text in inputs)
        reserved_cost = self._most_cost_usd(alias, Usage(prompt_tokens=reserved)) if key.has_budget else 0.0
        cacheable = cache_mode != "bypass"
        request_cache_key = embedding_cache_key(key.tenant, model, inputs, params) if cacheable else None
        admission = await self._admit_reserving(
            key, alias, None, started, reserved, reserved_cost, request_cache_key, cacheable
        )
        cached = self._cached(admission, self.cache.decode_embeddings)
        if cached is not None:
            self._account(admission, cached.provider_model, cached.usage, 0.0, cache_hit=True)
            return self._embedding_outcome(admission, cached, cost_usd=0.0, attempts=0, fallbacks=0)

        async def call(provider: Provider, timeout_s: float) -> EmbeddingReply:
            return await provider.embed(inputs, params, timeout_s)

        reply, deployment, attempts, fallbacks = await self._route(admission, deadline_s, call)
        answer = CachedEmbeddings(
            vectors=reply.vectors,
            usage=reply.usage or Usage(prompt_tokens=reserved, estimated=True),
            deployment=deployment.name,
            provider_model=deployment.model,
        )
        cost = self.prices.cost_usd(deployment.model, answer.usage, deployment.price)
        self._account(admission, deployment.model, answer.usage, cost)
        self._store(admission, answer)
        outcome = self._embedding_outcome(admission, answer, cost_usd=cost, attempts=attempts, fallbacks=fallbacks)
        self.metrics.overhead.observe(outcome.overhead_ms / 1000)
        return outcome

    async def images(
        self, *, key: VirtualKey, model: str, request: ImageRequest, deadline_s: float | None = None
    ) -> ImageOutcome:
        """Images through the alias's deployments, with the key's limits and budget; priced per image.

        Never cached here (callers that want the same image again keep it, as the landing does).
        Raises a CompletionError subclass when no deployment can produce them.
        """
        started = self._monotonic()
        alias = self._image_alias(self._alias_for(key, model), request.operation)
        reserved_cost = (
            max(self.prices.image_cost_usd(d.model, request.n, d.price) for d in alias.deployments)
            if key.has_budget
            else 0.0
        )
        admission = await self._admit_reserving(key, alias, None, started, 0, reserved_cost, None, False)

        async def call(provider: Provider, timeout_s: float) -> ImageReply:
            if not isinstance(provider, ImagesProvider):
                raise ProviderError(
                    f"deployment {provider.deployment.name}: provider {provider.deployment.provider} serves no images",
                    kind="config",
                    retryable=False,
                )
            return await provider.images(request, timeout_s)

        reply, deployment, attempts, fallbacks = await self._route(admission, deadline_s, call)
        cost = self.prices.image_cost_usd(deployment.model, len(reply.images), deployment.price)
        self._account(admission, deployment.model, Usage(), cost)
        self.metrics.images.labels(deployment.model, request.operation).inc(len(reply.images))
        overhead_ms, upstream_ms = self._timings_ms(admission)
        outcome = ImageOutcome(
            images=reply.images,
            model=alias.name,
            provider=deployment.name,
            provider_model=deployment.model,
            attempts=attempts,
            cost_usd=cost,
            overhead_ms=overhead_ms,
            upstream_ms=upstream_ms,
            fallbacks=fallbacks,
        )
        self.metrics.overhead.observe(outcome.overhead_ms / 1000)
        return outcome

    def _chat_alias(self, alias: Alias, params: dict[str, Any], features: frozenset[str]) -> Alias:
        """``alias`` with only its deployments that honour every parameter the request sets and every feature
        of its conversation (tool results, tool calls, non-text parts); none is a 400 naming it.

        A deployment passed over is not called and its breaker does not count it. Memoized per parameter set."""
        requested = requested_params(params)
        memo_key = (alias.name, requested, features)
        answer = self._chat_aliases.get(memo_key)
        if answer is None:
            refusals = {
                d.name: chat_params_refusal(d.provider, requested, features, d.extra_params) for d in alias.deployments
            }
            serving = tuple(d for d in alias.deployments if refusals[d.name] is None)
            # template copy stands in while the models are down; it does not answer for a model that cannot
            # honour the request (a caller asking Claude for a seed gets a 400 naming it, not template copy)
            if all(d.provider == "template" for d in serving) and len(serving) < len(alias.deployments):
                serving = ()
            if serving:
                answer = replace(alias, deployments=serving)
            else:
                first = next(refusal for refusal in refusals.values() if refusal is not None)
                reasons = "; ".join(f"{name}: {refusal[1]}" for name, refusal in refusals.items() if refusal)
                answer = f"`{first[0]}` is not supported by any deployment of `{alias.name}` ({reasons})"
            if len(self._chat_aliases) >= MAX_MEMOIZED_PARAM_SETS:
                self._chat_aliases.clear()
            self._chat_aliases[memo_key] = answer
        if isinstance(answer, str):
            raise ParameterNotServedError(answer)
        return answer

    def _openai_shaped_only(self, alias: Alias, parameter: str) -> Alias:
        """``alias`` with only its OpenAI-shaped deployments, for a parameter only they take; none: a 400 naming it."""
        serving = tuple(d for d in alias.deployments if d.provider in OPENAI_SHAPED)
        if not serving:
            names = ", ".join(d.name for d in alias.deployments)
            raise ParameterNotServedError(
                f"`{parameter}` is not supported by any deployment of `{alias.name}` "
                f"(only OpenAI-shaped deployments take it; {names} are not)"
            )
        return replace(alias, deployments=serving) if len(serving) < len(alias.deployments) else alias

    def _sized_alias(self, alias: Alias, dimensions: int) -> Alias:
        """``alias`` with only its deployments that can make vectors of ``dimensions`` (e5 makes 384 only, a
        text-embedding-3 model shortens); none: a 400 naming each deployment's reason. A deployment passed over
        is not called and its breaker does not count it."""
        refusals = {d.name: dimensions_refusal(d.provider, d.model, dimensions) for d in alias.deployments}
        serving = tuple(d for d in alias.deployments if refusals[d.name] is None)
        if not serving:
            reasons = "; ".join(f"{name}: {refusal}" for name, refusal in refusals.items())
            raise ParameterNotServedError(
                f"`dimensions={dimensions}` is not supported by any deployment of `{alias.name}` ({reasons})"
            )
        return replace(alias, deployments=serving) if len(serving) < len(alias.deployments) else alias

    def _image_alias(self, alias: Alias, operation: ImageOperation) -> Alias:
        """``alias`` with only its deployments that answer this images operation; none is the caller's error (400)."""
        serving = self._image_aliases[(alias.name, operation)]
        if not serving.deployments:
            reasons = "; ".join(
                f"{d.name}: {images_refusal(d.provider, d.model, operation)}" for d in alias.deployments
            )
            what = "generations" if operation == "generate" else "edits"
            raise NoImagesError(f"The model `{alias.name}` serves no image {what} ({reasons})")
        return serving

    def _embedding_alias(self, alias: Alias) -> Alias:
        """``alias`` with only its deployments that answer embeddings; none is the caller's error (400)."""
        serving = self._embedding_aliases[alias.name]
        if not serving.deployments:
            reasons = "; ".join(f"{d.name}: {embeddings_refusal(d.provider, d.model)}" for d in alias.deployments)
            raise NoEmbeddingsError(f"The model `{alias.name}` serves no embeddings ({reasons})")
        return serving

    def _embedding_outcome(
        self, admission: _Admission, answer: CachedEmbeddings, *, cost_usd: float, attempts: int, fallbacks: int
    ) -> EmbeddingOutcome:
        overhead_ms, upstream_ms = self._timings_ms(admission)
        return EmbeddingOutcome(
            vectors=answer.vectors,
            model=admission.alias.name,
            provider=answer.deployment,
            provider_model=answer.provider_model,
            attempts=attempts,
            cache=admission.cache_status,
            usage=answer.usage,
            cost_usd=cost_usd,
            overhead_ms=overhead_ms,
            upstream_ms=upstream_ms,
            fallbacks=fallbacks,
        )

    async def stream(
        self,
        *,
        key: VirtualKey,
        model: str,
        messages: list[dict[str, Any]],
        params: dict[str, Any],
        prompt_ref: tuple[str, str] | None = None,
        cache_mode: CacheMode = "default",
        deadline_s: float | None = None,
    ) -> CompletionStream:
        """A streaming completion, committed to a deployment once its first piece arrived.

        Limits, cache and routing happen before this returns, so a caller can still answer
        with a proper HTTP error; failures before the first token fall back to the next
        deployment. Iterate ``pieces()``; the outcome (usage, cost) is set when it ends.
        """
        admission = await self._admit(key, model, messages, params, prompt_ref, cache_mode)
        cached = await self._cached_answer(admission, messages, params, deadline_s)
        if cached is not None:
            return CompletionStream(self, admission, None, None, [], cached=cached)

        async def first_pieces(
            provider: Provider, timeout_s: float
        ) -> tuple[AsyncIterator[StreamPiece], list[StreamPiece]]:
            iterator = provider.stream(messages, params, timeout_s).__aiter__()
            buffered: list[StreamPiece] = []
            try:
                async with asyncio.timeout(timeout_s):
                    while True:
                        try:
                            piece = await iterator.__anext__()
                        except StopAsyncIteration:
                            return iterator, buffered
                        buffered.append(piece)
                        if piece.text or piece.finish_reason or piece.usage or piece.choices is not None:
                            return iterator, buffered
            except TimeoutError:
                await _close(iterator)
                raise ProviderError(
                    f"deployment {provider.deployment.name}: no first token in time", kind="timeout", retryable=True
                ) from None
            except BaseException:
                await _close(iterator)
                raise

        (iterator, buffered), deployment, attempts, fallbacks = await self._route(admission, deadline_s, first_pieces)
        return CompletionStream(self, admission, deployment, iterator, buffered, attempts=attempts, fallbacks=fallbacks)


async def _close(iterator: AsyncIterator[StreamPiece]) -> None:
    closer = getattr(iterator, "aclose", None)
    if closer is not None:
        await closer()


class CompletionStream:
    """A started stream: which deployment serves it, and its pieces. Accounting happens when it ends."""

    def __init__(
        self,
        service: CompletionService,
        admission: _Admission,
        deployment: Deployment | None,
        iterator: AsyncIterator[StreamPiece] | None,
        buffered: list[StreamPiece],
        *,
        cached: CachedAnswer | None = None,
        attempts: int = 0,
        fallbacks: int = 0,
    ) -> None:
        self._service = service
        self._admission = admission
        self._deployment = deployment
        self._iterator = iterator
        self._buffered = buffered
        self._cached = cached
        self.attempts = attempts
        self.fallbacks = fallbacks
        self.provider = cached.deployment if cached else (deployment.name if deployment else "")
        self.cache = admission.cache_status
        #: set once the stream has ended (normally, by error, or because the client left)
        self.outcome: CompletionOutcome | None = None

    @property
    def upstream_ms(self) -> float:
        """Time spent waiting on providers so far (attempts and backoff)."""
        return self._admission.upstream_s * 1000

    async def pieces(self) -> AsyncGenerator[StreamPiece, None]:
        """The streamed pieces; the last one carries the usage. Raises StreamInterruptedError mid-stream."""
        if self._cached is not None:
            async for replayed in self._replay(self._cached):
                yield replayed
            return
        service, admission = self._service, self._admission
        assert self._deployment is not None and self._iterator is not None
        deployment = self._deployment
        texts: list[str] = []
        usage: Usage | None = None
        finish_reason = "stop"
        finished = False
        failed = False
        carried_choices = False
        # the pieces read while routing (up to the first token) come first, then the provider's rest
        buffered = iter(self._buffered)
        try:
            while True:
                piece = next(buffered, None)
                if piece is None:
                    began = service._monotonic()
                    try:
                        piece = await self._iterator.__anext__()
                    except StopAsyncIteration:
                        break
                    except ProviderError as error:
                        failed = True
                        service.metrics.attempts.labels(deployment.name, error.kind).inc()
                        raise StreamInterruptedError(f"stream from {deployment.name} broke: {error}") from None
                    finally:
                        admission.upstream_s += service._monotonic() - began
                texts.append(piece.text)
                usage = piece.usage or usage
                finish_reason = piece.finish_reason or finish_reason
                if piece.choices is not None:
                    carried_choices = True
                    yield StreamPiece(text=piece.text, finish_reason=piece.finish_reason, choices=piece.choices)
                elif piece.text or piece.finish_reason:
                    yield StreamPiece(text=piece.text, finish_reason=piece.finish_reason)
            finished = True
        finally:
            self.outcome = service._settle(
                admission,
                deployment,
                text="".join(texts),
                finish_reason=finish_reason,
                reported_usage=usage,
                attempts=self.attempts,
                fallbacks=self.fallbacks,
                failed=failed,
                finished=finished,
                carried_choices=carried_choices,
            )
            if not finished:
                await _close(self._iterator)
        yield StreamPiece(usage=self.outcome.usage)

    async def _replay(self, cached: CachedAnswer) -> AsyncGenerator[StreamPiece, None]:
        """A cached answer as a stream: its text in one piece, then the finish reason, then the usage."""
        self.outcome = self._service._settle_hit(self._admission, cached)
        if cached.choices is not None:  # a stored tool call (or several choices) streams as OpenAI streams it
            deltas, finishes = streamed_choices(cached.choices)
            yield StreamPiece(text=cached.text, choices=deltas)
            yield StreamPiece(finish_reason=cached.finish_reason, choices=finishes)
        else:
            if cached.text:
                yield StreamPiece(text=cached.text)
            yield StreamPiece(finish_reason=cached.finish_reason)
        yield StreamPiece(usage=cached.usage)
