"""Signed landing links: genuine ones verify, tampered or expired ones never do."""

from __future__ import annotations

import pytest

from services.infra.signed_links import (
    ExpiredLinkError,
    InvalidLinkError,
    LinkClaims,
    sign_link,
    verify_link,
)

SECRET = "test-secret-0123456789"
CLAIMS = LinkClaims(user_id="u-mx-7", notification_id="n-abc", locale="es-MX", expires_at=2_000_000_000)


def test_a_signed_link_verifies_to_its_claims() -> None:
    assert verify_link(sign_link(CLAIMS, SECRET), SECRET, now_unix=1_900_000_000) == CLAIMS


def test_a_link_signed_with_another_secret_is_rejected() -> None:
    with pytest.raises(InvalidLinkError):
        verify_link(sign_link(CLAIMS, "another-secret-000000"), SECRET, now_unix=0)


def test_changing_the_user_in_a_token_breaks_the_signature() -> None:
    token = sign_link(CLAIMS, SECRET)
    other = sign_link(LinkClaims("u-mx-8", "n-abc", "es-MX", 2_000_000_000), SECRET)
    forged = other.split(".")[0] + "." + token.split(".")[1]
    with pytest.raises(InvalidLinkError):
        verify_link(forged, SECRET, now_unix=0)


def test_an_expired_link_is_rejected_as_expired() -> None:
    with pytest.raises(ExpiredLinkError):
        verify_link(sign_link(CLAIMS, SECRET), SECRET, now_unix=2_000_000_001)


@pytest.mark.parametrize("garbage", ["", ".", "abc", "abc.def", "!!!.???"])
def test_garbage_tokens_are_invalid(garbage: str) -> None:
    with pytest.raises(InvalidLinkError):
        verify_link(garbage, SECRET, now_unix=0)
