"""App credentials for the device API: which app a bearer token belongs to, what it may do, and whether
it is still valid at a given time. Pure: the token is generated, stored and looked up in adapters/.

A token is 32 random bytes (``pulso_app_`` + URL-safe base64). Only its SHA-256 is stored: with 256
bits of entropy no dictionary or brute-force attack applies, so a slow password hash (bcrypt, scrypt)
would only add milliseconds to every API call without adding safety.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

TOKEN_PREFIX = "pulso_app_"  # noqa: S105 - a prefix that names what the secret is, not a secret
APP_ID = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")


class Scope(StrEnum):
    REGISTER = "register"
    READ = "read"
    DELETE = "delete"
    #: read and change shoppers' notification preferences
    PREFERENCES = "preferences"


class BadAppSpecError(ValueError):
    """An app id or scope list an admin command cannot use."""


def parse_scopes(text: str) -> frozenset[Scope]:
    """``register,read,delete`` → the scopes; BadAppSpecError naming an unknown one."""
    names = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in Scope.__members__.values()]
    if unknown or not names:
        raise BadAppSpecError(
            f"unknown scope(s) {', '.join(unknown) or '(none given)'}; "
            "expected some of register, read, delete, preferences"
        )
    return frozenset(Scope(name) for name in names)


def check_app_id(app_id: str) -> str:
    if not APP_ID.match(app_id):
        raise BadAppSpecError(f"app id {app_id!r}: 1-63 of a-z 0-9 . _ -, starting with a letter or digit")
    return app_id


def token_digest(token: str) -> str:
    """The stored form of a token (hex SHA-256)."""
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class AppGrant:
    """What a stored token grants: an app, its scopes, until when (None: until rotated or revoked)."""

    app_id: str
    scopes: frozenset[Scope]
    expires_at: datetime | None


class AccessDenied(Exception):
    """Why a request is refused: 401 (no usable token) or 403 (a valid token without the scope)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def bearer_token(authorization: str | None) -> str:
    """The token in an ``Authorization: Bearer …`` header; AccessDenied(401) when there is none."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AccessDenied(401, "missing_app_token", "an app token is required: Authorization: Bearer <token>")
    return token.strip()


def authorize(grant: AppGrant | None, scope: Scope, now: datetime) -> str:
    """The app id ``grant`` acts for when it allows ``scope`` at ``now``; AccessDenied otherwise."""
    if grant is None:
        raise AccessDenied(401, "invalid_app_token", "the app token is not valid (unknown, rotated or revoked)")
    if grant.expires_at is not None and now >= grant.expires_at:
        raise AccessDenied(401, "expired_app_token", "the app token has expired")
    if scope not in grant.scopes:
        raise AccessDenied(403, "insufficient_scope", f"the app token lacks the {scope.value!r} scope")
    return grant.app_id
