"""A stand-in for the LLM gateway on 127.0.0.1, speaking its real generate API over HTTP."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.json_http import send_json


class FakeGateway:
    """``mode``: "ok" answers LLM copy, "429" refuses (over budget), "slow" answers after ``delay_s``."""

    def __init__(self, key: str = "pk-test-pipeline") -> None:
        self.key = key
        self.mode = "ok"
        self.delay_s = 3.0
        self.requests: list[dict[str, Any]] = []
        self.authorizations: list[str] = []
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                gateway.requests.append({"path": self.path, "body": body})
                gateway.authorizations.append(self.headers.get("Authorization", ""))
                if gateway.mode == "429":
                    send_json(self, 429, {"error": {"type": "budget_exceeded", "message": "monthly budget reached"}})
                    return
                if gateway.mode == "slow":
                    time.sleep(gateway.delay_s)
                product = body["variables"]["products"][0]
                title = {"es-MX": "{first_name}, ¡tu carrito te extraña!", "es-AR": "{first_name}, ¡volvé!"}.get(
                    body["locale"], "{first_name}, volte!"
                )
                send_json(
                    self,
                    200,
                    {
                        "generation_id": f"gen_{len(gateway.requests)}",
                        "prompt_id": "push_copy",
                        "version": "2",
                        "arm": "b",
                        "text": "",
                        "output": {"title": title, "body": f"{product['title']} te espera."},
                        "copy_source": "llm",
                        "model": "fake",
                        "provider": "fake",
                        "usage": {"prompt_tokens": 10, "completion_tokens": 10},
                        "cost_usd": 0.0,
                        "verdict": {"passed": True, "reasons": []},
                    },
                )

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeGateway:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
