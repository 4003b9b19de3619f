"""Which device a page view comes from, so a notification's page counts one open per device.

The device is a first-party cookie the landing sets on its first answer. Before that cookie exists
(the first view, or a client that keeps no cookies) the device is a digest of the User-Agent and the
client address, and that same digest becomes the cookie: the first view and the reloads after it
name the same device, with or without cookies. Neither is a person: a digest, never the raw values.
"""

from __future__ import annotations

import hashlib
import re

DEVICE_COOKIE = "pulso_device"
DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 3600
_DEVICE_KEY = re.compile(r"^d[0-9a-f]{32}$")


def device_key(cookie: str | None, user_agent: str | None, client_address: str | None) -> tuple[str, bool]:
    """(the device key, whether it is new and should be set as the cookie)."""
    if cookie is not None and _DEVICE_KEY.match(cookie):
        return cookie, False
    seen = f"{user_agent or ''}\x00{client_address or ''}".encode("utf-8", "backslashreplace")
    return "d" + hashlib.sha256(seen).hexdigest()[:32], True
