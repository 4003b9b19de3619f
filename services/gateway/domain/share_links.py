"""Read-only share links of playground runs: ``base64url(run_id|expiry).base64url(HMAC-SHA256)``.

The MAC covers a purpose prefix, so a share token can never be taken for another signed token of the
stack (landing links use the same secret). Pure: the clock comes in as ``now``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

PURPOSE = b"pulso-playground-share:"


class InvalidShareTokenError(Exception):
    """Malformed, tampered with, or expired."""


@dataclass(frozen=True)
class ShareClaims:
    run_id: str
    expires_at: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _mac(secret: str, body: str) -> str:
    return _b64(hmac.new(secret.encode(), PURPOSE + body.encode(), hashlib.sha256).digest())


def sign_share(claims: ShareClaims, secret: str) -> str:
    body = _b64(f"{claims.run_id}|{claims.expires_at}".encode())
    return f"{body}.{_mac(secret, body)}"


def verify_share(token: str, secret: str, now: float) -> ShareClaims:
    body, dot, mac = token.partition(".")
    # compared as bytes: hmac.compare_digest raises TypeError on a str with non-ASCII characters
    if not dot or not hmac.compare_digest(mac.encode("utf-8", "surrogatepass"), _mac(secret, body).encode()):
        raise InvalidShareTokenError("not a share link of this gateway")
    try:
        run_id, _, expires = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode().partition("|")
        claims = ShareClaims(run_id=run_id, expires_at=int(expires))
    except (ValueError, UnicodeDecodeError):
        raise InvalidShareTokenError("not a share link of this gateway") from None
    if claims.expires_at < now:
        raise InvalidShareTokenError("the share link has expired")
    return claims
