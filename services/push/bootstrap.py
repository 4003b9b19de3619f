"""Wires push's parts from its settings: Redis, senders, the delivery service, the consumer and the HTTP app."""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import redis.asyncio as aioredis
from fastapi import FastAPI

from services.infra.health import DependencyHealth, kafka_check, redis_check
from services.infra.redis_client import open_redis
from services.push.adapters.app_credentials import RedisAppCredentials
from services.push.adapters.delivery_claims import RedisDeliveryClaims
from services.push.adapters.device_registry import RedisDeviceRegistry
from services.push.adapters.local_sink import LocalSinkSender
from services.push.adapters.preferences import RedisPreferences
from services.push.adapters.sender import NotificationSender, SenderConfigError
from services.push.api.routes import build_router, create_app
from services.push.consumer import PushConsumer
from services.push.domain.delivery import RetryPolicy
from services.push.instruments import PushMetrics
from services.push.service_layer.delivery import DeliveryService
from services.push.settings import PushSettings


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class PushService:
    """Everything one push process runs."""

    redis: aioredis.Redis
    senders: dict[str, NotificationSender]
    consumer: PushConsumer
    app: FastAPI
    metrics: PushMetrics

    async def aclose(self) -> None:
        for sender in self.senders.values():
            await sender.aclose()
        await self.redis.aclose()


def build_senders(settings: PushSettings) -> dict[str, NotificationSender]:
    """Provider name → sender, as ``PULSO_PUSH_PROVIDER`` asks."""
    if settings.push_provider == "local":
        return {"local": LocalSinkSender(settings.push_sink_path, utc_now)}
    from services.push.adapters.apns import ApnsSender
    from services.push.adapters.fcm import FcmSender

    # An app may ship on one platform only: each provider is built when its credentials are set, and a
    # device whose provider is missing gets a failed receipt and a dead letter (provider_not_configured).
    senders: dict[str, NotificationSender] = {}
    if settings.push_fcm_credentials_file is not None:
        senders["fcm"] = FcmSender.from_settings(settings, utc_now)
    if settings.push_apns_key_file is not None:
        senders["apns"] = ApnsSender.from_settings(settings, utc_now)
    if not senders:
        raise SenderConfigError(
            "PULSO_PUSH_PROVIDER=fcm_apns needs PULSO_PUSH_FCM_CREDENTIALS_FILE and/or PULSO_PUSH_APNS_KEY_FILE"
        )
    return senders


def build_service(settings: PushSettings) -> PushService:
    """Wire a push process from ``settings``."""
    # a request waits (up to 20 s) for a connection rather than fail when thousands are in flight
    redis = open_redis(settings.redis_url, max_connections=max(16, min(256, settings.push_concurrency * 2)), wait_s=20)
    metrics = PushMetrics()
    registry = RedisDeviceRegistry(redis)
    preferences = RedisPreferences(redis)
    owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    senders = build_senders(settings)
    service = DeliveryService(
        registry=registry,
        claims=RedisDeliveryClaims(redis, owner),
        preferences=preferences,
        senders=senders,
        provider_mode=settings.push_provider,
        policy=RetryPolicy(
            max_attempts=settings.push_max_attempts,
            base_s=settings.push_retry_base_s,
            max_s=settings.push_retry_max_s,
            quota_backoff_s=settings.push_quota_backoff_s,
        ),
        metrics=metrics,
        clock=utc_now,
        concurrency=settings.push_concurrency,
        inflight_wait_s=settings.push_http_timeout_s + 2.0,
    )
    consumer = PushConsumer(settings, service, metrics)

    def health() -> dict[str, object]:
        return {
            "provider": settings.push_provider,
            "assigned_partitions": [f"{topic}[{partition}]" for topic, partition in consumer.assigned],
        }

    dependencies = DependencyHealth({"redis": redis_check(redis), "kafka": kafka_check(settings.kafka_bootstrap)})
    app = create_app(
        build_router(
            registry,
            RedisAppCredentials(redis),
            metrics,
            utc_now,
            health,
            settings.push_api_redis_timeout_s,
            dependencies,
            # the same adapter the deliveries read, so the API serves what push honours
            preferences=preferences,
        ),
        body_timeout_s=settings.push_body_timeout_s,
    )
    return PushService(redis=redis, senders=senders, consumer=consumer, app=app, metrics=metrics)
