"""Model aliases → ordered, weighted deployments, and the retry/backoff decisions between attempts."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from services.gateway.domain.embedding_formats import embeddings_refusal
from services.gateway.domain.pricing import ModelPrice, PriceConfigError, model_price_from_mapping
from services.gateway.domain.semantic_cache import SemanticCacheConfigError, SemanticCachePolicy, policy_from_mapping

ProviderKind = Literal[
    "openai", "azure", "openai_compatible", "anthropic", "bedrock", "vertex", "template", "outpaint", "openai_images"
]
PROVIDER_KINDS: tuple[str, ...] = (
    "openai", "azure", "openai_compatible", "anthropic", "bedrock", "vertex", "template", "outpaint", "openai_images",
)  # fmt: skip


class RoutingConfigError(Exception):
    """The gateway config is invalid; the message says where."""


@dataclass(frozen=True)
class Deployment:
    """One place a model alias can be served from."""

    name: str
    provider: ProviderKind
    #: the model name sent to the provider (and looked up in the price table)
    model: str
    base_url: str | None = None
    #: environment variable holding the credential (never the credential itself)
    api_key_env: str | None = None
    #: file holding the credential, for mounted secrets
    api_key_file: str | None = None
    #: Azure's api-version, or Anthropic's anthropic-version header
    api_version: str | None = None
    #: AWS region (bedrock) or Google Cloud location (vertex)
    region: str | None = None
    #: Google Cloud project (vertex)
    project: str | None = None
    weight: float = 1.0
    #: lower runs first; deployments of equal priority share load by weight
    priority: int = 0
    timeout_s: float = 30.0
    #: attempts on this deployment before falling back to the next one
    max_attempts: int = 2
    #: this deployment's own prices (``prices`` on the deployment), over its model's entry under ``prices``
    #: (e.g. a provider that prices the same model otherwise, or Anthropic's 1-hour cache writes)
    price: ModelPrice | None = None
    #: request fields outside OpenAI's that this (OpenAI-shaped) deployment takes as they are, e.g. vLLM's
    #: ``top_k``; a request setting one is routed only to deployments that list it
    extra_params: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Alias:
    """What a client names in ``model``."""

    name: str
    deployments: tuple[Deployment, ...]
    cache_ttl_s: int = 3600
    #: cache also non-deterministic requests (temperature > 0 without a seed)
    cache_nondeterministic: bool = False
    deadline_s: float | None = None
    #: opt-in: answer paraphrases of a stored request (domain/semantic_cache.py)
    semantic_cache: SemanticCachePolicy | None = None


@dataclass(frozen=True)
class RetryPolicy:
    """Jittered exponential backoff between attempts, capped; Retry-After wins when the provider sends it."""

    base_backoff_s: float = 0.05
    max_backoff_s: float = 2.0
    #: a Retry-After longer than this moves on to the next deployment instead of waiting
    max_retry_after_s: float = 5.0


@dataclass(frozen=True)
class BreakerPolicy:
    failure_threshold: int = 5
    cooldown_s: float = 30.0


@dataclass(frozen=True)
class AdaptivePolicy:
    """The bounds and pace of adaptive weights (``adaptive_routing`` in the gateway config)."""

    enabled: bool = False
    half_life_s: float = 30.0
    recompute_s: float = 5.0
    min_factor: float = 0.1
    max_factor: float = 4.0
    min_samples: float = 5.0
    #: how hard errors weigh: 2 makes a 30 % error rate halve the share (0.7² ≈ 0.5)
    error_exponent: float = 2.0
    #: latencies below this count as this much (a 0 ms fake must not get an infinite score)
    latency_floor_s: float = 0.001

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> AdaptivePolicy:
        if not raw:
            return cls()
        try:
            policy = cls(
                enabled=bool(raw.get("enabled", True)),
                half_life_s=float(raw.get("half_life_s", cls.half_life_s)),
                recompute_s=float(raw.get("recompute_s", cls.recompute_s)),
                min_factor=float(raw.get("min_weight_factor", cls.min_factor)),
                max_factor=float(raw.get("max_weight_factor", cls.max_factor)),
                min_samples=float(raw.get("min_samples", cls.min_samples)),
                error_exponent=float(raw.get("error_exponent", cls.error_exponent)),
            )
        except (TypeError, ValueError) as error:
            raise RoutingConfigError(f"adaptive_routing: {error}") from None
        if not (0 < policy.min_factor <= 1 <= policy.max_factor):
            raise RoutingConfigError("adaptive_routing: need 0 < min_weight_factor <= 1 <= max_weight_factor")
        if policy.half_life_s <= 0 or policy.recompute_s < 0 or policy.min_samples < 0 or policy.error_exponent < 0:
            raise RoutingConfigError("adaptive_routing: half_life_s > 0; recompute_s, min_samples, error_exponent >= 0")
        return policy


@dataclass(frozen=True)
class RoutingTable:
    """All aliases, the price table input and the policies, as read from the gateway config."""

    aliases: dict[str, Alias]
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    breaker: BreakerPolicy = field(default_factory=BreakerPolicy)
    #: deployments left out because the variable naming their address is unset, as "alias/name: why"
    left_out: tuple[str, ...] = ()
    adaptive: AdaptivePolicy = field(default_factory=AdaptivePolicy)

    def alias(self, name: str) -> Alias | None:
        return self.aliases.get(name)

    def deployments(self) -> list[Deployment]:
        """Every deployment once, by name."""
        seen: dict[str, Deployment] = {}
        for alias in self.aliases.values():
            for deployment in alias.deployments:
                seen.setdefault(deployment.name, deployment)
        return list(seen.values())


def attempt_order(alias: Alias, rng: random.Random, weights: Mapping[str, float] | None = None) -> list[Deployment]:
    """Deployments in the order to try them: by priority, and within a priority a weighted shuffle.

    The weighted shuffle (sampling without replacement, proportional to weight) spreads load
    across equal deployments while still trying every one of them before giving up. ``weights``
    (by deployment name; adaptive routing's) replace the configured weights where given.
    """
    ordered: list[Deployment] = []

    def weight_of(deployment: Deployment) -> float:
        return max(weights.get(deployment.name, deployment.weight) if weights else deployment.weight, 0.0)

    for priority in sorted({d.priority for d in alias.deployments}):
        pool = [d for d in alias.deployments if d.priority == priority]
        while pool:
            total = sum(weight_of(d) for d in pool)
            if total <= 0:
                ordered.extend(pool)
                break
            point = rng.uniform(0, total)
            running = 0.0
            chosen = pool[-1]
            for candidate in pool:
                running += weight_of(candidate)
                if point <= running:
                    chosen = candidate
                    break
            ordered.append(chosen)
            pool.remove(chosen)
    return ordered


def backoff_s(policy: RetryPolicy, attempt: int, retry_after_s: float | None, rng: random.Random) -> float | None:
    """Seconds to wait before retry number ``attempt`` (1-based) on the same deployment.

    None means "don't retry here, fall back": the provider asked for a wait longer than we accept.
    Full jitter (uniform in [0, cap]) keeps many gateway replicas from retrying in lockstep.
    """
    if retry_after_s is not None:
        if retry_after_s > policy.max_retry_after_s:
            return None
        return max(retry_after_s, 0.0)
    cap = min(policy.max_backoff_s, policy.base_backoff_s * (2 ** (attempt - 1)))
    return rng.uniform(0, cap)


def _deployment_from_mapping(raw: dict[str, Any], where: str, env: Mapping[str, str]) -> Deployment | None:
    """The deployment, or None when its ``base_url_env`` names an unset variable (it is not configured here)."""
    provider = raw.get("provider")
    if provider not in PROVIDER_KINDS:
        raise RoutingConfigError(f"{where}: provider must be one of {', '.join(PROVIDER_KINDS)} (got {provider!r})")
    if not raw.get("name") or not raw.get("model"):
        raise RoutingConfigError(f"{where}: every deployment needs a name and a model")
    base_url = raw.get("base_url")
    if raw.get("base_url_env"):
        if base_url:
            raise RoutingConfigError(f"{where}: set base_url or base_url_env, not both")
        base_url = env.get(str(raw["base_url_env"])) or None
        if base_url is None:
            return None
    if provider in ("openai_compatible", "azure") and not base_url:
        raise RoutingConfigError(f"{where}: provider {provider} needs base_url (or base_url_env)")
    if provider == "bedrock" and not raw.get("region"):
        raise RoutingConfigError(f"{where}: provider bedrock needs region (e.g. us-east-1)")
    if provider == "vertex" and not (raw.get("project") and raw.get("region")):
        raise RoutingConfigError(f"{where}: provider vertex needs project and region (e.g. us-central1 or global)")
    extra_params = raw.get("extra_params") or []
    if not isinstance(extra_params, list) or not all(isinstance(name, str) and name for name in extra_params):
        raise RoutingConfigError(f"{where}: extra_params must be a list of field names")
    if extra_params and provider not in ("openai", "azure", "openai_compatible"):
        raise RoutingConfigError(
            f"{where}: extra_params are sent as they are, so only OpenAI-shaped providers take them"
        )
    try:
        price = None if raw.get("prices") is None else model_price_from_mapping(raw["prices"], f"{where}.prices")
    except PriceConfigError as error:
        raise RoutingConfigError(str(error)) from None
    return Deployment(
        name=str(raw["name"]),
        provider=provider,
        model=str(raw["model"]),
        base_url=base_url,
        api_key_env=raw.get("api_key_env"),
        api_key_file=raw.get("api_key_file"),
        api_version=raw.get("api_version"),
        region=None if raw.get("region") is None else str(raw["region"]),
        project=None if raw.get("project") is None else str(raw["project"]),
        weight=float(raw.get("weight", 1.0)),
        priority=int(raw.get("priority", 0)),
        timeout_s=float(raw.get("timeout_s", 30.0)),
        max_attempts=max(1, int(raw.get("max_attempts", 2))),
        price=price,
        extra_params=frozenset(extra_params),
    )


def routing_table_from_mapping(raw: dict[str, Any], env: Mapping[str, str] | None = None) -> RoutingTable:
    """Build and validate the routing table from the config's parsed YAML.

    A deployment may take its address from an environment variable (``base_url_env``) instead of
    ``base_url``; while that variable is unset in ``env`` the deployment is left out of its alias
    (the embedded local model: the launcher sets the variable only when it started the model).
    """
    env = env or {}
    left_out: list[str] = []
    aliases_raw = raw.get("aliases")
    if not isinstance(aliases_raw, dict) or not aliases_raw:
        raise RoutingConfigError("config: 'aliases' must map at least one alias to its deployments")
    aliases: dict[str, Alias] = {}
    for name, entry in aliases_raw.items():
        deployments_raw: Sequence[Any] = entry.get("deployments") or []
        if not deployments_raw:
            raise RoutingConfigError(f"aliases.{name}: needs at least one deployment")
        deployments: list[Deployment] = []
        for i, raw_deployment in enumerate(deployments_raw):
            deployment = _deployment_from_mapping(raw_deployment, f"aliases.{name}.deployments[{i}]", env)
            if deployment is None:
                left_out.append(f"{name}/{raw_deployment['name']}: {raw_deployment['base_url_env']} is not set")
            else:
                deployments.append(deployment)
        if not deployments:
            raise RoutingConfigError(f"aliases.{name}: no deployment left once unset base_url_env ones are left out")
        aliases[str(name)] = Alias(
            name=str(name),
            deployments=tuple(deployments),
            cache_ttl_s=int(entry.get("cache_ttl_s", 3600)),
            cache_nondeterministic=bool(entry.get("cache_nondeterministic", False)),
            deadline_s=None if entry.get("deadline_s") is None else float(entry["deadline_s"]),
            semantic_cache=_semantic_policy(entry.get("semantic_cache"), f"aliases.{name}.semantic_cache"),
        )
    for alias in aliases.values():
        policy = alias.semantic_cache
        if policy is None:
            continue
        embedder = aliases.get(policy.embedding_alias)
        where = f"aliases.{alias.name}.semantic_cache.embedding_alias"
        if embedder is None:
            raise RoutingConfigError(f"{where}: no alias `{policy.embedding_alias}`")
        refusals = [embeddings_refusal(d.provider, d.model) for d in embedder.deployments]
        if all(refusals):
            reasons = "; ".join(map(str, refusals))
            raise RoutingConfigError(
                f"{where}: alias `{embedder.name}` has no deployment that answers embeddings ({reasons})"
            )
    retry_raw = raw.get("retry") or {}
    breaker_raw = raw.get("breaker") or {}
    return RoutingTable(
        aliases=aliases,
        retry=RetryPolicy(
            base_backoff_s=float(retry_raw.get("base_backoff_s", 0.05)),
            max_backoff_s=float(retry_raw.get("max_backoff_s", 2.0)),
            max_retry_after_s=float(retry_raw.get("max_retry_after_s", 5.0)),
        ),
        breaker=BreakerPolicy(
            failure_threshold=int(breaker_raw.get("failure_threshold", 5)),
            cooldown_s=float(breaker_raw.get("cooldown_s", 30.0)),
        ),
        left_out=tuple(left_out),
        adaptive=AdaptivePolicy.from_mapping(raw.get("adaptive_routing")),
    )


def _semantic_policy(raw: Any, where: str) -> SemanticCachePolicy | None:
    try:
        return policy_from_mapping(raw, where)
    except (SemanticCacheConfigError, TypeError, ValueError) as error:
        raise RoutingConfigError(str(error)) from None
