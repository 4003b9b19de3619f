"""Playground runs: each key sees its own history, and a run shared as a link opens read-only without a key."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from services.gateway.domain.share_links import InvalidShareTokenError, ShareClaims, sign_share, verify_share
from tests.gateway.prompt_fixtures import GOOD_AR, INVENTED_AR, VARIABLES_AR, Gateway, run_gateway

SECRET = "un-secreto-de-prueba-para-links"


def test_a_share_token_verifies_until_it_expires_and_not_once_tampered_with() -> None:
    token = sign_share(ShareClaims(run_id="run_abc", expires_at=2_000), SECRET)
    assert verify_share(token, SECRET, now=1_999) == ShareClaims(run_id="run_abc", expires_at=2_000)
    with pytest.raises(InvalidShareTokenError, match="expired"):
        verify_share(token, SECRET, now=2_001)
    other = sign_share(ShareClaims(run_id="run_xyz", expires_at=2_000), SECRET)
    with pytest.raises(InvalidShareTokenError):
        verify_share(other.split(".")[0] + "." + token.split(".")[1], SECRET, now=0)
    with pytest.raises(InvalidShareTokenError):
        verify_share(token, "otro-secreto-de-prueba-links", now=0)


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    yield from run_gateway(redis_url, tmp_path_factory.mktemp("gw-playground-runs"))


def _run(gw: Gateway, key: str, **body: object) -> httpx.Response:
    body = {"prompt_id": "push_copy", "variables": VARIABLES_AR, "locale": "es-AR", "versions": ["1", "2"], **body}
    return httpx.post(f"{gw.url}/v1/playground/runs", json=body, headers={"Authorization": f"Bearer {key}"}, timeout=20)


@pytest.mark.integration
def test_each_key_sees_its_own_runs_newest_first(gateway: Gateway) -> None:
    gateway.fake.reset()
    mine, theirs = gateway.key(tenant="playground"), gateway.key(tenant="playground")
    gateway.fake.say(GOOD_AR, GOOD_AR, GOOD_AR)
    first = _run(gateway, mine)
    assert first.status_code == 201, first.text
    assert [r["version"] for r in first.json()["results"]] == ["1", "2"]
    second = _run(gateway, mine, versions=["2"])
    assert second.status_code == 201
    assert _run(gateway, theirs, versions=["1"]).status_code == 201
    history = httpx.get(f"{gateway.url}/v1/playground/runs", headers={"Authorization": f"Bearer {mine}"}).json()
    assert [run["id"] for run in history["data"]] == [second.json()["id"], first.json()["id"]]
    assert all("key_id" not in run for run in history["data"])
    other = httpx.get(
        f"{gateway.url}/v1/playground/runs/{first.json()['id']}", headers={"Authorization": f"Bearer {theirs}"}
    )
    assert other.status_code == 404 and other.json()["error"]["code"] == "run_not_found"


@pytest.mark.integration
def test_a_shared_run_opens_read_only_without_a_key_and_only_its_owner_can_share_it(gateway: Gateway) -> None:
    gateway.fake.reset()
    owner, stranger = gateway.key(tenant="playground"), gateway.key(tenant="playground")
    gateway.fake.say(GOOD_AR, INVENTED_AR, INVENTED_AR)
    run = _run(gateway, owner).json()
    refused = httpx.post(
        f"{gateway.url}/v1/playground/runs/{run['id']}/share", headers={"Authorization": f"Bearer {stranger}"}
    )
    assert refused.status_code == 404
    shared = httpx.post(
        f"{gateway.url}/v1/playground/runs/{run['id']}/share", headers={"Authorization": f"Bearer {owner}"}
    )
    assert shared.status_code == 200
    page = httpx.get(gateway.url + shared.json()["url"])  # no key
    assert page.status_code == 200
    assert "read-only" in page.text and GOOD_AR["body"] in page.text
    assert "template" in page.text  # the version whose copy kept failing the checks served template copy: said so
    assert "script-src 'nonce-" in page.headers["content-security-policy"] and "<script" not in page.text
    token = shared.json()["url"].rsplit("/", 1)[1]
    tampered = httpx.get(f"{gateway.url}/playground/shared/{token[:-2]}xx")
    assert tampered.status_code == 404 and "not valid" in tampered.text


@pytest.mark.integration
@pytest.mark.parametrize("token", ["cnVu.%C3%A9", "%C3%A9.%C3%A9", "cnVu.%ED%A0%80"])
def test_a_share_link_with_characters_no_token_has_is_a_404_not_a_500(gateway: Gateway, token: str) -> None:
    page = httpx.get(f"{gateway.url}/playground/shared/{token}")

    assert page.status_code == 404 and "not valid" in page.text


@pytest.mark.integration
def test_a_run_with_a_bad_body_or_an_unknown_prompt_is_a_clear_4xx(gateway: Gateway) -> None:
    key = gateway.key(tenant="playground")
    assert _run(gateway, key, versions=[]).status_code == 400
    assert _run(gateway, key, versions=["1", "2", "3"]).status_code == 400
    unknown = _run(gateway, key, prompt_id="no_existe", versions=["1"])
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "prompt_not_found"
