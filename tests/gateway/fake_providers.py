"""Local fakes of Anthropic, AWS Bedrock and Google Vertex AI on 127.0.0.1, speaking their real wire protocols.

Each fake VERIFIES the real authentication before it answers:

- ``FakeAnthropic``: the ``x-api-key`` it was given and the ``anthropic-version`` header;
- ``FakeBedrock``: the SigV4 signature, recomputed with botocore from the signed headers, the raw path
  and the body, with the secret it knows for the access key (and a clock skew of at most 5 minutes);
- ``FakeVertex``: a bearer token it issued itself from its own ``/token`` endpoint, which accepts only a
  JWT bearer assertion signed with the service account's key (``write_service_account`` writes that key file).

A refused request is recorded in ``auth_failures`` with its reason and answered as the provider would (401/403).

Embeddings: ``FakeBedrock`` answers InvokeModel for Amazon Titan Text Embeddings (one text per call, the
token count in the body and in ``X-Amzn-Bedrock-Input-Token-Count``) and Cohere Embed (``texts``, the count
in that header only); ``FakeVertex`` answers ``:predict`` for text embeddings models (``statistics.token_count``
per prediction). Each refuses, with the provider's own 400, a body the real API would refuse (a missing field,
an extraneous key, a size the model does not make). Vectors are ``hashed_words_vector`` of each text.

Behaviour per request comes from a script per model (``fake.script(model, ["429", "ok"])``), else ``default``:
``ok``; ``length`` (stopped by max tokens); ``429`` (throttled, Retry-After 0); ``500`` / ``503``;
``garbage`` (200 with a body that is not JSON); ``unknown_shape`` (200 JSON the translator does not know);
``stream_cut`` (first word, then the connection drops); ``stream_error`` (first word, then the provider's
own in-stream error: Anthropic's overloaded ``error`` event, a Bedrock ``exception`` frame, a Vertex error chunk).
Usage reports ``cached_tokens`` prompt tokens as read from the provider's prompt cache and (Anthropic and
Bedrock) ``cache_write_tokens`` as written to it, in each provider's own fields.
"""

from __future__ import annotations

import base64
import hmac
import io
import json
import time
import uuid
import zlib
from collections import defaultdict, deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import jwt
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from PIL import Image
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.gateway.fake_openai import hashed_words_vector

ANTHROPIC_VERSION = "2023-06-01"
#: SigV4 timestamps further than this from the fake's clock are refused, as AWS does
MAX_CLOCK_SKEW_S = 300


@dataclass
class Received:
    model: str
    body: dict[str, Any]
    headers: dict[str, str]
    path: str


@dataclass
class FakeProvider:
    """What the three fakes share: scripts, what was received, and the answer text and token counts."""

    default: str = "ok"
    cached_tokens: int = 0
    cache_write_tokens: int = 0
    received: list[Received] = field(default_factory=list)
    auth_failures: list[str] = field(default_factory=list)
    _scripts: dict[str, deque[str]] = field(default_factory=lambda: defaultdict(deque))

    def script(self, model: str, behaviours: list[str]) -> None:
        self._scripts[model].extend(behaviours)

    def next_behaviour(self, model: str) -> str:
        queue = self._scripts.get(model)
        return queue.popleft() if queue else self.default

    def calls(self, model: str) -> int:
        return sum(1 for r in self.received if r.model == model)

    @staticmethod
    def answer_text(model: str, last_user_text: str) -> str:
        return f"Respuesta de {model}: {last_user_text[:60]}"

    def token_counts(self, prompt_text: str, answer: str) -> tuple[int, int, int, int]:
        """(uncached prompt tokens, prompt tokens read from cache, prompt tokens written to cache, output tokens)."""
        prompt = len(prompt_text.split()) + 4
        cached = min(self.cached_tokens, prompt)
        written = min(self.cache_write_tokens, prompt - cached)
        return prompt - cached - written, cached, written, len(answer.split())

    def record(self, model: str, body: dict[str, Any], request: Request) -> None:
        self.received.append(Received(model, body, dict(request.headers), request.url.path))


def aws_chain_from_environment(monkeypatch: Any, folder: Path, key_id: str, secret: str) -> None:
    """Point the standard AWS credential chain at the environment only: no config files, no instance metadata."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", key_id)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", secret)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(folder / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(folder / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")


def png_base64(width: int, height: int) -> str:
    """A plain PNG of that size, base64: what the image fakes answer."""
    out = io.BytesIO()
    Image.new("RGB", (width, height), (52, 131, 250)).save(out, format="PNG")
    return base64.b64encode(out.getvalue()).decode()


def _words(text: str) -> list[str]:
    words = text.split(" ")
    return [word if index == 0 else " " + word for index, word in enumerate(words)]


# -- Anthropic --------------------------------------------------------------------------------------


def _anthropic_text(content: Any) -> str:
    """A Messages ``system`` or ``content``: a string, or text blocks (with ``cache_control`` breakpoints)."""
    if isinstance(content, str):
        return content
    return "".join(block["text"] for block in content if block.get("type") == "text")


@dataclass
class FakeAnthropic(FakeProvider):
    api_key: str = "sk-ant-test-0123456789"

    def _refuse(self, reason: str, status: int) -> Response:
        self.auth_failures.append(reason)
        kind = "authentication_error" if status == 401 else "invalid_request_error"
        return JSONResponse({"type": "error", "error": {"type": kind, "message": reason}}, status_code=status)

    async def messages(self, request: Request) -> Response:
        if not hmac.compare_digest(request.headers.get("x-api-key", ""), self.api_key):
            return self._refuse("invalid x-api-key", 401)
        if request.headers.get("anthropic-version") != ANTHROPIC_VERSION:
            return self._refuse("anthropic-version header missing or unknown", 400)
        body = await request.json()
        model = str(body.get("model"))
        self.record(model, body, request)
        behaviour = self.next_behaviour(model)
        if behaviour == "429":
            error = {"type": "error", "error": {"type": "rate_limit_error", "message": "Number of requests exceeded"}}
            return JSONResponse(error, status_code=429, headers={"retry-after": "0"})
        if behaviour in ("500", "503"):
            error = {"type": "error", "error": {"type": "api_error", "message": "Internal server error"}}
            return JSONResponse(error, status_code=int(behaviour))
        if behaviour == "garbage":
            return Response(b"<html>upstream connect error</html>", media_type="application/json")
        if behaviour == "unknown_shape":
            return JSONResponse({"type": "completion", "completion": "hola", "stop": None})
        last = next((_anthropic_text(m["content"]) for m in reversed(body["messages"]) if m["role"] == "user"), "")
        text = self.answer_text(model, last)
        system = _anthropic_text(body.get("system", ""))
        uncached, cached, written, output = self.token_counts(system + " " + last, text)
        usage = {"input_tokens": uncached, "cache_read_input_tokens": cached, "cache_creation_input_tokens": written}
        stop = "max_tokens" if behaviour == "length" else "end_turn"
        if body.get("stream"):
            return StreamingResponse(
                self._stream(model, text, usage, output, stop, behaviour), media_type="text/event-stream"
            )
        return JSONResponse(
            {
                "id": "msg_" + uuid.uuid4().hex,
                "type": "message",
                "role": "assistant",
                "model": model,
                "content": [{"type": "text", "text": text}],
                "stop_reason": stop,
                "stop_sequence": None,
                "usage": {**usage, "output_tokens": output},
            }
        )

    async def _stream(
        self, model: str, text: str, usage: dict[str, int], output: int, stop: str, behaviour: str
    ) -> AsyncIterator[bytes]:
        def event(name: str, data: dict[str, Any]) -> bytes:
            return f"event: {name}\ndata: {json.dumps(data)}\n\n".encode()

        message = {"id": "msg_x", "type": "message", "role": "assistant", "model": model, "content": []}
        yield event(
            "message_start", {"type": "message_start", "message": {**message, "usage": {**usage, "output_tokens": 1}}}
        )
        yield event(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        )
        yield event("ping", {"type": "ping"})
        for index, word in enumerate(_words(text)):
            delta = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": word}}
            yield event("content_block_delta", delta)
            if index == 0 and behaviour == "stream_cut":
                raise ConnectionResetError("stream_cut: the fake drops the connection mid-stream")
            if index == 0 and behaviour == "stream_error":
                yield event("error", {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})
                return
        yield event("content_block_stop", {"type": "content_block_stop", "index": 0})
        delta = {
            "type": "message_delta",
            "delta": {"stop_reason": stop, "stop_sequence": None},
            "usage": {"output_tokens": output},
        }
        yield event("message_delta", delta)
        yield event("message_stop", {"type": "message_stop"})

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/v1/messages", self.messages, methods=["POST"])])


# -- AWS Bedrock ------------------------------------------------------------------------------------


def event_stream_frame(headers: dict[str, str], payload: bytes) -> bytes:
    """One message of AWS's event-stream framing (string headers only), CRCs included."""
    header_bytes = b"".join(
        len(name).to_bytes(1, "big") + name.encode() + b"\x07" + len(value.encode()).to_bytes(2, "big") + value.encode()
        for name, value in headers.items()
    )
    total = 12 + len(header_bytes) + len(payload) + 4
    prelude = total.to_bytes(4, "big") + len(header_bytes).to_bytes(4, "big")
    message = prelude + zlib.crc32(prelude).to_bytes(4, "big") + header_bytes + payload
    return message + zlib.crc32(message).to_bytes(4, "big")


def sigv4_problem(request_url: str, method: str, headers: dict[str, str], body: bytes, secrets: dict[str, str],
                  region: str, service: str, now: float) -> str | None:  # fmt: skip
    """Why a request's SigV4 signature is not valid, or None when it is (recomputed with botocore)."""
    authorization = headers.get("authorization", "")
    algorithm, _, rest = authorization.partition(" ")
    if algorithm != "AWS4-HMAC-SHA256":
        return "no AWS4-HMAC-SHA256 authorization"
    fields = dict(part.strip().split("=", 1) for part in rest.split(","))
    access_key, date, signed_region, signed_service, terminal = fields["Credential"].split("/")
    if (signed_region, signed_service, terminal) != (region, service, "aws4_request"):
        return f"credential scope {signed_region}/{signed_service} is not {region}/{service}"
    secret = secrets.get(access_key)
    if secret is None:
        return "unknown access key"
    amz_date = headers.get("x-amz-date", "")
    try:
        signed_at = time.mktime(time.strptime(amz_date, "%Y%m%dT%H%M%SZ")) - time.timezone
    except ValueError:
        return "no x-amz-date"
    if abs(signed_at - now) > MAX_CLOCK_SKEW_S or not amz_date.startswith(date):
        return "x-amz-date outside the allowed clock skew"
    signed_names = fields["SignedHeaders"].split(";")
    if "host" not in signed_names or "x-amz-date" not in signed_names:
        return "host and x-amz-date must be signed"
    rebuilt = AWSRequest(
        method=method, url=request_url, data=body, headers={n: headers.get(n, "") for n in signed_names}
    )
    rebuilt.context["timestamp"] = amz_date
    signer = SigV4Auth(Credentials(access_key, secret, headers.get("x-amz-security-token")), service, region)
    expected = signer.signature(signer.string_to_sign(rebuilt, signer.canonical_request(rebuilt)), rebuilt)
    if not hmac.compare_digest(expected, fields["Signature"]):
        return "signature mismatch"
    return None


@dataclass
class FakeBedrock(FakeProvider):
    region: str = "us-east-1"
    #: access key id → secret access key the fake accepts
    secrets: dict[str, str] = field(default_factory=lambda: {"AKIAPULSOTEST0000001": "secreto-de-prueba-para-sigv4"})

    async def _verified(self, request: Request) -> tuple[bytes, Response | None]:
        body = await request.body()
        raw_path = request.scope["raw_path"].decode()
        query = request.scope.get("query_string", b"").decode()
        url = f"http://{request.headers['host']}{raw_path}" + (f"?{query}" if query else "")
        headers = {name.lower(): value for name, value in request.headers.items()}
        problem = sigv4_problem(url, "POST", headers, body, self.secrets, self.region, "bedrock", time.time())
        if problem is None:
            return body, None
        self.auth_failures.append(problem)
        return body, JSONResponse(
            {"message": "The request signature we calculated does not match the signature you provided."},
            status_code=403,
            headers={"x-amzn-errortype": "InvalidSignatureException"},
        )

    def _parsed(self, request: Request, body: bytes) -> tuple[str, dict[str, Any], str, str]:
        model = request.path_params["model"]
        document = json.loads(body)
        self.record(model, document, request)
        last = next(
            (
                "".join(block.get("text", "") for block in m["content"])
                for m in reversed(document["messages"])
                if m["role"] == "user"
            ),
            "",
        )
        system = " ".join(block.get("text", "") for block in document.get("system", []))
        return model, document, last, system

    async def _conversation(self, request: Request) -> Response | tuple[str, str, str, str]:
        """A Converse(Stream) request checked and read: (model, last user text, system, behaviour),
        or the answer refusing it (bad signature, or a failing behaviour scripted for the model)."""
        body, refused = await self._verified(request)
        if refused:
            return refused
        model, _document, last, system = self._parsed(request, body)
        behaviour = self.next_behaviour(model)
        return self._failure(behaviour) or (model, last, system, behaviour)

    def _failure(self, behaviour: str) -> Response | None:
        if behaviour == "429":
            return JSONResponse(
                {"message": "Too many requests, please wait before trying again."},
                status_code=429,
                headers={"x-amzn-errortype": "ThrottlingException"},
            )
        if behaviour in ("500", "503"):
            return JSONResponse({"message": "Internal server error"}, status_code=int(behaviour))
        if behaviour == "garbage":
            return Response(b"\x00\x01 not json at all", media_type="application/json")
        if behaviour == "unknown_shape":
            return JSONResponse({"results": [{"outputText": "hola", "completionReason": "FINISH"}]})
        return None

    def _usage(self, system: str, last: str, text: str) -> dict[str, int]:
        uncached, cached, written, output = self.token_counts(system + " " + last, text)
        return {
            "inputTokens": uncached,
            "outputTokens": output,
            "totalTokens": uncached + cached + written + output,
            "cacheReadInputTokens": cached,
            "cacheWriteInputTokens": written,
        }

    async def converse(self, request: Request) -> Response:
        asked = await self._conversation(request)
        if isinstance(asked, Response):
            return asked
        model, last, system, behaviour = asked
        text = self.answer_text(model, last)
        return JSONResponse(
            {
                "output": {"message": {"role": "assistant", "content": [{"text": text}]}},
                "stopReason": "max_tokens" if behaviour == "length" else "end_turn",
                "usage": self._usage(system, last, text),
                "metrics": {"latencyMs": 12},
            }
        )

    async def invoke(self, request: Request) -> Response:
        """InvokeModel (SigV4 checked): Titan Image Generator (``numberOfImages`` PNGs of the asked size),
        Titan Text Embeddings or Cohere Embed, by the model in the path."""
        body, refused = await self._verified(request)
        if refused:
            return refused
        model = request.path_params["model"]
        document = json.loads(body)
        self.record(model, document, request)
        failure = self._failure(self.next_behaviour(model))
        if failure is not None:
            return failure
        if "titan-embed-text" in model:
            return self._titan_embedding(model, document)
        if "cohere.embed" in model:
            return self._cohere_embeddings(model, document)
        config = document["imageGenerationConfig"]
        picture = png_base64(config.get("width", 1024), config.get("height", 1024))
        return JSONResponse({"images": [picture] * config["numberOfImages"], "error": None})

    @staticmethod
    def _validation(message: str) -> Response:
        return JSONResponse({"message": message}, status_code=400, headers={"x-amzn-errortype": "ValidationException"})

    def _titan_embedding(self, model: str, document: dict[str, Any]) -> Response:
        allowed = {"inputText", "dimensions", "normalize", "embeddingTypes"} if "v2" in model else {"inputText"}
        extraneous = sorted(set(document) - allowed)
        if extraneous:
            return self._validation(f"Malformed input request: extraneous key [{extraneous[0]}] is not permitted")
        text = document.get("inputText")
        dimensions = document.get("dimensions", 1024)
        if not isinstance(text, str) or not text or dimensions not in (256, 512, 1024):
            return self._validation("Malformed input request: inputText and a dimensions of 256, 512 or 1024")
        tokens = len(text.split()) + 2
        vector = hashed_words_vector(text, dimensions if "v2" in model else 1536)
        return JSONResponse(
            {"embedding": vector, "inputTextTokenCount": tokens, "embeddingsByType": {"float": vector}},
            headers={"x-amzn-bedrock-input-token-count": str(tokens)},
        )

    def _cohere_embeddings(self, model: str, document: dict[str, Any]) -> Response:
        allowed = {"texts", "input_type", "truncate", "embedding_types"} | (
            {"output_dimension"} if "v4" in model else set()
        )
        extraneous = sorted(set(document) - allowed)
        if extraneous:
            return self._validation(f"Malformed input request: extraneous key [{extraneous[0]}] is not permitted")
        texts = document.get("texts")
        kinds = ("search_document", "search_query", "classification", "clustering")
        if not isinstance(texts, list) or len(texts) > 96 or document.get("input_type") not in kinds:
            return self._validation("Malformed input request: texts (at most 96) and input_type are required")
        dimensions = int(document.get("output_dimension", 1536 if "v4" in model else 1024))
        vectors = [hashed_words_vector(text, dimensions) for text in texts]
        tokens = sum(len(text.split()) + 2 for text in texts)
        by_type = document.get("embedding_types") is not None
        answer = {
            "id": uuid.uuid4().hex,
            "embeddings": {"float": vectors} if by_type else vectors,
            "response_type": "embeddings_by_type" if by_type else "embeddings_floats",
            "texts": texts,
        }
        return JSONResponse(answer, headers={"x-amzn-bedrock-input-token-count": str(tokens)})

    async def converse_stream(self, request: Request) -> Response:
        asked = await self._conversation(request)
        if isinstance(asked, Response):
            return asked
        model, last, system, behaviour = asked
        text = self.answer_text(model, last)
        stop = "max_tokens" if behaviour == "length" else "end_turn"
        return StreamingResponse(
            self._frames(text, stop, self._usage(system, last, text), behaviour),
            media_type="application/vnd.amazon.eventstream",
        )

    async def _frames(self, text: str, stop: str, usage: dict[str, int], behaviour: str) -> AsyncIterator[bytes]:
        def event(kind: str, payload: dict[str, Any]) -> bytes:
            headers = {":event-type": kind, ":content-type": "application/json", ":message-type": "event"}
            # real frames carry a "p" padding field of random length; readers must ignore it
            return event_stream_frame(headers, json.dumps({**payload, "p": "abcdefgh"}).encode())

        yield event("messageStart", {"role": "assistant"})
        for index, word in enumerate(_words(text)):
            yield event("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": word}})
            if index == 0 and behaviour == "stream_cut":
                raise ConnectionResetError("stream_cut: the fake drops the connection mid-stream")
            if index == 0 and behaviour == "stream_error":
                headers = {":exception-type": "throttlingException", ":content-type": "application/json",
                           ":message-type": "exception"}  # fmt: skip
                yield event_stream_frame(headers, b'{"message":"Too many tokens, please wait."}')
                return
        yield event("contentBlockStop", {"contentBlockIndex": 0})
        yield event("messageStop", {"stopReason": stop})
        yield event("metadata", {"usage": usage, "metrics": {"latencyMs": 12}})

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/model/{model}/converse", self.converse, methods=["POST"]),
                Route("/model/{model}/converse-stream", self.converse_stream, methods=["POST"]),
                Route("/model/{model}/invoke", self.invoke, methods=["POST"]),
            ]
        )


# -- Google Vertex AI -------------------------------------------------------------------------------


@dataclass
class FakeVertex(FakeProvider):
    client_email: str = "pulso-gateway@pulso-test.iam.gserviceaccount.com"
    #: seconds each issued access token lives
    token_lifetime_s: int = 3600
    #: access token → its expiry (time.time())
    issued: dict[str, float] = field(default_factory=dict)
    token_requests: int = 0
    url: str = ""
    _key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )
    key_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def write_service_account(self, path: Path, *, signed_by: rsa.RSAPrivateKey | None = None) -> Path:
        """A service-account key file whose token_uri is this fake (``signed_by`` another key: one it will refuse)."""
        key = signed_by or self._key
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        path.write_text(
            json.dumps(
                {
                    "type": "service_account",
                    "project_id": "pulso-test",
                    "private_key_id": self.key_id,
                    "private_key": pem.decode(),
                    "client_email": self.client_email,
                    "client_id": "1234567890",
                    "token_uri": f"{self.url}/token",
                }
            )
        )
        return path

    async def token(self, request: Request) -> Response:
        self.token_requests += 1
        form = {name: values[0] for name, values in parse_qs((await request.body()).decode()).items()}
        if form.get("grant_type") != "urn:ietf:params:oauth:grant-type:jwt-bearer":
            self.auth_failures.append("wrong grant_type")
            return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
        assertion = str(form.get("assertion", ""))
        try:
            if jwt.get_unverified_header(assertion).get("kid") != self.key_id:
                raise jwt.InvalidTokenError("unknown kid")
            claims = jwt.decode(
                assertion,
                self._key.public_key(),
                algorithms=["RS256"],
                audience=f"{self.url}/token",
                issuer=self.client_email,
                options={"require": ["iss", "aud", "iat", "exp", "scope"]},
            )
        except jwt.InvalidTokenError as error:
            self.auth_failures.append(f"assertion refused: {error}")
            return JSONResponse(
                {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}, status_code=400
            )
        if "https://www.googleapis.com/auth/cloud-platform" not in str(claims["scope"]).split():
            self.auth_failures.append("scope without cloud-platform")
            return JSONResponse({"error": "invalid_scope"}, status_code=400)
        value = "ya29.fake-" + uuid.uuid4().hex
        self.issued[value] = time.time() + self.token_lifetime_s
        return JSONResponse({"access_token": value, "expires_in": self.token_lifetime_s, "token_type": "Bearer"})

    def revoke_all(self) -> None:
        self.issued.clear()

    async def generate(self, request: Request) -> Response:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if self.issued.get(bearer, 0) <= time.time():
            self.auth_failures.append("bearer not issued here or expired")
            return JSONResponse(
                {
                    "error": {
                        "code": 401,
                        "message": "Request had invalid authentication credentials.",
                        "status": "UNAUTHENTICATED",
                    }
                },
                status_code=401,
            )
        model, _, action = request.path_params["model_action"].partition(":")
        body = await request.json()
        self.record(model, body, request)
        behaviour = self.next_behaviour(model)
        if behaviour == "429":
            error = {"error": {"code": 429, "message": "Resource exhausted.", "status": "RESOURCE_EXHAUSTED"}}
            return JSONResponse(error, status_code=429)
        if behaviour in ("500", "503"):
            error = {"error": {"code": int(behaviour), "message": "Internal error.", "status": "INTERNAL"}}
            return JSONResponse(error, status_code=int(behaviour))
        if behaviour == "garbage":
            return Response(b"<!DOCTYPE html><title>Error 502</title>", media_type="application/json")
        if behaviour == "unknown_shape":
            return JSONResponse({"predictions": [{"content": "hola"}]})
        if action == "predict" and "embedding" in model:
            return self._embeddings(model, body)
        if action == "predict":  # Imagen
            if behaviour == "filtered":
                return JSONResponse({"predictions": [{"raiFilteredReason": "prompt blocked"}]})
            width, height = {"1:1": (1024, 1024), "4:3": (1280, 960), "16:9": (1408, 768)}.get(
                body["parameters"].get("aspectRatio", "1:1"), (1024, 1024)
            )
            picture = {"bytesBase64Encoded": png_base64(width, height), "mimeType": "image/png"}
            return JSONResponse({"predictions": [picture] * body["parameters"]["sampleCount"]})
        last = next(
            ("".join(p.get("text", "") for p in c["parts"]) for c in reversed(body["contents"]) if c["role"] == "user"),
            "",
        )
        system = " ".join(p.get("text", "") for p in (body.get("systemInstruction") or {}).get("parts", []))
        text = self.answer_text(model, last)
        uncached, cached, written, output = self.token_counts(system + " " + last, text)
        # Gemini reports no cache writes: a written token is a plain prompt token to it
        usage = {
            "promptTokenCount": uncached + cached + written,
            "candidatesTokenCount": output,
            "totalTokenCount": uncached + cached + written + output,
            "cachedContentTokenCount": cached,
        }
        finish = "MAX_TOKENS" if behaviour == "length" else "STOP"
        if action == "streamGenerateContent":
            return StreamingResponse(self._chunks(text, finish, usage, behaviour), media_type="text/event-stream")
        return JSONResponse(
            {
                "candidates": [{"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": finish}],
                "usageMetadata": usage,
                "modelVersion": model,
            }
        )

    @staticmethod
    def _embeddings(model: str, body: dict[str, Any]) -> Response:
        def invalid(message: str) -> Response:
            error = {"error": {"code": 400, "message": message, "status": "INVALID_ARGUMENT"}}
            return JSONResponse(error, status_code=400)

        instances = body.get("instances")
        if (
            not isinstance(instances, list)
            or not instances
            or not all(isinstance(i, dict) and isinstance(i.get("content"), str) for i in instances)
        ):
            return invalid("instances must each have a content")
        if model.startswith("gemini-embedding") and len(instances) != 1:
            return invalid("gemini-embedding-001 supports one instance per request")
        parameters = body.get("parameters") or {}
        top = 3072 if model.startswith("gemini-embedding") else 768
        dimensions = int(parameters.get("outputDimensionality", top))
        if not 1 <= dimensions <= top:
            return invalid(f"outputDimensionality must be between 1 and {top}")
        predictions = [
            {
                "embeddings": {
                    "values": hashed_words_vector(instance["content"], dimensions),
                    "statistics": {"token_count": len(instance["content"].split()) + 2, "truncated": False},
                }
            }
            for instance in instances
        ]
        characters = sum(len(instance["content"]) for instance in instances)
        return JSONResponse({"predictions": predictions, "metadata": {"billableCharacterCount": characters}})

    async def _chunks(self, text: str, finish: str, usage: dict[str, int], behaviour: str) -> AsyncIterator[bytes]:
        words = _words(text)
        for index, word in enumerate(words):
            candidate: dict[str, Any] = {"content": {"role": "model", "parts": [{"text": word}]}}
            chunk: dict[str, Any] = {"candidates": [candidate]}
            if index == len(words) - 1:
                candidate["finishReason"] = finish
                chunk["usageMetadata"] = usage
            yield b"data: " + json.dumps(chunk).encode() + b"\r\n\r\n"
            if index == 0 and behaviour == "stream_cut":
                raise ConnectionResetError("stream_cut: the fake drops the connection mid-stream")
            if index == 0 and behaviour == "stream_error":
                error = {"error": {"code": 503, "message": "The model is overloaded.", "status": "UNAVAILABLE"}}
                yield b"data: " + json.dumps(error).encode() + b"\r\n\r\n"
                return

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/token", self.token, methods=["POST"]),
                Route(
                    "/v1/projects/{project}/locations/{location}/publishers/google/models/{model_action}",
                    self.generate,
                    methods=["POST"],
                ),
            ]
        )
