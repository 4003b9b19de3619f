"""Where a click may go: only a product's own permalink, on a marketplace host, over http(s)."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit


def safe_permalink(permalink: str, allowed_hosts: Iterable[str]) -> str | None:
    """``permalink`` when it is an absolute http(s) URL on an allowed host or its subdomain, else None.

    The target never comes from the request, only from the catalog; this check keeps a bad catalog
    entry (``javascript:``, a look-alike host, credentials in the URL) from becoming a redirect.
    """
    try:
        parts = urlsplit(permalink.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        return None
    host = parts.hostname.lower().rstrip(".")
    for allowed in allowed_hosts:
        allowed = allowed.lower().strip().lstrip(".")
        if allowed and (host == allowed or host.endswith("." + allowed)):
            return parts.geturl()
    return None
