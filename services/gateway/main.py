"""Runs the gateway in the foreground: ``python -m services.gateway.main``."""

from __future__ import annotations

import uvicorn

from services.gateway.app import create_app
from services.gateway.settings import GatewaySettings
from services.infra.logging import configure_logging
from services.infra.ports import ensure_port_free
from services.infra.settings import load_settings


def main() -> None:
    """Serve the gateway on PULSO_GATEWAY_HOST:PULSO_GATEWAY_PORT until interrupted."""
    settings = load_settings(GatewaySettings)
    configure_logging(settings.log_level, settings.log_format)
    ensure_port_free(settings.gateway_host, settings.gateway_port, "PULSO_GATEWAY_PORT")
    app = create_app(settings)
    uvicorn.run(
        app,
        host=settings.gateway_host,
        port=settings.gateway_port,
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=10,
    )


if __name__ == "__main__":
    main()
