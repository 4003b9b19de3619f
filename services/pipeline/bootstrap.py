"""Wires the pipeline from its settings: Redis store, gateway client, rules, templates, ranker, metrics."""

from __future__ import annotations

import faust

from services.infra.redis_client import open_redis
from services.pipeline.adapters.gateway_copy import GatewayCopyClient
from services.pipeline.adapters.push_log import KafkaPushLog
from services.pipeline.adapters.redis_store import PipelineStore
from services.pipeline.adapters.rule_files import load_benefit_rules, load_copy_templates
from services.pipeline.agents.app import create_app
from services.pipeline.domain.policy import PolicyRules
from services.pipeline.domain.ranking import AffinityRanker
from services.pipeline.instruments import PipelineMetrics
from services.pipeline.service_layer.binding import FaustBinding
from services.pipeline.service_layer.notify import Notifier, NotifyConfig
from services.pipeline.service_layer.pipeline import Pipeline
from services.pipeline.service_layer.triggers import PushEmitter
from services.pipeline.settings import PipelineSettings


def policy_rules(settings: PipelineSettings) -> PolicyRules:
    return PolicyRules(
        daily_cap=settings.pipeline_daily_cap,
        min_gap_s=settings.pipeline_min_gap_s,
        quiet_start_hour=settings.pipeline_quiet_start_hour,
        quiet_end_hour=settings.pipeline_quiet_end_hour,
        same_product_s=settings.pipeline_same_product_days * 86_400.0,
    )


def build_pipeline(settings: PipelineSettings) -> Pipeline:
    """The handlers with every dependency from ``settings``; rules and templates are validated here."""
    metrics = PipelineMetrics()
    store = PipelineStore.over(open_redis(settings.redis_url), lease_s=settings.pipeline_job_lease_s)
    key = settings.pipeline_gateway_key.get_secret_value() if settings.pipeline_gateway_key else None
    gateway = GatewayCopyClient(
        settings.pipeline_gateway_url,
        key,
        settings.pipeline_prompt_id,
        settings.pipeline_gateway_timeout_s,
        settings.pipeline_gateway_concurrency,
    )
    config = NotifyConfig(
        prompt_id=settings.pipeline_prompt_id,
        style=settings.pipeline_copy_style,
        copy_cache_ttl_s=settings.pipeline_copy_cache_ttl_s,
        window_s=settings.pipeline_notification_window_s,
        link_secret=settings.link_secret,
        landing_public_url=settings.landing_public_url,
        link_ttl_s=settings.pipeline_link_ttl_s,
        recommendations=settings.pipeline_recommendations,
    )

    binding = FaustBinding(settings.pipeline_interactions_topic)
    push_log = KafkaPushLog(settings.kafka_bootstrap, settings.pipeline_push_topic)
    notifier = Notifier(
        catalog=store.catalog,
        shoppers=store.shoppers,
        claims=store.claims,
        copies=store.copies,
        recommendations=store.recommendations,
        gateway=gateway,
        ranker=AffinityRanker(),
        rules=load_benefit_rules(settings.pipeline_rules_dir),
        templates=load_copy_templates(settings.pipeline_copy_templates),
        policy=policy_rules(settings),
        config=config,
        metrics=metrics,
        send=PushEmitter(binding, push_log),
        push_log=push_log,
    )
    return Pipeline(settings, store, notifier, metrics, binding, push_log)


def build_app(settings: PipelineSettings) -> tuple[faust.App, Pipeline]:
    """The Faust app and the pipeline it drives."""
    pipeline = build_pipeline(settings)
    return create_app(settings, pipeline), pipeline
