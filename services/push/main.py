"""Run push in the foreground: the push.requests.v1 consumer and the HTTP API in one process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Iterator

import uvicorn

from services.infra.logging import configure_logging
from services.infra.settings import SettingsError, load_settings
from services.infra.tcp_ports import PortBusyError, ensure_port_free
from services.push.adapters.sender import SenderConfigError
from services.push.bootstrap import build_service
from services.push.settings import PushSettings

log = logging.getLogger("pulso.push")


class _HttpServer(uvicorn.Server):
    """uvicorn without its own signal handling: it re-raises SIGTERM after serving, which would end
    the process before the consumer drains in-flight requests and commits their offsets."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


async def serve(settings: PushSettings) -> None:
    """Serve HTTP and consume until SIGINT/SIGTERM, then drain in-flight requests and commit."""
    service = build_service(settings)
    server = _HttpServer(
        uvicorn.Config(
            service.app,
            host=settings.push_host,
            port=settings.push_port,
            log_config=None,
            access_log=False,
            lifespan="off",
        )
    )
    consuming = asyncio.create_task(service.consumer.run(), name="push-consumer")

    async def stop_http_when_consumer_ends() -> None:
        # A consumer failure (e.g. Kafka refusing receipts) must end the process, not leave a half-alive API.
        await asyncio.wait({consuming})
        server.should_exit = True

    watcher = asyncio.create_task(stop_http_when_consumer_ends())

    def request_stop() -> None:
        server.should_exit = True
        service.consumer.stop()

    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, request_stop)
    try:
        await server.serve()
    finally:
        service.consumer.stop()
        await asyncio.wait({consuming})
        watcher.cancel()
        await service.aclose()
    if not consuming.cancelled() and consuming.exception() is not None:
        raise consuming.exception()  # type: ignore[misc]


def main() -> None:
    """Run the push service from its PULSO_* settings."""
    try:
        settings = load_settings(PushSettings)
        ensure_port_free(settings.push_host, settings.push_port, "PULSO_PUSH_PORT")
    except (SettingsError, PortBusyError) as error:
        print(error, file=sys.stderr)
        raise SystemExit(2) from None
    configure_logging(settings.log_level, settings.log_format)
    log.info(
        "push on http://%s:%d, provider %s, consuming %s",
        settings.push_host,
        settings.push_port,
        settings.push_provider,
        settings.push_requests_topic,
    )
    try:
        asyncio.run(serve(settings))
    except SenderConfigError as error:
        print(f"push cannot start: {error}", file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
