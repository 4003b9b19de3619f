"""Run the pipeline worker in the foreground: ``python -m services.pipeline.main`` (settings from PULSO_*)."""

from __future__ import annotations

import gc
import sys

import faust

from services.infra.logging import configure_logging
from services.infra.settings import SettingsError, load_settings
from services.infra.tcp_ports import ensure_port_free
from services.pipeline.bootstrap import build_app
from services.pipeline.settings import PipelineSettings


def main() -> None:
    """Start one Faust worker from the environment; SIGINT/SIGTERM stop it cleanly."""
    try:
        settings = load_settings(PipelineSettings)
    except SettingsError as error:
        print(error, file=sys.stderr)
        raise SystemExit(2) from None
    configure_logging(settings.log_level, settings.log_format)
    ensure_port_free(settings.pipeline_web_host, settings.pipeline_web_port, "PULSO_PIPELINE_WEB_PORT")
    app, _ = build_app(settings)
    # what start-up built lives as long as the worker: out of the cyclic GC's way, and young collections
    # less often (see PipelineSettings.pipeline_gc_gen0_threshold)
    gc.collect()
    gc.freeze()
    gc.set_threshold(settings.pipeline_gc_gen0_threshold, *gc.get_threshold()[1:])
    worker = faust.Worker(app, loglevel=settings.log_level, override_logging=False, quiet=True)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
