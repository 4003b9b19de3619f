"""Runs the gateway in the foreground: ``python -m services.gateway.main``."""

from __future__ import annotations

import os
import secrets
import sys

import uvicorn

from services.gateway.app import create_app
from services.gateway.settings import GatewaySettings
from services.infra.logging import configure_logging
from services.infra.settings import settings_or_exit
from services.infra.tcp_ports import ensure_port_free


def main() -> None:
    """Serve the gateway on PULSO_GATEWAY_HOST:PULSO_GATEWAY_PORT until interrupted.

    With PULSO_GATEWAY_WORKERS > 1, uvicorn runs that many processes on the port; they share
    keys, limits, budgets, cache and usage through Redis (only circuit breakers are per process).
    """
    settings = settings_or_exit(GatewaySettings)
    configure_logging(settings.log_level, settings.log_format)
    ensure_port_free(settings.gateway_host, settings.gateway_port, "PULSO_GATEWAY_PORT")
    common = {
        "host": settings.gateway_host,
        "port": settings.gateway_port,
        "log_config": None,
        "access_log": False,
        "timeout_graceful_shutdown": 10,
    }
    if settings.gateway_workers == 1:
        uvicorn.run(create_app(settings), **common)  # type: ignore[arg-type]
        return
    if settings.gateway_master_key is None:
        # Every worker must accept the same admin key: generate it once here and hand it down.
        generated = "mk-" + secrets.token_urlsafe(32)
        os.environ["PULSO_GATEWAY_MASTER_KEY"] = generated
        print(f"PULSO_GATEWAY_MASTER_KEY is not set; this run's admin key is: {generated}", file=sys.stderr, flush=True)
    uvicorn.run(
        "services.gateway.app:create_app",
        factory=True,
        workers=settings.gateway_workers,
        **common,  # type: ignore[arg-type]
    )


if __name__ == "__main__":
    main()
