"""The prompt registry's door: ``GET /v1/prompts``, ``GET /v1/prompts/{id}``, ``POST /v1/prompts/{id}/generate``,
``POST /v1/prompts/reload`` (master key).

create_app builds the prompt services once (``build_prompt_services``); the router's lifespan loads
the prompt files and starts the engagement consumer when PULSO_GATEWAY_ENGAGEMENT_CONSUMER is set.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import redis.asyncio as aioredis
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from prometheus_client import CollectorRegistry
from pydantic import BaseModel, ConfigDict, Field

from services.gateway.adapters.prompt_files import PromptCatalog, PromptFiles, RedisPromptLedger
from services.gateway.adapters.redis_experiment_shares import RedisExperimentShares
from services.gateway.adapters.redis_feedback import RedisFeedbackStore
from services.gateway.adapters.redis_quality import RedisQualityReader
from services.gateway.api.deps import key_or_master, read_json_body, require_key, require_master_key, validated_body
from services.gateway.api.errors import GatewayError
from services.gateway.api.responses import ERRORS, Generation, PromptList, PromptView, ReloadReport, json_answer
from services.gateway.domain.input_screening import VariablesTooLongError
from services.gateway.domain.keys import VirtualKey
from services.gateway.domain.prompt_registry import (
    MissingVariableError,
    PromptVersion,
    TemplateRenderError,
    UnknownPromptError,
    UnsupportedLocaleError,
)
from services.gateway.service_layer.adaptive_experiments import AdaptiveAllocator
from services.gateway.service_layer.completion import CompletionService
from services.gateway.service_layer.prompt_generation import (
    GenerationRequest,
    PromptGeneration,
    PromptGenerator,
    PromptMetrics,
    PromptNotAllowedError,
)
from services.gateway.settings import GatewaySettings
from services.infra.resources import CHECKOUT_DIR

log = logging.getLogger(__name__)


@dataclass
class PromptServices:
    """What the prompt, feedback, experiment and playground routes share (one per app)."""

    catalog: PromptCatalog
    generator: PromptGenerator
    feedback: RedisFeedbackStore
    metrics: PromptMetrics
    allocator: AdaptiveAllocator


def prompts_dir(configured: Path) -> Path:
    """The prompts folder: as configured (a relative path from the working directory), or, when a relative
    path is not there, from the repository root of a checkout."""
    if configured.is_absolute() or configured.is_dir():
        return configured
    return CHECKOUT_DIR / configured


def build_prompt_services(
    settings: GatewaySettings, redis: aioredis.Redis, completion: CompletionService, registry: CollectorRegistry
) -> PromptServices:
    """The prompt services of one app, their metrics in the app's own registry."""
    metrics = PromptMetrics(registry)
    files = PromptFiles(
        root=prompts_dir(Path(settings.gateway_prompts_dir)),
        min_interval_s=settings.gateway_prompts_reload_s,
        on_rejection=lambda kind: metrics.file_rejections.labels(kind).inc(),
    )
    catalog = PromptCatalog(files=files, ledger=RedisPromptLedger(redis))
    feedback = RedisFeedbackStore(
        redis,
        on_signal_counted=lambda record, signal: metrics.signals.labels(record.prompt_id, record.version, signal).inc(),
    )
    allocator = AdaptiveAllocator(feedback, RedisQualityReader(redis), RedisExperimentShares(redis))
    generator = PromptGenerator(catalog, completion, feedback, metrics, allocator=allocator)
    return PromptServices(catalog=catalog, generator=generator, feedback=feedback, metrics=metrics, allocator=allocator)


def prompt_services(app: FastAPI) -> PromptServices:
    """The prompt services create_app put on ``app.state``."""
    services: PromptServices = app.state.prompt_services
    return services


def services_of(request: Request) -> PromptServices:
    """Dependency: the prompt services of the request's app."""
    return prompt_services(request.app)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Load the prompt files (refused ones are logged at start), start the engagement consumer when enabled."""
    settings = app.state.settings
    await prompt_services(app).catalog.refresh(force=True)
    consumer = None
    if settings.gateway_engagement_consumer:
        from services.gateway.adapters.engagement_consumer import EngagementConsumer

        services = prompt_services(app)
        consumer = EngagementConsumer(
            bootstrap=settings.kafka_bootstrap,
            feedback=services.feedback,
            metrics=services.metrics,
            group_id=settings.gateway_engagement_group,
        )
        await consumer.start()
    try:
        yield
    finally:
        if consumer is not None:
            await consumer.stop()


router = APIRouter(lifespan=lifespan)

Services = Annotated[PromptServices, Depends(services_of)]


async def generate_or_refuse(services: PromptServices, key: VirtualKey, request: GenerationRequest) -> PromptGeneration:
    """A generation, or the GatewayError its request deserves (also for the playground's runs)."""
    try:
        return await services.generator.generate(key, request)
    except PromptNotAllowedError as error:
        raise GatewayError(403, str(error), "permission_error", "prompt_not_allowed") from None
    except UnknownPromptError as error:
        raise GatewayError(404, str(error), "invalid_request_error", "prompt_not_found") from None
    except UnsupportedLocaleError as error:
        raise GatewayError(400, str(error), "invalid_request_error", "unsupported_locale") from None
    except MissingVariableError as error:
        raise GatewayError(400, str(error), "invalid_request_error", "missing_template_variable") from None
    except VariablesTooLongError as error:
        raise GatewayError(400, str(error), "invalid_request_error", "variables_too_long") from None
    except TemplateRenderError as error:
        raise GatewayError(400, str(error), "invalid_request_error", "template_error") from None


class GenerateBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    variables: dict[str, Any] = Field(default_factory=dict)
    locale: str = Field(min_length=2, max_length=10)
    user_id: str = Field(min_length=1, max_length=200)
    version: str | int | None = None


def _version_view(version: PromptVersion, detail: bool) -> dict[str, Any]:
    view = version.summary()
    if detail:
        view["system"] = version.system
        view["user"] = version.user
        view["banned_phrases"] = list(version.banned_phrases)
        view["variants"] = {
            locale: {
                "style_notes": variant.style_notes,
                "fallback": {"title": variant.fallback.title, "body": variant.fallback.body},
                "banned_phrases": list(variant.banned_phrases),
                "overrides": [name for name in ("system", "user") if getattr(variant, name)],
            }
            for locale, variant in sorted(version.locales.items())
        }
    return view


def _prompt_view(services: PromptServices, prompt_id: str, detail: bool) -> dict[str, Any]:
    registry = services.catalog.registry
    versions = registry.all_versions(prompt_id)
    experiment = registry.experiment(prompt_id)
    return {
        "id": prompt_id,
        "latest_version": versions[-1].version,
        "versions": [_version_view(version, detail) for version in versions],
        "experiment": experiment.to_dict() if experiment else None,
    }


@router.get("/v1/prompts", response_model=None, responses={200: json_answer(PromptList), **ERRORS})
async def list_prompts(services: Services, key: Annotated[VirtualKey | None, Depends(key_or_master)]) -> JSONResponse:
    """Every prompt the caller may use, with its versions, content hashes and experiment."""
    await services.catalog.refresh()
    ids = [pid for pid in services.catalog.registry.prompt_ids() if key is None or key.may_use_prompt(pid)]
    body: dict[str, Any] = {"object": "list", "data": [_prompt_view(services, pid, detail=False) for pid in ids]}
    if key is None:  # files refused by the registry: shown to operators (master key) only
        body["problems"] = [{"source": p.source, "reason": p.reason} for p in services.catalog.problems]
    return JSONResponse(body)


def _allowed(key: VirtualKey | None, prompt_id: str) -> None:
    if key is not None and not key.may_use_prompt(prompt_id):
        raise GatewayError(403, f"this key may not use prompt `{prompt_id}`", "permission_error", "prompt_not_allowed")


@router.get("/v1/prompts/{prompt_id}", response_model=None, responses={200: json_answer(PromptView), **ERRORS})
async def get_prompt(
    prompt_id: str, services: Services, key: Annotated[VirtualKey | None, Depends(key_or_master)]
) -> JSONResponse:
    """One prompt: every version with its hash, templates, locale variants, and the experiment."""
    _allowed(key, prompt_id)
    await services.catalog.refresh()
    try:
        return JSONResponse(_prompt_view(services, prompt_id, detail=True))
    except UnknownPromptError as error:
        raise GatewayError(404, str(error), "invalid_request_error", "prompt_not_found") from None


@router.post(
    "/v1/prompts/reload",
    dependencies=[Depends(require_master_key)],
    response_model=None,
    responses={200: json_answer(ReloadReport), **ERRORS},
)
async def reload_prompts(services: Services) -> JSONResponse:
    """Re-read the prompt files now (they are also re-read on their own when they change)."""
    report = await services.catalog.refresh(force=True)
    assert report is not None  # a forced refresh always reloads
    return JSONResponse(
        {
            "published": list(report.published),
            "rejected": [{"source": r.source, "reason": r.reason} for r in report.rejected],
        }
    )


@router.post(
    "/v1/prompts/{prompt_id}/generate", response_model=None, responses={200: json_answer(Generation), **ERRORS}
)
async def generate(
    prompt_id: str,
    services: Services,
    key: Annotated[VirtualKey, Depends(require_key)],
    raw: Annotated[Any, Depends(read_json_body)],
) -> JSONResponse:
    """Copy from a prompt: pinned version, experiment arm or latest; checked, with template copy as the fallback."""
    body = validated_body(GenerateBody, raw)
    request = GenerationRequest(
        prompt_id=prompt_id,
        variables=body.variables,
        locale=body.locale,
        user_id=body.user_id,
        version=None if body.version is None else str(body.version),
    )
    generation = await generate_or_refuse(services, key, request)
    headers = {
        "x-pulso-generation-id": generation.generation_id,
        "x-pulso-copy-source": generation.copy_source,
        "x-pulso-latency-ms": str(generation.latency_ms),
        "x-pulso-attempts": str(generation.attempts),
    }
    if generation.fallback_reason:
        headers["x-pulso-fallback-reason"] = generation.fallback_reason.split(":", 1)[0]
    return JSONResponse(generation.to_response(), headers=headers)
