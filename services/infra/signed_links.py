"""Signed, expiring landing-page tokens: pipeline signs them, landing verifies them.

A token is ``base64url(json claims) + "." + base64url(HMAC-SHA256)``. It names the
user, the notification and the locale, so a landing page can never show another
user's data: a tampered token fails verification before anything is read.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from dataclasses import dataclass

#: a token as it appears in a link path: base64url claims, a dot, a base64url signature
_TOKEN_IN_PATH = re.compile(r"(/[lc]/)([A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})")


class InvalidLinkError(Exception):
    """The token is malformed or its signature does not match."""


class ExpiredLinkError(InvalidLinkError):
    """The token was valid but its expiry has passed."""


@dataclass(frozen=True)
class LinkClaims:
    user_id: str
    notification_id: str
    locale: str
    expires_at: int  # unix seconds
    generation_id: str | None = None


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: str, body: str) -> str:
    return _b64(hmac.new(secret.encode(), body.encode(), hashlib.sha256).digest())


def sign_link(claims: LinkClaims, secret: str) -> str:
    """The URL-safe token for ``claims``."""
    payload = {"u": claims.user_id, "n": claims.notification_id, "l": claims.locale, "e": claims.expires_at}
    if claims.generation_id:
        payload["g"] = claims.generation_id
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    return f"{body}.{_mac(secret, body)}"


def verify_link(token: str, secret: str, now_unix: float) -> LinkClaims:
    """The claims of a genuine, unexpired token; InvalidLinkError or ExpiredLinkError otherwise."""
    # Tokens are base64url: anything else is refused before hmac.compare_digest, which raises on non-ASCII str.
    if not token.isascii():
        raise InvalidLinkError("token is not ASCII")
    body, _, signature = token.partition(".")
    if not body or not signature or not hmac.compare_digest(signature.encode(), _mac(secret, body).encode()):
        raise InvalidLinkError("signature does not match")
    try:
        payload = json.loads(_unb64(body))
        expires_at = payload["e"]
        # Only an integer expiry: a float such as 1e400 parses to inf, which int() cannot convert.
        if not isinstance(expires_at, int) or isinstance(expires_at, bool):
            raise TypeError("expiry is not an integer")
        generation_id = payload.get("g")
        claims = LinkClaims(
            user_id=str(payload["u"]),
            notification_id=str(payload["n"]),
            locale=str(payload["l"]),
            expires_at=expires_at,
            generation_id=None if generation_id is None else str(generation_id),
        )
        # JSON may escape a lone surrogate (\ud800), which no Redis key, log line or page can encode:
        # UnicodeEncodeError is a ValueError, so such claims are malformed like any other
        f"{claims.user_id}{claims.notification_id}{claims.locale}{claims.generation_id}".encode()
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise InvalidLinkError(f"malformed claims: {error}") from None
    if claims.expires_at < now_unix:
        raise ExpiredLinkError("link expired")
    return claims


def token_digest(token: str) -> str:
    """A short, stable stand-in for a token in logs: the token itself is a credential for days."""
    return "tok:" + hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def redact_tokens(text: str) -> str:
    """``text`` with every signed token in a /l/ or /c/ path replaced by its digest."""
    return _TOKEN_IN_PATH.sub(lambda match: match.group(1) + token_digest(match.group(2)), text)


def landing_url(public_base: str, token: str) -> str:
    """The deep link a push opens."""
    return f"{public_base.rstrip('/')}/l/{token}"
