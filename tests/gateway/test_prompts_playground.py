"""The playground, driven in real headless Chromium (Debian's chromium through playwright) against a real gateway."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from tests.gateway.prompt_fixtures import GOOD_AR, INVENTED_AR, VARIABLES_AR, Gateway, run_gateway

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.integration,
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make browser-deps)"),
]


@pytest.fixture(scope="module")
def gateway(redis_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    yield from run_gateway(redis_url, tmp_path_factory.mktemp("gw-playground"))


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        )  # fmt: skip
        try:
            yield chromium
        finally:
            chromium.close()


def test_playground_page_is_served_with_a_strict_content_security_policy(gateway: Gateway) -> None:
    response = httpx.get(f"{gateway.url}/playground")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "script-src 'nonce-" in response.headers["content-security-policy"]
    assert "Zapatillas Topper Boro" in response.text  # the es-AR example, HTML-escaped into an attribute


def test_compare_two_versions_side_by_side_in_chromium(gateway: Gateway, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gateway.fake.reset()
    shots = Path(os.environ.get("PULSO_TEST_SCREENSHOTS", str(tmp_path)))
    key = gateway.key(tenant="playground-ar")
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    try:
        page.goto(f"{gateway.url}/playground")
        page.fill("#api-key", key)
        page.click("#connect")
        page.wait_for_selector("#prompt option[value='push_copy']", state="attached")
        page.wait_for_selector("#version-b option[value='2']", state="attached")
        latest = page.locator("#version-b option").all_text_contents()[-1]
        assert page.input_value("#version-a") == "1" and page.input_value("#version-b") == latest
        assert json.loads(page.input_value("#variables"))["products"][0]["title"] == "Zapatillas Topper Boro"

        # Version 1 gets copy that passes; version 2 invents "18 cuotas" twice and falls back.
        gateway.fake.reply = json.dumps(GOOD_AR, ensure_ascii=False)
        page.select_option("#version-b", "1")
        page.click("#run")
        expect(page.locator("#panel-b [data-field=verdict]")).not_to_have_text("")
        assert page.text_content("#panel-a [data-field=title]") == GOOD_AR["title"]
        assert page.text_content("#panel-a [data-field=verdict]") == "passed"
        assert page.text_content("#panel-a [data-field=copy_source]") == "llm"
        assert page.text_content("#panel-a [data-field=fallback]") == "–"
        prompt_tokens, completion_tokens = page.text_content("#panel-a [data-field=tokens]").split(" + ")
        assert int(prompt_tokens) > 0 and int(completion_tokens) > 0
        assert float(page.text_content("#panel-a [data-field=cost]")) > 0
        assert page.text_content("#panel-a [data-field=latency]").endswith(" ms)")

        gateway.fake.reply = json.dumps(INVENTED_AR, ensure_ascii=False)
        page.select_option("#version-b", "2")
        page.uncheck("#compare")
        assert page.is_hidden("#panel-b")
        page.check("#compare")
        page.click("#run")
        expect(page.locator("#panel-b [data-field=version]")).to_have_text("2")
        expect(page.locator("#panel-b [data-field=fallback]")).to_have_text("checks_failed")
        assert page.text_content("#panel-b [data-field=copy_source]") == "template"
        assert page.text_content("#panel-a [data-field=fallback]") == "checks_failed"
        assert page.text_content("#panel-b [data-field=title]") == "{first_name}, tu carrito te espera"
        reasons = page.locator("#panel-b [data-field=reasons] li").all_text_contents()
        assert "attempt 1: unsupported_number: 18" in reasons
        page.set_viewport_size({"width": 360, "height": 900})
        page.screenshot(path=str(shots / "playground-360.png"), full_page=True)
        assert (shots / "playground-360.png").stat().st_size > 0
    finally:
        page.close()


def test_playground_shows_api_errors_instead_of_failing_silently(gateway: Gateway, browser) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page()
    try:
        page.goto(f"{gateway.url}/playground")
        page.fill("#api-key", "pk-not-a-real-key")
        page.click("#connect")
        expect(page.locator("#connect-status")).to_contain_text("HTTP 401")
        page.fill("#api-key", gateway.key(tenant="playground-mx"))
        page.click("#connect")
        page.wait_for_selector("#version-a option[value='1']", state="attached")
        page.select_option("#locale", "es-MX")
        assert "Licuadora Oster" in page.input_value("#variables")
        page.fill("#variables", '{"products": [], "benefits": []}')
        page.click("#run")
        expect(page.locator("#panel-a [data-field=error]")).to_contain_text("missing template variable 'trigger'")
    finally:
        page.close()


def test_my_runs_are_listed_and_one_opens_read_only_from_its_share_link(gateway: Gateway, browser) -> None:  # type: ignore[no-untyped-def]
    gateway.fake.reset()
    gateway.fake.reply = json.dumps(GOOD_AR, ensure_ascii=False)
    page = browser.new_page()
    shared = browser.new_page()  # another person: no key in their tab
    try:
        page.goto(f"{gateway.url}/playground")
        page.fill("#api-key", gateway.key(tenant="playground"))
        page.click("#connect")
        page.wait_for_selector("#version-b option[value='2']", state="attached")
        page.click("#run")
        expect(page.locator("#panel-a [data-field=title]")).to_have_text(GOOD_AR["title"])
        expect(page.locator("#history li")).to_have_count(1)
        assert "push_copy · es-AR" in page.text_content("#history li")
        page.click("#history li button.share")
        expect(page.locator("#share-link")).to_be_visible()
        link = page.get_attribute("#share-link", "href")
        assert link is not None and link.startswith("/playground/shared/")
        shared.goto(gateway.url + link)
        expect(shared.locator("h1")).to_have_text("Shared playground run (read-only)")
        expect(shared.locator("[data-field=title]").first).to_have_text(GOOD_AR["title"])
        assert shared.locator("input, textarea, button").count() == 0
    finally:
        page.close()
        shared.close()


def _finished_run(gateway: Gateway, key: str, body: dict[str, object]) -> dict[str, object]:
    headers = {"Authorization": f"Bearer {key}"}
    run = httpx.post(f"{gateway.url}/v1/evals", json=body, headers=headers, timeout=15).json()
    for _ in range(200):
        run = httpx.get(f"{gateway.url}/v1/evals/{run['id']}", headers=headers, timeout=15).json()
        if run["status"] != "running":
            return dict(run)
        time.sleep(0.05)
    raise AssertionError("eval run did not finish")


def test_two_eval_runs_side_by_side_in_chromium(gateway: Gateway, browser) -> None:  # type: ignore[no-untyped-def]
    gateway.fake.reset()
    key = gateway.key(tenant="playground-evals")
    cases = [{"id": f"ar-{n}", "locale": "es-AR", "variables": VARIABLES_AR} for n in (1, 2)]
    gateway.fake.reply = json.dumps(GOOD_AR, ensure_ascii=False)
    first = _finished_run(gateway, key, {"mode": "generate", "records": cases, "version": 1, "name": "v1 run"})
    gateway.fake.reply = json.dumps(INVENTED_AR, ensure_ascii=False)
    second = _finished_run(gateway, key, {"mode": "generate", "records": cases, "version": 2, "name": "v2 run"})
    assert first["status"] == second["status"] == "done"
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    try:
        page.goto(f"{gateway.url}/playground")
        page.fill("#api-key", key)
        page.click("#connect")
        page.wait_for_selector(f"#eval-b option[value='{second['id']}']", state="attached")
        assert page.input_value("#eval-a") == first["id"] and page.input_value("#eval-b") == second["id"]
        page.click("#compare-evals")
        expect(page.locator("#eval-panel-b [data-field=pass_rate]")).to_have_text("0.0% (0 of 2 shipped)")
        assert page.text_content("#eval-panel-a [data-field=pass_rate]") == "100.0% (2 of 2 shipped)"
        assert "push_copy v1 on push-copy" in page.text_content("#eval-panel-a [data-field=heading]")
        assert "push_copy v2 on push-copy" in page.text_content("#eval-panel-b [data-field=heading]")
        assert "2 × unsupported_number" in page.locator("#eval-panel-b [data-field=reasons] li").all_text_contents()
        assert GOOD_AR["title"] in page.text_content("#eval-panel-a [data-field=samples]")
        assert " ms · " in page.text_content("#eval-panel-a [data-field=latency]")
    finally:
        page.close()
