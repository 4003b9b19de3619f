"""Tampered, expired and odd links: a localized error page, never someone else's data, never a stack trace."""

from __future__ import annotations

import base64
import json
import string

import pytest
import redis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas import Site
from services.landing.settings import LandingSettings
from tests.landing.conftest import FrozenClock
from tests.landing.shoppers import (
    GARRAFA_BR,
    MATE_AR,
    TERMO_AR,
    link,
    recommendations,
    seed_products,
    seed_recommendations,
)

pytestmark = pytest.mark.integration


def _forge_user(token: str, user_id: str) -> str:
    """The same token with another user in its claims and the original signature."""
    body, _, signature = token.partition(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["u"] = user_id
    forged = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).rstrip(b"=").decode()
    return f"{forged}.{signature}"


@pytest.fixture
def two_shoppers(redis_db: redis.Redis) -> None:
    seed_products(redis_db)
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR]))
    seed_recommendations(redis_db, recommendations("u-ar-martin", Site.MLA, [MATE_AR], headline="Martín, tu mate"))


def test_a_token_rewritten_to_another_user_shows_an_error_not_their_products(
    client: TestClient, landing_settings: LandingSettings, two_shoppers: None
) -> None:
    own = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")

    page = client.get(f"/l/{_forge_user(own, 'u-ar-martin')}", headers={"Accept-Language": "es-AR"})

    assert page.status_code == 403
    assert "Este link no es válido" in page.text
    assert "Martín" not in page.text and "Mate de Calabaza" not in page.text
    assert "Traceback" not in page.text


def test_a_token_signed_with_another_secret_is_refused(
    client: TestClient, landing_settings: LandingSettings, two_shoppers: None
) -> None:
    page = client.get(f"/l/{link('someone-elses-secret-1234', 'u-ar-martin', 'es-AR')}")

    assert page.status_code == 403
    assert "Mate de Calabaza" not in page.text


def test_an_expired_link_says_so_in_the_language_of_the_link(
    client: TestClient, landing_settings: LandingSettings, clock: FrozenClock, two_shoppers: None
) -> None:
    token = link(landing_settings.link_secret, "u-br-joao", "pt-BR", expires_in_s=60)
    clock.now += 61

    page = client.get(f"/l/{token}", headers={"Accept-Language": "es-AR"})

    assert page.status_code == 410
    assert '<html lang="pt-BR"' in page.text
    assert "Este link expirou" in page.text
    assert page.headers["cache-control"] == "no-store"


def test_a_link_is_good_until_its_expiry_second(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings, clock: FrozenClock
) -> None:
    seed_products(redis_db, [GARRAFA_BR])
    seed_recommendations(redis_db, recommendations("u-br-joao", Site.MLB, [GARRAFA_BR]))
    token = link(landing_settings.link_secret, "u-br-joao", "pt-BR", expires_in_s=60)
    clock.now += 60

    assert client.get(f"/l/{token}").status_code == 200


@pytest.mark.parametrize("garbage", ["not-a-token", "a.b", "abc.", "%3Cscript%3E.x", "x" * 3000])
def test_garbage_tokens_get_the_localized_invalid_link_page(client: TestClient, garbage: str) -> None:
    page = client.get(f"/l/{garbage}", headers={"Accept-Language": "es-MX,es;q=0.9"})

    assert page.status_code == 403
    assert "Este enlace no es válido" in page.text
    assert "<script>" not in page.text


def test_an_unknown_path_is_a_localized_not_found_page(client: TestClient) -> None:
    page = client.get("/nada/aqui", headers={"Accept-Language": "pt-BR"})

    assert page.status_code == 404
    assert "Página não encontrada" in page.text


def test_a_link_in_a_locale_pulso_does_not_speak_renders_in_the_sites_locale(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db, [GARRAFA_BR])
    seed_recommendations(redis_db, recommendations("u-br-ana", Site.MLB, [GARRAFA_BR]))

    page = client.get(f"/l/{link(landing_settings.link_secret, 'u-br-ana', 'de-DE')}")

    assert page.status_code == 200
    assert '<html lang="pt-BR"' in page.text
    assert "12x sem juros" in page.text


def test_lang_parameter_switches_to_another_supported_locale_and_ignores_others(
    client: TestClient, redis_db: redis.Redis, landing_settings: LandingSettings
) -> None:
    seed_products(redis_db, [TERMO_AR])
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR]))
    token = link(landing_settings.link_secret, "u-ar-lucia", "es-AR")

    english = client.get(f"/l/{token}?lang=en")
    unknown = client.get(f"/l/{token}?lang=xx-YY")

    assert '<html lang="en"' in english.text
    assert "12 interest-free installments" in english.text
    assert "ARS\u00a012,345.00" in english.text
    assert '<html lang="es-AR"' in unknown.text


class BrokenRecorder:
    """An engagement recorder with a bug in it, to see what a shopper gets when code fails unexpectedly."""

    def record(self, event: object) -> None:
        raise RuntimeError("bug: secret internals /srv/pulso/landing.py line 42")

    def close(self, timeout_s: float = 5.0) -> None:
        return None


def test_an_unexpected_failure_is_a_localized_500_without_internals(
    landing_settings: LandingSettings, redis_db: redis.Redis, clock: FrozenClock
) -> None:
    from services.landing.app import create_app

    seed_products(redis_db, [TERMO_AR])
    seed_recommendations(redis_db, recommendations("u-ar-lucia", Site.MLA, [TERMO_AR]))
    app = create_app(landing_settings, clock=clock, engagement=BrokenRecorder())
    with TestClient(app, raise_server_exceptions=False) as client:
        page = client.get(f"/l/{link(landing_settings.link_secret, 'u-ar-lucia', 'es-AR')}")

    assert page.status_code == 500
    assert '<html lang="es-AR"' in page.text
    assert "Algo salió mal" in page.text
    assert "secret internals" not in page.text and "Traceback" not in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    token=st.text(alphabet=string.ascii_letters + string.digits + "-_.=", min_size=1, max_size=300),
)
def test_no_made_up_token_ever_opens_a_page(client: TestClient, two_shoppers: None, token: str) -> None:
    page = client.get(f"/l/{token}")

    assert page.status_code in (403, 404)
    assert "Mate de Calabaza" not in page.text and "Termo Stanley" not in page.text


def test_flipping_any_character_of_a_real_token_is_refused(
    client: TestClient, landing_settings: LandingSettings, two_shoppers: None
) -> None:
    token = link(landing_settings.link_secret, "u-ar-martin", "es-AR")
    for position in range(0, len(token), 7):
        flipped = "A" if token[position] != "A" else "B"
        tampered = token[:position] + flipped + token[position + 1 :]
        if tampered == token or tampered.strip(".") == "":
            continue
        page = client.get(f"/l/{tampered}")
        assert page.status_code in (403, 404), (position, page.status_code)
        assert "Mate de Calabaza" not in page.text
