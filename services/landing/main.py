"""Runs the landing service in the foreground: ``python -m services.landing.main``."""

from __future__ import annotations

import uvicorn

from services.infra.logging import configure_logging
from services.infra.settings import settings_or_exit
from services.infra.tcp_ports import ensure_port_free
from services.landing.app import create_app
from services.landing.settings import LandingSettings


def main() -> None:
    """Serve landing on PULSO_LANDING_HOST:PULSO_LANDING_PORT until interrupted."""
    settings = settings_or_exit(LandingSettings)
    configure_logging(settings.log_level, settings.log_format)
    ensure_port_free(settings.landing_host, settings.landing_port, "PULSO_LANDING_PORT")
    if settings.landing_workers > 1:
        # Worker processes import the factory and read the same PULSO_* environment.
        uvicorn.run(
            "services.landing.app:create_app",
            factory=True,
            workers=settings.landing_workers,
            host=settings.landing_host,
            port=settings.landing_port,
            log_config=None,
            access_log=False,
            proxy_headers=False,
        )
        return
    uvicorn.run(
        create_app(settings),
        host=settings.landing_host,
        port=settings.landing_port,
        log_config=None,
        access_log=False,
        proxy_headers=False,
    )


if __name__ == "__main__":
    main()
