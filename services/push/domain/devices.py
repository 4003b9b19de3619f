"""Devices, their tokens and which provider reaches each platform."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum


class Platform(StrEnum):
    ANDROID = "android"
    IOS = "ios"
    WEB = "web"


class UnknownPlatformError(ValueError):
    """A device names a platform push cannot reach."""


class MalformedTokenError(ValueError):
    """A device token that no provider would accept."""


# APNs device tokens are 32 bytes written as hex (Apple may lengthen them, so up to 100 bytes is accepted);
# FCM registration tokens are URL-safe text, about 150-250 characters today.
_APNS_TOKEN = re.compile(r"^[0-9a-fA-F]{64,200}$")
_FCM_TOKEN = re.compile(r"^[A-Za-z0-9_\-:.]{8,4096}$")


@dataclass(frozen=True)
class Device:
    """One phone or browser of a user, as the device registry keeps it."""

    user_id: str
    platform: Platform
    token: str
    locale: str
    app_version: str
    #: the app whose credential registered it; only that app can list or delete it ("" before credentials)
    app_id: str = ""


def parse_platform(text: str) -> Platform:
    """The platform named by ``text``; UnknownPlatformError otherwise."""
    try:
        return Platform(text)
    except ValueError:
        raise UnknownPlatformError(f"unknown platform {text!r} (expected android, ios or web)") from None


def check_token(platform: Platform, token: str) -> str:
    """``token`` if it has the shape its platform's provider accepts; MalformedTokenError otherwise."""
    pattern = _APNS_TOKEN if platform is Platform.IOS else _FCM_TOKEN
    if not pattern.match(token):
        expected = "64-200 hex characters" if platform is Platform.IOS else "8-4096 URL-safe characters"
        raise MalformedTokenError(f"malformed {platform.value} token (expected {expected})")
    return token


def token_hash(token: str) -> str:
    """A short, stable fingerprint of a token for receipts, logs and keys (tokens themselves are not logged)."""
    return hashlib.sha256(token.encode()).hexdigest()[:16]


def provider_for(platform: Platform, mode: str) -> str:
    """The provider name that delivers to ``platform`` under provider ``mode`` (local or fcm_apns)."""
    if mode == "local":
        return "local"
    return "apns" if platform is Platform.IOS else "fcm"
