"""Builds the gateway: settings → Redis, providers, completion service → FastAPI app with its routers."""

from __future__ import annotations

import gc
import logging
import secrets
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from services.gateway.adapters.config_file import load_gateway_config
from services.gateway.adapters.providers import build_provider
from services.gateway.adapters.redis_cache import RedisResponseCache
from services.gateway.adapters.redis_evals import RedisEvalStore
from services.gateway.adapters.redis_keys import RedisKeyStore
from services.gateway.adapters.redis_limits import RedisLimits
from services.gateway.adapters.redis_multiplexed import MultiplexedRedis
from services.gateway.adapters.redis_playground_runs import RedisPlaygroundRuns
from services.gateway.adapters.redis_quality import RedisQualityReader
from services.gateway.adapters.redis_semantic_cache import RedisSemanticCache
from services.gateway.adapters.redis_usage import UsageReader, UsageRecorder
from services.gateway.api import (
    admin,
    chat,
    embeddings,
    evals,
    experiments,
    feedback,
    images,
    metrics,
    playground,
    prompts,
    usage,
)
from services.gateway.api.errors import install_error_handlers
from services.gateway.api.loop_lag import LoopLag
from services.gateway.api.request_metrics import RequestMetricsMiddleware
from services.gateway.instruments import GatewayMetrics
from services.gateway.service_layer.completion import CompletionService
from services.gateway.service_layer.evals import EvalRunner
from services.gateway.settings import GatewaySettings
from services.infra.health import DependencyHealth, kafka_check, redis_check
from services.infra.redis_client import open_redis
from services.infra.settings import load_settings

log = logging.getLogger(__name__)

#: the cyclic GC's thresholds while serving (generation 0 raised from CPython's 700; see the lifespan)
GC_THRESHOLDS = (10_000, 20, 20)

#: every router the app serves: the OpenAI-compatible core (chat, embeddings), then prompts, feedback,
#: experiments and playground
ROUTERS: list[APIRouter] = [
    chat.router,
    embeddings.router,
    images.router,
    admin.router,
    usage.router,
    metrics.router,
    prompts.router,
    feedback.router,
    experiments.router,
    evals.router,
    playground.router,
]


class GatewayApp(FastAPI):
    """FastAPI with the front guard (api/request_metrics.py) in front of its whole stack.

    Added as a middleware, the guard ran inside FastAPI's and Starlette's own layers (body limit,
    exception telemetry, server errors, each wrapping ``send`` again): ~5 % of a proxied request's
    CPU before the guard even saw it. Here HTTP requests reach the guard first; routes it does not
    serve itself go on through the full FastAPI stack, exactly as before.
    """

    front: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.front is not None and scope["type"] == "http":
            scope["app"] = self
            await self.front(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)

    async def framework(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The FastAPI stack itself (what the guard hands every route it does not serve)."""
        await super().__call__(scope, receive, send)


def _master_key(settings: GatewaySettings) -> str:
    if settings.gateway_master_key is not None:
        return settings.gateway_master_key.get_secret_value()
    generated = "mk-" + secrets.token_urlsafe(32)
    # Development convenience: printed once on stderr, never logged and never a fixed default.
    print(
        f"PULSO_GATEWAY_MASTER_KEY is not set; this run's admin key is: {generated}",
        file=sys.stderr,
        flush=True,
    )
    return generated


def create_app(settings: GatewaySettings | None = None) -> GatewayApp:
    """The gateway app. ``app.state`` holds settings, redis, completion, keys, metrics and usage."""
    settings = settings or load_settings(GatewaySettings)
    routing, prices = load_gateway_config(settings.gateway_config, settings_variables=settings.config_variables())
    for left_out in routing.left_out:
        log.info("deployment left out of its alias: %s", left_out)
    redis = open_redis(
        settings.redis_url,
        settings.gateway_redis_max_connections,
        answer_timeout_s=settings.gateway_redis_answer_timeout_s,
    )
    # the per-request admission command goes over one pipelined connection (adapters/redis_multiplexed.py)
    multiplexed = MultiplexedRedis.like(redis)
    gateway_metrics = GatewayMetrics()
    recorder = UsageRecorder(redis, settings.gateway_usage_flush_s, on_dropped=gateway_metrics.usage_dropped.inc)
    completion = CompletionService(
        routing=routing,
        prices=prices,
        providers={d.name: build_provider(d) for d in routing.deployments()},
        limits=RedisLimits(redis, fast=multiplexed),
        cache=RedisResponseCache(redis, fast=multiplexed),
        semantic_cache=RedisSemanticCache(redis),
        usage=recorder,
        metrics=gateway_metrics,
        default_deadline_s=settings.gateway_deadline_s,
    )

    loop_lag = LoopLag(max_lag_s=settings.gateway_shed_lag_ms / 1000)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        recorder.start()
        loop_lag.start()
        # Everything built at start (app, routes, prompts, SDK clients) lives as long as the worker:
        # collect once, then freeze it out of the cyclic GC, whose full collections would otherwise
        # walk those ~100k objects again and again under load (a latency spike each time).
        gc.collect()
        gc.freeze()
        # Young collections every 700 net allocations ran 60-120 times per 10 s at 500 req/s (in-flight
        # requests and the usage batch keep objects alive between flushes): 0.4-1.3% of the loop, and
        # 2-9% with pauses up to 38 ms once a busy machine let a backlog build. At 10,000 it is 0-1
        # per 10 s, each still 1-3 ms (docs/benchmarks/gateway.md, `bench.bench_gateway --tail`).
        gc.set_threshold(*GC_THRESHOLDS)
        try:
            yield
        finally:
            await loop_lag.stop()
            await recorder.stop()
            await completion.close()
            if multiplexed is not None:
                await multiplexed.aclose()
            await redis.aclose()

    app = GatewayApp(title="Pulso LLM gateway", version="1", lifespan=lifespan)
    app.state.settings = settings
    app.state.master_key = _master_key(settings)
    app.state.redis = redis
    checks = {"redis": redis_check(redis)}
    if settings.gateway_engagement_consumer:
        checks["kafka"] = kafka_check(settings.kafka_bootstrap)
    app.state.health = DependencyHealth(checks)
    app.state.keys = RedisKeyStore(redis, settings.gateway_key_cache_s, fast=multiplexed)
    app.state.completion = completion
    app.state.metrics = gateway_metrics
    app.state.usage_recorder = recorder
    app.state.loop_lag = loop_lag
    app.state.usage_reader = UsageReader(redis)
    app.state.quality_reader = RedisQualityReader(redis)
    app.state.playground_runs = RedisPlaygroundRuns(redis)
    app.state.prompt_services = prompts.build_prompt_services(settings, redis, completion, gateway_metrics.registry)
    app.state.eval_runner = EvalRunner(
        app.state.prompt_services.generator, RedisEvalStore(redis), results_dir=settings.gateway_evals_dir
    )
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    app.front = RequestMetricsMiddleware(
        app.framework,
        metrics=gateway_metrics,
        max_body_bytes=settings.gateway_max_body_bytes,
        max_in_flight=settings.gateway_max_in_flight,
        direct_routes={("POST", "/v1/chat/completions"): chat.serve_chat_completions},
        loop_lag=loop_lag,
        body_limits={"/v1/images/edits": settings.gateway_max_image_bytes + images.FORM_FIELDS_BYTES},
        body_timeout_s=settings.gateway_body_timeout_s,
    )
    return app
