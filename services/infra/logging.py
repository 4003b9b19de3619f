"""Structured logs: JSON in production, readable text in development.

Log records carry context (event_id, notification_id, generation_id) passed as
``extra={...}``; secrets and full user data are never logged, and a signed landing
token in any line (a /l/ or /c/ path) is replaced by a short digest.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from services.infra.signed_links import redact_tokens

_CONTEXT_FIELDS = ("event_id", "notification_id", "generation_id", "user_id", "service", "topic", "reason")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for field in _CONTEXT_FIELDS:
            if hasattr(record, field):
                payload[field] = getattr(record, field)
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        # Signed landing tokens are credentials for days: whatever logged a link path, only a digest is kept.
        return redact_tokens(json.dumps(payload, default=str))


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        base = f"{datetime.fromtimestamp(record.created).strftime('%H:%M:%S')} {record.levelname:<5} {record.name}: "
        context = " ".join(f"{f}={getattr(record, f)}" for f in _CONTEXT_FIELDS if hasattr(record, f))
        text = base + record.getMessage() + (f" [{context}]" if context else "")
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        return redact_tokens(text)


def configure_logging(level: str = "INFO", fmt: str = "text") -> None:
    """Install one stderr handler with the chosen format on the root logger."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("aiokafka", "faust", "mode", "httpx", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
