"""Fake FCM HTTP v1 and APNs servers on 127.0.0.1 speaking the real wire formats.

Both run under hypercorn with TLS (a self-signed certificate the push worker is told to trust), so
clients negotiate HTTP/2 by ALPN exactly as with Google and Apple; APNs refuses anything but HTTP/2.
The FCM fake also serves the OAuth2 token endpoint and checks the RS256 JWT-bearer assertion; the
APNs fake checks the ES256 provider token. Tests script errors per device token and read what arrived.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import itertools
import json
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from hypercorn.asyncio import serve
from hypercorn.config import Config
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from services.infra.tcp_ports import free_port, port_open

#: tests move the sender's clock up to two hours ahead, so its JWTs carry future iat/exp times
CLOCK_LEEWAY = dt.timedelta(hours=2)


@dataclass(frozen=True)
class Scripted:
    """One scripted error answer: HTTP status, the provider's error code, an optional Retry-After."""

    status: int
    code: str
    retry_after: str | None = None


@dataclass
class Received:
    token: str
    notification_id: str
    http_version: str
    headers: dict[str, str]
    body: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass
class FakeProviderState:
    """What a fake received, what it should answer, and a gate that can hold every answer."""

    received: list[Received] = field(default_factory=list)
    scripts: dict[str, deque[Scripted]] = field(default_factory=dict)
    open_gate: threading.Event = field(default_factory=threading.Event)
    answered: int = 0
    #: seconds each answer takes, like a real provider's latency
    latency_s: float = 0.0

    def __post_init__(self) -> None:
        self.open_gate.set()

    def script(self, token: str, *answers: Scripted) -> None:
        """Answer the next sends to ``token`` with ``answers``, in order, then succeed."""
        self.scripts.setdefault(token, deque()).extend(answers)

    def next_scripted(self, token: str) -> Scripted | None:
        queue = self.scripts.get(token)
        return queue.popleft() if queue else None

    async def wait_for_gate(self) -> None:
        if self.latency_s:
            await asyncio.sleep(self.latency_s)
        while not self.open_gate.is_set():
            await asyncio.sleep(0.01)

    def pushes(self) -> list[tuple[str, str]]:
        """(notification_id, token) of every push that arrived, including ones answered with an error."""
        return [(r.notification_id, r.token) for r in self.received]


class ServerThread:
    """Serves an ASGI app with hypercorn on its own event loop in a daemon thread."""

    def __init__(self, app: Any, certfile: Path, keyfile: Path) -> None:
        self.port = free_port()
        self._config = Config()
        self._config.bind = [f"127.0.0.1:{self.port}"]
        self._config.certfile = str(certfile)
        self._config.keyfile = str(keyfile)
        self._config.accesslog = None
        self._config.errorlog = None
        self._config.keep_alive_timeout = 60
        self._config.graceful_timeout = 0.5
        # hypercorn closes a connection after this many requests, failing the streams still in flight
        self._config.keep_alive_max_requests = 10_000_000
        self._app = app
        self._loop = asyncio.new_event_loop()
        self._shutdown: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name=f"fake-provider-{self.port}", daemon=True)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._shutdown = asyncio.Event()
        self._loop.run_until_complete(serve(self._app, self._config, shutdown_trigger=self._shutdown.wait))

    def start(self) -> None:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not port_open("127.0.0.1", self.port):
            if time.monotonic() > deadline:
                raise RuntimeError("fake provider did not start")
            time.sleep(0.05)

    def stop(self) -> None:
        if self._shutdown is not None:
            self._loop.call_soon_threadsafe(self._shutdown.set)
        self._thread.join(timeout=10)


@dataclass
class TlsFiles:
    certfile: Path
    keyfile: Path


def self_signed_tls(directory: Path) -> TlsFiles:
    """A certificate for 127.0.0.1 that the push worker trusts through its *_CA_FILE setting."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    files = TlsFiles(directory / "fake-provider.crt", directory / "fake-provider.key")
    files.certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.keyfile.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return files


class FakeFcm:
    """FCM HTTP v1 ``messages:send`` and Google's OAuth2 token endpoint."""

    project_id = "pulso-test-project"
    client_email = "push-sender@pulso-test-project.iam.gserviceaccount.com"

    def __init__(self, directory: Path, tls: TlsFiles, token_lifetime_s: int = 3600) -> None:
        self.state = FakeProviderState()
        self._key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.token_lifetime_s = token_lifetime_s
        self.issued_tokens: set[str] = set()
        self.token_requests = 0
        self._counter = itertools.count(1)
        app = Starlette(
            routes=[
                Route("/token", self._token, methods=["POST"]),
                Route("/v1/projects/{project}/messages:send", self._send, methods=["POST"]),
                Route("/stats", self._stats, methods=["GET"]),
            ]
        )
        self.server = ServerThread(app, tls.certfile, tls.keyfile)
        self.credentials_file = directory / "fcm-service-account.json"

    def start(self) -> None:
        self.server.start()
        pem = self._key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()
        self.credentials_file.write_text(
            json.dumps(
                {
                    "type": "service_account",
                    "project_id": self.project_id,
                    "private_key_id": "kid-test-1",
                    "private_key": pem,
                    "client_email": self.client_email,
                    "token_uri": self.token_url,
                }
            )
        )

    def stop(self) -> None:
        self.server.stop()

    @property
    def token_url(self) -> str:
        return f"{self.server.url}/token"

    async def _token(self, request: Request) -> Response:
        form = parse_qs((await request.body()).decode())
        self.token_requests += 1
        if form.get("grant_type") != ["urn:ietf:params:oauth:grant-type:jwt-bearer"]:
            return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
        try:
            claims = jwt.decode(
                form["assertion"][0],
                self._key.public_key(),
                algorithms=["RS256"],
                audience=self.token_url,
                leeway=CLOCK_LEEWAY,
            )
        except (jwt.PyJWTError, KeyError) as error:
            return JSONResponse({"error": "invalid_grant", "error_description": str(error)}, status_code=400)
        if claims.get("iss") != self.client_email or "firebase.messaging" not in claims.get("scope", ""):
            return JSONResponse({"error": "invalid_scope"}, status_code=400)
        token = f"ya29.fake-{next(self._counter)}-{uuid.uuid4().hex[:8]}"
        self.issued_tokens.add(token)
        return JSONResponse({"access_token": token, "expires_in": self.token_lifetime_s, "token_type": "Bearer"})

    async def _stats(self, _request: Request) -> Response:
        return JSONResponse({"received": len(self.state.received), "answered": self.state.answered})

    async def _send(self, request: Request) -> Response:
        # Read the body before refusing: hypercorn drops the connection when an HTTP/2 body is left unread.
        body = await request.json()
        if request.path_params["project"] != self.project_id:
            return _fcm_error(404, "NOT_FOUND", None)
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer ") or auth.removeprefix("Bearer ") not in self.issued_tokens:
            return _fcm_error(401, "THIRD_PARTY_AUTH_ERROR", None, status_name="UNAUTHENTICATED")
        message = body["message"]
        self.state.received.append(
            Received(
                token=message["token"],
                notification_id=message["data"]["notification_id"],
                http_version=request.scope["http_version"],
                headers=dict(request.headers),
                body=body,
            )
        )
        await self.state.wait_for_gate()
        scripted = self.state.next_scripted(message["token"])
        self.state.answered += 1
        if scripted is not None:
            return _fcm_error(scripted.status, scripted.code, scripted.retry_after)
        return JSONResponse({"name": f"projects/{self.project_id}/messages/{next(self._counter)}"})


def _fcm_error(status: int, code: str, retry_after: str | None, status_name: str | None = None) -> Response:
    names = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED"}
    body = {
        "error": {
            "code": status,
            "message": f"fake FCM says {code}",
            "status": status_name or names.get(status, "UNAVAILABLE" if status == 503 else "INTERNAL"),
            "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": code}],
        }
    }
    headers = {"retry-after": retry_after} if retry_after else None
    return JSONResponse(body, status_code=status, headers=headers)


class FakeApns:
    """APNs ``POST /3/device/{token}``, HTTP/2 only, with ES256 provider-token checks."""

    team_id = "PULSOTEAM1"
    key_id = "PULSOKEY01"
    topic = "com.pulso.marketplace"

    def __init__(self, directory: Path, tls: TlsFiles) -> None:
        self.state = FakeProviderState()
        self._key = ec.generate_private_key(ec.SECP256R1())
        self.key_file = directory / "AuthKey_PULSOKEY01.p8"
        self.key_file.write_bytes(
            self._key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        self.provider_tokens_seen: set[str] = set()
        app = Starlette(routes=[Route("/3/device/{token}", self._push, methods=["POST"])])
        self.server = ServerThread(app, tls.certfile, tls.keyfile)

    def start(self) -> None:
        self.server.start()

    def stop(self) -> None:
        self.server.stop()

    async def _push(self, request: Request) -> Response:
        body = await request.json()
        if request.scope["http_version"] != "2":
            return JSONResponse({"reason": "BadRequest"}, status_code=400)
        auth = request.headers.get("authorization", "")
        try:
            header = jwt.get_unverified_header(auth.removeprefix("bearer "))
            claims = jwt.decode(
                auth.removeprefix("bearer "), self._key.public_key(), algorithms=["ES256"], leeway=CLOCK_LEEWAY
            )
        except jwt.PyJWTError:
            return JSONResponse({"reason": "InvalidProviderToken"}, status_code=403)
        if header.get("kid") != self.key_id or claims.get("iss") != self.team_id:
            return JSONResponse({"reason": "InvalidProviderToken"}, status_code=403)
        if request.headers.get("apns-topic") != self.topic:
            return JSONResponse({"reason": "DeviceTokenNotForTopic"}, status_code=400)
        self.provider_tokens_seen.add(auth)
        token = request.path_params["token"]
        self.state.received.append(
            Received(
                token=token,
                notification_id=body["notification_id"],
                http_version=request.scope["http_version"],
                headers=dict(request.headers),
                body=body,
            )
        )
        await self.state.wait_for_gate()
        scripted = self.state.next_scripted(token)
        self.state.answered += 1
        apns_id = request.headers.get("apns-id", str(uuid.uuid4()))
        if scripted is not None:
            headers = {"apns-id": apns_id}
            if scripted.retry_after:
                headers["retry-after"] = scripted.retry_after
            content: dict[str, Any] = {"reason": scripted.code}
            if scripted.status == 410:
                content["timestamp"] = int(time.time() * 1000)
            return JSONResponse(content, status_code=scripted.status, headers=headers)
        return Response(status_code=200, headers={"apns-id": apns_id})
