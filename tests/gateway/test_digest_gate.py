"""The copy gate on digest copy (one push naming several items, each with its own benefits): every benefit
and price the copy states next to an item must be that item's. Measured on the labeled digest set
(evals/push_copy/digest.jsonl, the CI guard) and on the template copy both the gateway's push_digest prompt
and the pipeline write for every site."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

import pytest

from schemas import SITE_LOCALE, Site, Trigger
from services.gateway.adapters.eval_files import read_labeled_file
from services.gateway.adapters.prompt_files import PromptFiles
from services.gateway.domain.copy_eval import score_check_only
from services.gateway.domain.output_checks import (
    BenefitsRule,
    CheckPolicy,
    check_copy,
    facts_from_variables,
    reason_category,
)
from services.gateway.domain.prompt_registry import render_fallback
from services.pipeline.adapters.rule_files import load_benefit_rules, load_copy_templates
from services.pipeline.catalog import generate_demo_catalog
from services.pipeline.domain.benefits import Shopper, eligible_benefits
from services.pipeline.domain.copywriting import digest_copy_variables, personalize, template_digest_copy
from services.pipeline.settings import PIPELINE_DIR
from tests.gateway.prompt_fixtures import REPO_PROMPTS

SETS = Path(__file__).resolve().parents[2] / "evals" / "push_copy"
MIN_PRECISION = 0.97
MIN_RECALL = 0.97
NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)

_files = PromptFiles(root=REPO_PROMPTS)
_files.refresh(force=True)
PROMPT = _files.registry.latest("push_digest")


def _policy(locale: str) -> CheckPolicy:
    return CheckPolicy(
        locale=locale,
        title_max=PROMPT.limits.title_max,
        body_max=PROMPT.limits.body_max,
        banned_phrases=PROMPT.banned_for(locale),
        required_facts=PROMPT.required_facts,
        benefits=cast(BenefitsRule | None, PROMPT.benefits_rule),
    )


VARIABLES = {
    "trigger": "digest",
    "style": "friendly",
    "products": [
        {
            "title": "Celular Samsung Galaxy A15",
            "price": "329999.00",
            "currency": "ARS",
            "trigger": "cart_abandonment",
            "benefits": [{"kind": "free_shipping", "installments": None, "percent": None, "label": "Envío gratis"}],
        },
        {
            "title": "Set Matero Completo",
            "price": "50599.00",
            "currency": "ARS",
            "trigger": "browse_intent",
            "benefits": [{"kind": "installments", "installments": 3, "percent": None, "label": "3 cuotas sin interés"}],
        },
    ],
    "benefits": [
        {"kind": "free_shipping", "installments": None, "percent": None, "label": "Envío gratis"},
        {"kind": "installments", "installments": 3, "percent": None, "label": "3 cuotas sin interés"},
    ],
}


def _reasons(body: str, title: str = "Lo que elegiste te espera") -> tuple[str, ...]:
    return check_copy({"title": title, "body": body}, facts_from_variables(VARIABLES), _policy("es-AR")).reasons


def test_each_item_with_its_own_benefit_passes() -> None:
    assert (
        _reasons(
            "Celular Samsung Galaxy A15 a $ 329.999 con envío gratis; "
            "Set Matero Completo a $ 50.599 con 3 cuotas sin interés. ¡Entrá!"
        )
        == ()
    )


def test_a_benefit_stated_for_the_item_that_does_not_have_it_is_refused() -> None:
    reasons = _reasons(
        "Celular Samsung Galaxy A15 a $ 329.999; Set Matero Completo a $ 50.599 con envío gratis. ¡Entrá!"
    )
    assert reasons == ("misattributed_benefit: free shipping is not a benefit of 'Set Matero Completo'",)
    assert reason_category(reasons[0]) == "invented_benefit"


def test_a_price_stated_for_another_item_is_refused() -> None:
    reasons = _reasons(
        "Celular Samsung Galaxy A15 a $ 50.599 con envío gratis; Set Matero Completo a $ 329.999. ¡Entrá!"
    )
    assert {reason_category(r) for r in reasons} == {"wrong_price"} and len(reasons) == 2


def test_a_claim_before_any_item_must_hold_for_every_item_named() -> None:
    reasons = _reasons(
        "Celular Samsung Galaxy A15 a $ 329.999 y Set Matero Completo a $ 50.599.", title="Envío gratis en todo"
    )
    assert reasons == ("misattributed_benefit: free shipping is not a benefit of 'Set Matero Completo'",)


def test_copy_for_one_product_is_checked_as_before() -> None:
    # no per-product benefits in the variables: the single-product checks alone, unchanged
    single = {**VARIABLES, "products": [{k: v for k, v in VARIABLES["products"][1].items() if k != "benefits"}]}
    facts = facts_from_variables(single)
    assert facts.items == ()
    copy = {"title": "Tu set matero te espera", "body": "Set Matero Completo a $ 50.599 con envío gratis. ¡Entrá!"}
    assert check_copy(copy, facts, _policy("es-AR")).passed


def test_a_benefit_written_before_its_item_in_the_same_clause_is_that_items() -> None:
    assert _reasons("Envío gratis en el Celular Samsung Galaxy A15; Set Matero Completo a $ 50.599.") == ()
    assert _reasons("¡3 cuotas sin interés en el Set Matero Completo! Y el Galaxy A15 a $ 329.999.") == ()
    assert _reasons("¡Envío gratis en el Set Matero Completo! Y el Galaxy A15 a $ 329.999.") == (
        "misattributed_benefit: free shipping is not a benefit of 'Set Matero Completo'",
    )


def test_a_claim_about_both_items_must_hold_for_both() -> None:
    reasons = _reasons("Celular Samsung Galaxy A15 y Set Matero Completo, ambos con envío gratis.")
    assert reasons == ("misattributed_benefit: free shipping is not a benefit of 'Set Matero Completo'",)


@pytest.mark.parametrize("name", ["digest.jsonl", "digest_heldout.jsonl"])
def test_the_gate_holds_its_precision_and_recall_on_the_labeled_digest_sets(name: str) -> None:
    # the same evaluation `pulso eval copy --set evals/push_copy/<name>` prints
    labeled = read_labeled_file(SETS / name)
    assert not labeled.problems
    records = labeled.records
    assert len(records) >= 24 and {r.prompt_id for r in records} == {"push_digest"}
    assert len({r.id for r in records}) == len(records)
    for record in records:
        assert (record.label == "bad") == bool(record.categories), record.id
        assert all(isinstance(p.get("benefits"), list) for p in record.variables["products"]), record.id
    for locale in ("es-AR", "es-MX", "pt-BR"):
        assert {r.label for r in records if r.locale == locale} == {"ok", "bad"}
    report = score_check_only(records)
    assert report.meets(MIN_PRECISION, MIN_RECALL), f"{report.overall}"
    for locale, confusion in report.by_locale.items():
        assert (confusion.precision or 0) >= MIN_PRECISION and (confusion.recall or 0) >= MIN_RECALL, locale


RULES = load_benefit_rules(PIPELINE_DIR / "rules")
TEMPLATES = load_copy_templates(PIPELINE_DIR / "copy_templates.yaml")
CATALOG = [p for p in generate_demo_catalog(seed=11, per_site=24) if p.stock > 0]


@pytest.mark.parametrize("site", list(Site))
def test_template_digest_copy_from_the_gateway_and_the_pipeline_passes_the_gate_in_every_locale(site: Site) -> None:
    locale = SITE_LOCALE[site]
    products = [p for p in CATALOG if p.site is site]
    shoppers = [Shopper(), Shopper(purchases=5)]
    checked = 0
    for size, shopper in itertools.product((2, 3), shoppers):
        for start in range(0, len(products) - size, size):
            chosen = products[start : start + size]
            facts = [
                (p, eligible_benefits(RULES[site], p, shopper, NOW), trigger)
                for p, trigger in zip(chosen, itertools.cycle(Trigger), strict=False)
            ]
            variables = digest_copy_variables(facts, "friendly")
            gate_facts = facts_from_variables(variables)
            for copy in (
                render_fallback(PROMPT, locale.value, variables),
                {
                    "title": (pipeline := template_digest_copy(TEMPLATES, locale, [(p, b) for p, b, _ in facts])).title,
                    "body": pipeline.body,
                },
            ):
                verdict = check_copy(copy, gate_facts, _policy(locale.value))
                assert verdict.passed, (copy, verdict.reasons)
                checked += 1
            # the two write the same sentence for the same facts
            assert render_fallback(PROMPT, locale.value, variables)["body"] == pipeline.body
            assert len(personalize(pipeline, "Maximiliano").title) <= 40
    assert checked >= 20
