"""Start and stop the whole system: embedded components, topics, the five services.

`pulso demo`, `pulso stack up` and the end-to-end test use this one code path;
with PULSO_KAFKA_BOOTSTRAP / PULSO_REDIS_URL set, the embedded components are
skipped and the services talk to the external ones.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from services.infra.tcp_ports import ensure_port_free, free_port, port_open
from services.infra.topics import ensure_topics
from services.stack.embedded import (
    ComponentStartError,
    EmbeddedComponent,
    launch_local_model,
    start_embeddings,
    start_kafka,
    start_redis,
    wait_for_local_model,
)
from services.stack.processes import ChildProcess
from services.stack.settings import StackSettings

log = logging.getLogger("pulso.stack")

#: the pipeline's deadline for one copy call while the local model writes copy (the default, 3 s, is for
#: hosted models): two model calls of the gateway's local-smollm2 deployment (timeout 15 s each) fit in it.
#: Copy calls run concurrently (PULSO_PIPELINE_GATEWAY_CONCURRENCY), so a slow answer delays its own push.
LOCAL_MODEL_COPY_DEADLINE_S = 35.0

#: start order; stopped in reverse
SERVICE_ORDER = ("gateway", "push", "landing", "pipeline", "matching")


class ServiceStartError(Exception):
    """A service exited or did not open its port; the message carries its log."""


@dataclass(frozen=True)
class ServiceAddress:
    name: str
    host: str
    port: int
    setting: str


def service_addresses(settings: StackSettings) -> list[ServiceAddress]:
    return [
        ServiceAddress("gateway", settings.gateway_host, settings.gateway_port, "PULSO_GATEWAY_PORT"),
        ServiceAddress("push", settings.push_host, settings.push_port, "PULSO_PUSH_PORT"),
        ServiceAddress("landing", settings.landing_host, settings.landing_port, "PULSO_LANDING_PORT"),
        ServiceAddress("pipeline", settings.pipeline_web_host, settings.pipeline_web_port, "PULSO_PIPELINE_WEB_PORT"),
        ServiceAddress("matching", settings.matching_host, settings.matching_port, "PULSO_MATCHING_PORT"),
    ]


@dataclass
class RunningSystem:
    """What `start_system` started; `stop()` undoes all of it."""

    settings: StackSettings
    env: dict[str, str]
    sink_path: Path
    components: list[EmbeddedComponent] = field(default_factory=list)
    services: dict[str, ChildProcess] = field(default_factory=dict)
    #: the local model's base URL when it serves push-copy, else None (templates only)
    local_model_url: str | None = None
    #: why the local model is not serving (turned off, or the reason it failed to start)
    local_model_note: str = ""

    @property
    def gateway_url(self) -> str:
        return f"http://{self.settings.gateway_host}:{self.settings.gateway_port}"

    @property
    def push_url(self) -> str:
        return f"http://{self.settings.push_host}:{self.settings.push_port}"

    def crashed_service(self) -> tuple[str, ChildProcess] | None:
        """The first service that exited on its own, if any."""
        for name, process in self.services.items():
            if process.exit_code() is not None:
                return name, process
        return None

    def stop(self) -> None:
        for name in reversed(list(self.services)):
            self.services[name].stop()
        self.services.clear()
        for component in reversed(self.components):
            component.stop()
        self.components.clear()


def service_addresses_env(settings: StackSettings) -> dict[str, str]:
    """Where a service finds the broker, redis-server, the other services and its own public address, as the
    launcher's settings place them (moved ports included): the variables each service reads."""
    return {
        "PULSO_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
        "PULSO_REDIS_URL": settings.redis_url,
        "PULSO_LANDING_PUBLIC_URL": settings.landing_public_url,
        "PULSO_GATEWAY_HOST": settings.gateway_host,
        "PULSO_GATEWAY_PORT": str(settings.gateway_port),
        "PULSO_LANDING_HOST": settings.landing_host,
        "PULSO_LANDING_PORT": str(settings.landing_port),
        "PULSO_PUSH_HOST": settings.push_host,
        "PULSO_PUSH_PORT": str(settings.push_port),
        "PULSO_PIPELINE_WEB_HOST": settings.pipeline_web_host,
        "PULSO_PIPELINE_WEB_PORT": str(settings.pipeline_web_port),
        "PULSO_PIPELINE_GATEWAY_URL": f"http://{settings.gateway_host}:{settings.gateway_port}",
        "PULSO_MATCHING_HOST": settings.matching_host,
        "PULSO_MATCHING_PORT": str(settings.matching_port),
        "PULSO_MATCHING_GATEWAY_URL": f"http://{settings.gateway_host}:{settings.gateway_port}",
        # card images (PULSO_LANDING_CARD_IMAGES, opt-in) are out-painted by the gateway
        "PULSO_LANDING_GATEWAY_URL": f"http://{settings.gateway_host}:{settings.gateway_port}",
        # the gateway config's `embeddings` alias reads the port from here
        "PULSO_EMBEDDED_EMBEDDINGS_PORT": str(settings.embedded_embeddings_port),
    }


def _child_env(settings: StackSettings, overrides: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env.update(service_addresses_env(settings))
    env["PYTHONUNBUFFERED"] = "1"
    env.update(overrides)
    return env


def check_ports(settings: StackSettings) -> None:
    """Fail before starting anything when a port we need is taken (PortBusyError names the setting)."""
    if settings.embedded_kafka:
        host, port = settings.kafka_host_port
        ensure_port_free(host, port, "PULSO_EMBEDDED_KAFKA_PORT")
    if settings.embedded_redis:
        host, port = settings.redis_host_port
        ensure_port_free(host, port, "PULSO_EMBEDDED_REDIS_PORT")
    if settings.embedded_embeddings:
        ensure_port_free("127.0.0.1", settings.embedded_embeddings_port, "PULSO_EMBEDDED_EMBEDDINGS_PORT")
    for address in service_addresses(settings):
        ensure_port_free(address.host, address.port, address.setting)
    if settings.local_model:
        ensure_port_free(settings.local_model_host, settings.local_model_port, "PULSO_LOCAL_MODEL_PORT")


def start_components(settings: StackSettings, log_dir: Path, detached: bool = False) -> list[EmbeddedComponent]:
    """Start the embedded broker and redis-server that settings ask for, and create the topics."""
    started: list[EmbeddedComponent] = []
    try:
        if settings.embedded_kafka:
            host, port = settings.kafka_host_port
            started.append(start_kafka(host, port, log_dir, "PULSO_EMBEDDED_KAFKA_PORT", detached=detached))
            log.info("Tansu Kafka broker ready on %s:%s", host, port)
        if settings.embedded_redis:
            host, port = settings.redis_host_port
            started.append(start_redis(host, port, log_dir, "PULSO_EMBEDDED_REDIS_PORT", detached=detached))
            log.info("redis-server ready on %s:%s", host, port)
        if settings.embedded_embeddings:
            port = settings.embedded_embeddings_port
            started.append(start_embeddings("127.0.0.1", port, log_dir, detached=detached))
            log.info("embeddings server ready on 127.0.0.1:%s", port)
        ensure_topics(settings.kafka_bootstrap, settings.topic_partitions)
    except BaseException:
        for component in reversed(started):
            component.stop()
        raise
    return started


def _wait_for_port(name: str, process: ChildProcess, host: str, port: int, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        code = process.exit_code()
        if code is not None:
            raise ServiceStartError(
                f"{name} exited with code {code}; its log ({process.log_path}):\n{process.log_tail(30)}"
            )
        if port_open(host, port):
            return
        time.sleep(0.1)
    raise ServiceStartError(
        f"{name} did not open {host}:{port} within {timeout_s:.0f}s; its log ({process.log_path}):\n"
        f"{process.log_tail(30)}"
    )


def _start_service(system: RunningSystem, address: ServiceAddress, log_dir: Path, timeout_s: float) -> None:
    process = ChildProcess(
        name=address.name,
        argv=[sys.executable, "-m", f"services.{address.name}.main"],
        log_path=log_dir / f"{address.name}.log",
        env=system.env,
    )
    process.start()
    system.services[address.name] = process
    _wait_for_port(address.name, process, address.host, address.port, timeout_s)
    log.info("%s listening on %s:%s", address.name, address.host, address.port)


#: the playground key the demo prints, so a newcomer can try prompts at once: its own tenant, a small budget
PLAYGROUND_TENANT = "playground"
PLAYGROUND_LIMITS: dict[str, float | int] = {"budget_day_usd": 1.0, "rpm": 30}


def create_virtual_key(gateway_url: str, master_key: str, tenant: str, use_case: str, **limits: float | int) -> str:
    """Ask the gateway's admin API for a virtual key (``limits``: rpm, tpm, budget_day_usd, …); the plaintext
    comes back only this once."""
    response = httpx.post(
        f"{gateway_url}/admin/keys",
        headers={"Authorization": f"Bearer {master_key}"},
        json={"tenant": tenant, "use_case": use_case, **limits},
        timeout=10,
    )
    if response.status_code >= 300:
        raise ServiceStartError(f"gateway refused to create a key for {tenant}: {response.status_code} {response.text}")
    return str(response.json()["key"])


def create_playground_key(gateway_url: str, master_key: str) -> str:
    """A virtual key of the ``playground`` tenant with a small daily budget and rate: spend is bounded and
    counted apart from the pipeline's."""
    return create_virtual_key(gateway_url, master_key, PLAYGROUND_TENANT, "playground", **PLAYGROUND_LIMITS)


def stack_link_secret(settings: StackSettings) -> str:
    """The link secret of this stack: the one set in PULSO_LINK_SECRET, else a fresh one per start, so links
    cannot be forged with the development default that is in the source."""
    if "link_secret" in settings.model_fields_set:
        return settings.link_secret
    return secrets.token_urlsafe(32)


def start_system(
    settings: StackSettings,
    extra_env: dict[str, str] | None = None,
    service_timeout_s: float = 60.0,
) -> RunningSystem:
    """Start components (when embedded), topics and the services; on failure stop what started."""
    log_dir = settings.stack_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    sink_path = (settings.stack_dir / "pushes.jsonl").resolve()
    sink_path.unlink(missing_ok=True)
    given_master_key = settings.gateway_master_key.get_secret_value() if settings.gateway_master_key else ""
    overrides = {
        "PULSO_GATEWAY_MASTER_KEY": given_master_key or "mk-" + secrets.token_urlsafe(24),
        "PULSO_LINK_SECRET": stack_link_secret(settings),
        "PULSO_PUSH_SINK_PATH": str(sink_path),
        "PULSO_PIPELINE_DATA_DIR": str((settings.stack_dir / "pipeline-data").resolve()),
        # opens and clicks on engagement.v1 feed the gateway's experiment results
        "PULSO_GATEWAY_ENGAGEMENT_CONSUMER": os.environ.get("PULSO_GATEWAY_ENGAGEMENT_CONSUMER", "true"),
    }
    overrides.update(extra_env or {})
    # the key the gateway is started with is the one the launcher creates virtual keys with
    master_key = overrides["PULSO_GATEWAY_MASTER_KEY"]
    check_ports(settings)
    system = RunningSystem(settings=settings, env=_child_env(settings, overrides), sink_path=sink_path)
    model: EmbeddedComponent | None = None
    if settings.local_model:
        # it loads while the broker and redis-server start
        model = launch_local_model(settings.local_model_host, settings.local_model_port, log_dir)
    else:
        system.local_model_note = "off (PULSO_LOCAL_MODEL=false): push copy from templates"
    try:
        system.components = start_components(settings, log_dir)
        if model is not None:
            _serve_local_model(system, model)
        for address in service_addresses(settings):
            if address.name == "pipeline" and "PULSO_PIPELINE_GATEWAY_KEY" not in system.env:
                system.env["PULSO_PIPELINE_GATEWAY_KEY"] = create_virtual_key(
                    system.gateway_url, master_key, tenant="recommendations", use_case="push_copy"
                )
            if address.name == "matching" and "PULSO_MATCHING_GATEWAY_KEY" not in system.env:
                system.env["PULSO_MATCHING_GATEWAY_KEY"] = create_virtual_key(
                    system.gateway_url, master_key, tenant="matching", use_case="product_matching"
                )
            _start_service(system, address, log_dir, service_timeout_s)
    except BaseException:
        if model is not None and model not in system.components:
            model.stop()
        system.stop()
        raise
    return system


def _serve_local_model(system: RunningSystem, model: EmbeddedComponent) -> None:
    """Point the gateway's push-copy alias at the model once it answers; if it never does, say why and go on
    with template copy (the gateway leaves the deployment out while PULSO_GATEWAY_LOCAL_MODEL_URL is unset)."""
    try:
        wait_for_local_model(model)
    except ComponentStartError as error:
        model.stop()
        system.local_model_note = f"did not start, push copy from templates: {error}"
        log.warning("the local model did not start; push copy comes from templates. %s", error)
        return
    system.components.append(model)
    system.local_model_url = f"http://{model.host}:{model.port}/v1"
    system.env["PULSO_GATEWAY_LOCAL_MODEL_URL"] = system.local_model_url
    # a small model on a shared CPU answers in seconds, and the gateway may ask it twice (a retry after
    # failed checks): give the pipeline's copy call room for that, unless the environment says otherwise
    system.env.setdefault("PULSO_PIPELINE_GATEWAY_TIMEOUT_S", str(LOCAL_MODEL_COPY_DEADLINE_S))
    log.info("local model ready on %s:%s (push-copy asks it first)", model.host, model.port)


def free_port_environment(stack_dir: Path) -> dict[str, str]:
    """This process's environment minus PULSO_* settings, plus free ports for every part and its own stack
    dir: a whole system that collides with nothing already running (tests, benchmarks)."""
    landing_port = free_port()
    return {
        **{name: value for name, value in os.environ.items() if not name.startswith("PULSO_")},
        "PULSO_STACK_DIR": str(stack_dir),
        "PULSO_EMBEDDED_KAFKA_PORT": str(free_port()),
        "PULSO_EMBEDDED_REDIS_PORT": str(free_port()),
        "PULSO_EMBEDDED_EMBEDDINGS_PORT": str(free_port()),
        "PULSO_GATEWAY_PORT": str(free_port()),
        "PULSO_PUSH_PORT": str(free_port()),
        "PULSO_LANDING_PORT": str(landing_port),
        "PULSO_LANDING_PUBLIC_URL": f"http://127.0.0.1:{landing_port}",
        "PULSO_PIPELINE_WEB_PORT": str(free_port()),
        "PULSO_MATCHING_PORT": str(free_port()),
        "PULSO_LOCAL_MODEL_PORT": str(free_port()),
    }


def write_stack_file(path: Path, components: list[EmbeddedComponent]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            [{"name": c.name, "host": c.host, "port": c.port, "pid": c.process.pid} for c in components],
            indent=2,
        )
    )


__all__ = [
    "SERVICE_ORDER",
    "ComponentStartError",
    "RunningSystem",
    "ServiceStartError",
    "check_ports",
    "create_virtual_key",
    "free_port_environment",
    "service_addresses",
    "start_components",
    "start_system",
    "write_stack_file",
]
