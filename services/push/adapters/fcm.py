"""Firebase Cloud Messaging HTTP v1: OAuth2 access tokens from a service-account key, one message per token.

The access token comes from the token endpoint in exchange for an RS256-signed JWT (the OAuth2
JWT-bearer grant); it is cached and refreshed before it expires, by one caller at a time.
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import jwt
import orjson

from schemas.events import PushRequest
from services.push.adapters.curl_transport import HttpAnswer, TransportError
from services.push.adapters.http_answers import retry_after_seconds
from services.push.adapters.sender import SenderConfigError
from services.push.adapters.transports import HttpClient, provider_transport
from services.push.domain.delivery import SENT, OutcomeKind, SendOutcome, expires_at
from services.push.domain.devices import Device, Platform
from services.push.settings import PushSettings

FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging"
_JWT_LIFETIME = timedelta(hours=1)
#: refresh this long before the access token expires, so no send goes out with a token about to die
_REFRESH_MARGIN = timedelta(minutes=5)
#: FCM error codes (google.firebase.fcm.v1.FcmError) that mean the token will never work again
_DEAD_TOKEN_CODES = {"UNREGISTERED", "INVALID_ARGUMENT", "SENDER_ID_MISMATCH"}
_RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class ServiceAccount:
    """The fields of a Firebase service-account JSON key that push uses."""

    project_id: str
    client_email: str
    private_key: str
    private_key_id: str
    token_uri: str

    @classmethod
    def from_file(cls, path: Path) -> ServiceAccount:
        """Read a key file; SenderConfigError names what is missing."""
        try:
            data = json.loads(path.read_text())
            return cls(
                project_id=data["project_id"],
                client_email=data["client_email"],
                private_key=data["private_key"],
                private_key_id=data.get("private_key_id", ""),
                token_uri=data.get("token_uri", "https://oauth2.googleapis.com/token"),
            )
        except (OSError, ValueError, KeyError) as error:
            raise SenderConfigError(f"cannot read the FCM service-account key {path}: {error!r}") from None


class AccessTokenError(Exception):
    """The token endpoint did not hand out an access token."""


class FcmAccessTokens:
    """A cached OAuth2 access token for FCM, refreshed before expiry."""

    def __init__(
        self, account: ServiceAccount, token_url: str, client: httpx.AsyncClient, clock: Callable[[], datetime]
    ) -> None:
        self._account = account
        self._token_url = token_url
        self._client = client
        self._clock = clock
        self._lock = asyncio.Lock()
        self._token: str | None = None
        self._expires_at: datetime | None = None
        self.exchanges = 0

    def assertion(self, now: datetime) -> str:
        """The signed JWT exchanged for an access token."""
        claims = {
            "iss": self._account.client_email,
            "scope": FCM_SCOPE,
            "aud": self._token_url,
            "iat": int(now.timestamp()),
            "exp": int((now + _JWT_LIFETIME).timestamp()),
        }
        headers = {"kid": self._account.private_key_id} if self._account.private_key_id else None
        return jwt.encode(claims, self._account.private_key, algorithm="RS256", headers=headers)

    def _fresh(self, now: datetime) -> bool:
        return self._token is not None and self._expires_at is not None and now < self._expires_at - _REFRESH_MARGIN

    async def get(self) -> str:
        """A valid access token, exchanging a new JWT when the cached one is missing or close to expiry."""
        if self._fresh(self._clock()):
            assert self._token is not None
            return self._token
        async with self._lock:
            now = self._clock()
            if self._fresh(now):
                assert self._token is not None
                return self._token
            response = await self._client.post(
                self._token_url,
                data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": self.assertion(now)},
            )
            if response.status_code != 200:
                raise AccessTokenError(f"token endpoint answered {response.status_code}: {response.text[:200]}")
            body = response.json()
            self._token = str(body["access_token"])
            self._expires_at = now + timedelta(seconds=int(body.get("expires_in", 3600)))
            self.exchanges += 1
            return self._token

    def invalidate(self) -> None:
        """Forget the cached token (the send endpoint refused it)."""
        self._token = None
        self._expires_at = None


def fcm_message(device: Device, request: PushRequest, now: datetime) -> dict[str, Any]:
    """The HTTP v1 ``messages:send`` body for one device."""
    ttl_s = max(0, int((expires_at(request.created_at, request.ttl_seconds) - now).total_seconds()))
    # A newer push of the same kind replaces an older one still waiting on the device.
    collapse = request.trigger.value
    message: dict[str, Any] = {
        "token": device.token,
        "notification": {"title": request.title, "body": request.body},
        "data": {"deep_link": request.deep_link, "notification_id": request.notification_id},
    }
    if device.platform is Platform.WEB:
        webpush: dict[str, Any] = {"headers": {"TTL": str(ttl_s), "Urgency": "high", "Topic": collapse}}
        # FCM rejects non-HTTPS links (INVALID_ARGUMENT), which would wrongly prune the token.
        if request.deep_link.startswith("https://"):
            webpush["fcm_options"] = {"link": request.deep_link}
        message["webpush"] = webpush
    else:
        message["android"] = {"collapse_key": collapse, "ttl": f"{ttl_s}s", "priority": "HIGH"}
    return {"message": message}


def _fcm_error_code(body: dict[str, Any]) -> str:
    error = body.get("error", {}) if isinstance(body, dict) else {}
    for detail in error.get("details", []) or []:
        if isinstance(detail, dict) and detail.get("errorCode"):
            return str(detail["errorCode"])
    return str(error.get("status", "UNKNOWN"))


def _transport_failure(error: BaseException) -> SendOutcome:
    if not isinstance(error, TransportError):
        raise error
    return SendOutcome(OutcomeKind.RETRY, error=f"transport: {error}")


class FcmSender:
    """Sends through FCM HTTP v1: messages over multiplexed HTTP/2 (httpx + h2, or libcurl: transports.py),
    the rare OAuth2 token exchange over httpx."""

    provider = "fcm"

    def __init__(
        self,
        account: ServiceAccount,
        endpoint: str,
        token_url: str,
        clock: Callable[[], datetime],
        timeout_s: float = 10.0,
        max_connections: int = 100,
        quota_backoff_s: float = 60.0,
        ca_file: Path | None = None,
        http2: bool = True,
        http_client: HttpClient = "curl",
        pipewait: bool = True,
    ) -> None:
        self._account = account
        self._send_url = f"{endpoint.rstrip('/')}/v1/projects/{account.project_id}/messages:send"
        self._clock = clock
        verify: ssl.SSLContext | bool = True
        if ca_file is not None:
            verify = ssl.create_default_context(cafile=str(ca_file))
        self._client = httpx.AsyncClient(verify=verify, timeout=timeout_s)
        # Google's FCM front ends allow 100 concurrent streams per connection; a few connections carry thousands/s.
        self._transport = provider_transport(
            http_client,
            http2=http2,
            ca_file=ca_file,
            timeout_s=timeout_s,
            max_host_connections=max(1, max_connections // 100),
            pipewait=pipewait,
        )
        self.tokens = FcmAccessTokens(account, token_url, self._client, clock)
        self._quota_backoff_s = quota_backoff_s
        self._paused_until: datetime | None = None

    @classmethod
    def from_settings(cls, settings: PushSettings, clock: Callable[[], datetime]) -> FcmSender:
        if settings.push_fcm_credentials_file is None:
            raise SenderConfigError("PULSO_PUSH_FCM_CREDENTIALS_FILE is required when PULSO_PUSH_PROVIDER=fcm_apns")
        account = ServiceAccount.from_file(settings.push_fcm_credentials_file)
        return cls(
            account,
            endpoint=settings.push_fcm_endpoint,
            token_url=settings.push_fcm_token_url or account.token_uri,
            clock=clock,
            timeout_s=settings.push_http_timeout_s,
            max_connections=settings.push_concurrency,
            quota_backoff_s=settings.push_quota_backoff_s,
            ca_file=settings.push_fcm_ca_file,
            http2=settings.push_fcm_http2,
            http_client=settings.push_http_client,
            pipewait=settings.push_http_pipewait,
        )

    async def send(self, device: Device, request: PushRequest) -> SendOutcome:
        return (await self.send_many([(device, request)]))[0]

    async def send_many(self, items: Sequence[tuple[Device, PushRequest]]) -> list[SendOutcome]:
        await self._respect_quota_pause()
        try:
            access_token = await self.tokens.get()
        except (AccessTokenError, httpx.HTTPError, ValueError, KeyError) as error:
            return [SendOutcome(OutcomeKind.RETRY, error=f"oauth: {error}")] * len(items)
        now = self._clock()
        headers = [f"Authorization: Bearer {access_token}", "Content-Type: application/json; charset=UTF-8"]
        answers = await asyncio.gather(
            *(
                self._transport.start(self._send_url, orjson.dumps(fcm_message(device, request, now)), headers)
                for device, request in items
            ),
            return_exceptions=True,
        )
        return [
            self._outcome(answer) if isinstance(answer, HttpAnswer) else _transport_failure(answer)
            for answer in answers
        ]

    def _outcome(self, response: HttpAnswer) -> SendOutcome:
        if response.status == 200:
            return SENT
        try:
            body = orjson.loads(response.body)
        except orjson.JSONDecodeError:
            body = {}
        code = _fcm_error_code(body)
        error = f"{response.status} {code}"
        if code in _DEAD_TOKEN_CODES:
            return SendOutcome(OutcomeKind.INVALID_TOKEN, error=error)
        retry_after = retry_after_seconds(response.headers.get("retry-after"), self._clock())
        if response.status == 401 or code == "THIRD_PARTY_AUTH_ERROR":
            self.tokens.invalidate()
            return SendOutcome(OutcomeKind.RETRY, error=error, retry_after_s=retry_after)
        if code == "QUOTA_EXCEEDED":
            # The quota is the project's, not this message's: pause every send, not only this one.
            pause = retry_after if retry_after is not None else self._quota_backoff_s
            self._pause(pause)
            return SendOutcome(OutcomeKind.RETRY, error=error, retry_after_s=retry_after, quota_exceeded=True)
        if response.status in _RETRY_STATUSES:
            return SendOutcome(OutcomeKind.RETRY, error=error, retry_after_s=retry_after)
        return SendOutcome(OutcomeKind.FAILED, error=error)

    def _pause(self, seconds: float) -> None:
        until = self._clock() + timedelta(seconds=seconds)
        if self._paused_until is None or until > self._paused_until:
            self._paused_until = until

    async def _respect_quota_pause(self) -> None:
        if self._paused_until is None:
            return
        wait = (self._paused_until - self._clock()).total_seconds()
        if wait > 0:
            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        await self._transport.aclose()
        await self._client.aclose()
