"""OAuth2 access tokens for a Google service account: a JWT bearer grant signed with the account's key.

The key file is the JSON Google issues for a service account (``client_email``, ``private_key``,
``private_key_id``, ``token_uri``). The token is cached and fetched again ``refresh_margin_s`` before
it expires, by one caller at a time; a token the provider refuses (401) is dropped at once.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import jwt

from services.gateway.adapters.provider_base import ProviderError
from services.gateway.adapters.provider_http import status_error

CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform"
JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
#: lifetime asked for in the assertion (Google's maximum)
ASSERTION_LIFETIME_S = 3600


@dataclass(frozen=True)
class AccessToken:
    value: str
    expires_at: float

    def fresh(self, now: float, margin_s: float) -> bool:
        """Still usable for a call that starts now, with ``margin_s`` to spare."""
        return now < self.expires_at - margin_s


@dataclass(frozen=True)
class ServiceAccountKey:
    client_email: str
    private_key: str
    private_key_id: str
    token_uri: str

    @classmethod
    def from_file(cls, path: Path) -> ServiceAccountKey:
        """Read a service-account key file; a missing field is a ValueError naming it."""
        raw: Any = json.loads(path.read_text())
        if not isinstance(raw, dict) or raw.get("type") != "service_account":
            raise ValueError(f"{path} is not a service-account key file")
        missing = [name for name in ("client_email", "private_key", "private_key_id", "token_uri") if not raw.get(name)]
        if missing:
            raise ValueError(f"{path} lacks {', '.join(missing)}")
        return cls(raw["client_email"], raw["private_key"], raw["private_key_id"], raw["token_uri"])


class ServiceAccountTokens:
    """Access tokens for one service account, cached until ``refresh_margin_s`` before they expire."""

    def __init__(
        self,
        key: ServiceAccountKey,
        session: Callable[[], aiohttp.ClientSession],
        *,
        where: str,
        scope: str = CLOUD_PLATFORM_SCOPE,
        clock: Callable[[], float] = time.monotonic,
        refresh_margin_s: float = 300.0,
    ) -> None:
        self._key = key
        self._session = session
        self._where = where
        self._scope = scope
        self._clock = clock
        self._margin_s = refresh_margin_s
        self._token: AccessToken | None = None
        self._fetching = asyncio.Lock()
        #: token requests made (a figure for tests and metrics)
        self.fetches = 0

    def assertion(self, now: float) -> str:
        """The signed JWT the token endpoint exchanges for an access token (``now``: wall-clock seconds)."""
        claims = {
            "iss": self._key.client_email,
            "scope": self._scope,
            "aud": self._key.token_uri,
            "iat": int(now),
            "exp": int(now) + ASSERTION_LIFETIME_S,
        }
        return jwt.encode(claims, self._key.private_key, algorithm="RS256", headers={"kid": self._key.private_key_id})

    async def token(self, timeout_s: float) -> str:
        token = self._token
        if token is not None and token.fresh(self._clock(), self._margin_s):
            return token.value
        async with self._fetching:
            token = self._token
            if token is not None and token.fresh(self._clock(), self._margin_s):
                return token.value  # another call fetched it while this one waited
            self._token = await self._fetch(timeout_s)
            return self._token.value

    def forget(self, value: str) -> None:
        """The provider refused ``value``: the next call fetches a new one."""
        if self._token is not None and self._token.value == value:
            self._token = None

    async def _fetch(self, timeout_s: float) -> AccessToken:
        # the cache runs on the injected (monotonic) clock; the assertion's iat/exp must be wall-clock time
        now = self._clock()
        form = {"grant_type": JWT_BEARER_GRANT, "assertion": self.assertion(time.time())}
        self.fetches += 1
        async with asyncio.timeout(timeout_s):
            async with self._session().post(self._key.token_uri, data=form, allow_redirects=False) as response:
                body = await response.read()
                if response.status >= 400:
                    raise token_status_error(self._where, response.status, response.headers, body)
        document = json.loads(body)
        value, lifetime = document.get("access_token"), document.get("expires_in")
        if not isinstance(value, str) or not value or not isinstance(lifetime, int | float):
            raise ValueError("the token endpoint answered without access_token / expires_in")
        return AccessToken(value=value, expires_at=now + float(lifetime))


def token_status_error(where: str, status: int, headers: Any, body: bytes) -> Exception:
    """A refused grant is an auth failure of the deployment, not a bad request of the caller."""
    if status in (400, 401, 403):
        return ProviderError(f"{where}: the token endpoint refused the grant ({status})", kind="auth", retryable=False)
    return status_error(where, status, headers, body)
