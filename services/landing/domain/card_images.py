"""Uniform card images: which product photos the landing sends to the gateway to fill its cards, and the
signed address a card's ``<img>`` asks for.

Pure. A product photo is any shape; a card is one size. The landing asks the gateway's images door
(``POST /v1/images/edits`` on the ``card-images`` alias: the out-painter extends the photo's canvas to the
card's aspect ratio) and serves the answer from its own origin, cached. The address carries the photo's
URL and an HMAC of it, so the landing fetches only photos its own pages named, never a URL a visitor
made up.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from urllib.parse import quote, urlsplit

#: the landing's route for card images
CARD_IMAGE_PATH = "/img/card"


def photo_is_eligible(image_url: str, allowed_hosts: Sequence[str]) -> bool:
    """An http(s) raster photo on an allowed host (or a subdomain of one); SVG and data: URLs stay as they are."""
    parts = urlsplit(image_url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return False
    if parts.path.lower().endswith(".svg"):
        return False
    host = parts.hostname.lower()
    return any(host == allowed or host.endswith("." + allowed) for allowed in allowed_hosts)


def photo_signature(image_url: str, size: str, secret: str) -> str:
    """HMAC-SHA256 of the photo URL and the card size, truncated to 128 bits (hex)."""
    message = f"{size}\n{image_url}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]


def card_image_src(image_url: str, size: str, secret: str, allowed_hosts: Sequence[str]) -> str:
    """What a card's ``<img src>`` is: the landing's card image for an eligible photo, else the photo itself."""
    if not photo_is_eligible(image_url, allowed_hosts):
        return image_url
    signature = photo_signature(image_url, size, secret)
    return f"{CARD_IMAGE_PATH}?src={quote(image_url, safe='')}&sig={signature}"


def signature_matches(image_url: str, size: str, secret: str, signature: str) -> bool:
    # compared as bytes: hmac.compare_digest raises TypeError on a str with non-ASCII characters (?sig=%C3%A9)
    expected = photo_signature(image_url, size, secret).encode()
    return hmac.compare_digest(expected, signature.encode("utf-8", "surrogatepass"))


def cache_key(image_url: str, size: str) -> str:
    """The Redis key of a card image: one per photo URL and card size."""
    digest = hashlib.sha256(f"{size}\n{image_url}".encode()).hexdigest()[:40]
    return f"pulso:landing:cardimg:{size}:{digest}"
