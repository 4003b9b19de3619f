"""Apple Push Notification service over HTTP/2 with token-based (ES256 JWT) authentication."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import jwt
import orjson

from schemas.events import PushRequest
from services.push.adapters.curl_transport import HttpAnswer, TransportError
from services.push.adapters.http_answers import retry_after_seconds
from services.push.adapters.sender import SenderConfigError
from services.push.adapters.transports import HttpClient, provider_transport
from services.push.domain.delivery import SENT, OutcomeKind, SendOutcome, expires_at
from services.push.domain.devices import Device
from services.push.settings import PushSettings

#: Apple refuses provider tokens older than 60 minutes and throttles refreshing more than every 20
PROVIDER_TOKEN_LIFETIME = timedelta(minutes=50)
_DEAD_TOKEN_REASONS = {"BadDeviceToken", "Unregistered", "DeviceTokenNotForTopic"}
_STALE_AUTH_REASONS = {"ExpiredProviderToken", "InvalidProviderToken"}


class ApnsProviderToken:
    """The ES256 provider token, reused until it is 50 minutes old."""

    def __init__(self, signing_key: str, key_id: str, team_id: str, clock: Callable[[], datetime]) -> None:
        self._signing_key = signing_key
        self._key_id = key_id
        self._team_id = team_id
        self._clock = clock
        self._token: str | None = None
        self._issued_at: datetime | None = None
        self.issued = 0

    def get(self) -> str:
        now = self._clock()
        if self._token is None or self._issued_at is None or now - self._issued_at >= PROVIDER_TOKEN_LIFETIME:
            self._token = jwt.encode(
                {"iss": self._team_id, "iat": int(now.timestamp())},
                self._signing_key,
                algorithm="ES256",
                headers={"kid": self._key_id},
            )
            self._issued_at = now
            self.issued += 1
        return self._token

    def invalidate(self) -> None:
        self._token = None


def apns_payload(request: PushRequest) -> dict[str, Any]:
    """The JSON body: the alert, and the deep link and notification id for the app."""
    return {
        "aps": {"alert": {"title": request.title, "body": request.body}, "sound": "default"},
        "deep_link": request.deep_link,
        "notification_id": request.notification_id,
    }


def apns_headers(request: PushRequest, device: Device, topic: str) -> dict[str, str]:
    """The apns-* headers for one device (authorization is added per attempt)."""
    return {
        "apns-topic": topic,
        "apns-push-type": "alert",
        "apns-priority": "10",
        "apns-expiration": str(int(expires_at(request.created_at, request.ttl_seconds).timestamp())),
        # A newer push of the same kind replaces an older one still in Notification Center.
        "apns-collapse-id": request.trigger.value,
        # Deterministic, so Apple's and our logs name the same attempt for the same notification and device.
        "apns-id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{request.notification_id}/{device.token}")),
    }


class ApnsSender:
    """Sends to APNs over multiplexed HTTP/2 (httpx + h2, or libcurl: transports.py; APNs speaks only HTTP/2)."""

    provider = "apns"

    def __init__(
        self,
        endpoint: str,
        topic: str,
        provider_token: ApnsProviderToken,
        clock: Callable[[], datetime],
        timeout_s: float = 10.0,
        ca_file: Path | None = None,
        max_connections: int = 10,
        http_client: HttpClient = "curl",
        pipewait: bool = True,
    ) -> None:
        self._endpoint = endpoint.rstrip("/")
        self._topic = topic
        self.provider_token = provider_token
        self._clock = clock
        self._transport = provider_transport(
            http_client,
            http2=True,
            ca_file=ca_file,
            timeout_s=timeout_s,
            max_host_connections=max_connections,
            pipewait=pipewait,
        )

    @classmethod
    def from_settings(cls, settings: PushSettings, clock: Callable[[], datetime]) -> ApnsSender:
        missing = [
            name
            for name, value in (
                ("PULSO_PUSH_APNS_KEY_FILE", settings.push_apns_key_file),
                ("PULSO_PUSH_APNS_KEY_ID", settings.push_apns_key_id),
                ("PULSO_PUSH_APNS_TEAM_ID", settings.push_apns_team_id),
                ("PULSO_PUSH_APNS_TOPIC", settings.push_apns_topic),
            )
            if not value
        ]
        if missing:
            raise SenderConfigError(f"APNs needs {', '.join(missing)} when PULSO_PUSH_PROVIDER=fcm_apns")
        assert settings.push_apns_key_file is not None
        try:
            signing_key = settings.push_apns_key_file.read_text()
        except OSError as error:
            raise SenderConfigError(f"cannot read the APNs key {settings.push_apns_key_file}: {error}") from None
        token = ApnsProviderToken(signing_key, settings.push_apns_key_id, settings.push_apns_team_id, clock)
        # A concurrent stream limit is per connection (Apple allows hundreds), so a few connections suffice.
        return cls(
            settings.push_apns_endpoint,
            settings.push_apns_topic,
            token,
            clock,
            timeout_s=settings.push_http_timeout_s,
            ca_file=settings.push_apns_ca_file,
            max_connections=max(1, min(10, settings.push_concurrency)),
            http_client=settings.push_http_client,
            pipewait=settings.push_http_pipewait,
        )

    async def send(self, device: Device, request: PushRequest) -> SendOutcome:
        return (await self.send_many([(device, request)]))[0]

    async def send_many(self, items: Sequence[tuple[Device, PushRequest]]) -> list[SendOutcome]:
        try:
            authorization = f"authorization: bearer {self.provider_token.get()}"
        except (ValueError, jwt.PyJWTError) as error:
            return [SendOutcome(OutcomeKind.FAILED, error=f"provider token: {error}")] * len(items)
        answers = await asyncio.gather(
            *(
                self._transport.start(
                    f"{self._endpoint}/3/device/{device.token}",
                    orjson.dumps(apns_payload(request)),
                    [
                        authorization,
                        *(f"{name}: {value}" for name, value in apns_headers(request, device, self._topic).items()),
                    ],
                )
                for device, request in items
            ),
            return_exceptions=True,
        )
        outcomes = []
        for answer in answers:
            if isinstance(answer, HttpAnswer):
                outcomes.append(self._outcome(answer))
            elif isinstance(answer, TransportError):
                outcomes.append(SendOutcome(OutcomeKind.RETRY, error=f"transport: {answer}"))
            else:
                raise answer
        return outcomes

    def _outcome(self, response: HttpAnswer) -> SendOutcome:
        if response.status == 200:
            return SENT
        try:
            parsed = orjson.loads(response.body)
            reason = str(parsed.get("reason", "Unknown")) if isinstance(parsed, dict) else "Unknown"
        except orjson.JSONDecodeError:
            reason = "Unknown"
        error = f"{response.status} {reason}"
        if response.status == 410 or reason in _DEAD_TOKEN_REASONS:
            return SendOutcome(OutcomeKind.INVALID_TOKEN, error=error)
        retry_after = retry_after_seconds(response.headers.get("retry-after"), self._clock())
        if response.status == 403 and reason in _STALE_AUTH_REASONS:
            self.provider_token.invalidate()
            return SendOutcome(OutcomeKind.RETRY, error=error, retry_after_s=retry_after)
        if response.status == 429 or response.status >= 500:
            return SendOutcome(OutcomeKind.RETRY, error=error, retry_after_s=retry_after)
        return SendOutcome(OutcomeKind.FAILED, error=error)

    async def aclose(self) -> None:
        await self._transport.aclose()
