"""Template copy, the copy that ships whenever the model's fails, from both places that write it: the
gateway's fallback in the latest push_copy version and the pipeline's own templates (used when the
gateway cannot be reached). For every site, locale and trigger, with 0 to 3 of the site's real
benefits and long titles, it passes the gateway's gate under the prompt's own policy and reads as a
native speaker writes it: lists joined "a, b y c" / "a, b e c", benefit labels lower-cased mid-sentence
(never "OFF"), product names cut at a word, titles that fit one lock-screen line, no "(7)" copies.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from schemas import SITE_CURRENCY, Benefit, BenefitKind, CopySource, Locale, Product, Site, Trigger
from services.gateway.adapters.prompt_files import PromptFiles
from services.gateway.domain.output_checks import CheckPolicy, Facts, check_copy, facts_from_variables
from services.gateway.domain.prompt_registry import PromptVersion, render_fallback
from services.infra.copy_text import PRODUCT_NAME_MAX, PUSH_TITLE_MAX, in_sentence, join_list, shorten_title
from services.pipeline.adapters.rule_files import load_benefit_rules, load_copy_templates
from services.pipeline.catalog import generate_demo_catalog
from services.pipeline.domain.benefits import Shopper, eligible_benefits
from services.pipeline.domain.copywriting import Copy, copy_variables, personalize, template_copy
from services.pipeline.settings import PIPELINE_DIR
from tests.gateway.prompt_fixtures import REPO_PROMPTS

SITE_LOCALE = {Site.MLA: Locale.ES_AR, Site.MLM: Locale.ES_MX, Site.MLB: Locale.PT_BR}
#: how each language joins the last item of a list, written out here rather than taken from Babel
AND = {"es-AR": " y ", "es-MX": " y ", "pt-BR": " e ", "en": ", and "}
RULES = load_benefit_rules(PIPELINE_DIR / "rules")
PIPELINE_TEMPLATES = load_copy_templates(PIPELINE_DIR / "copy_templates.yaml")
#: a long first name: a title it would push past one lock-screen line goes out without it
LONG_NAME = "Maximiliano"
# Black Friday still running, so a discount, free shipping and installments can all apply
NOW = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)


def _latest_push_copy() -> PromptVersion:
    files = PromptFiles(root=REPO_PROMPTS)
    files.refresh(force=True)
    assert files.problems == ()
    return files.registry.latest("push_copy")


PROMPT = _latest_push_copy()


def _policy(locale: str) -> CheckPolicy:
    return CheckPolicy(
        locale=locale,
        title_max=PROMPT.limits.title_max,
        body_max=PROMPT.limits.body_max,
        banned_phrases=PROMPT.banned_for(locale),
        required_facts=PROMPT.required_facts,
    )


def _site_benefits(site: Site, product_id: str) -> list[Benefit]:
    """The site's longest discount label, free shipping and its largest installments, from the rules files."""
    rules = RULES[site]
    promotion = max(rules.promotions, key=lambda p: len(p.label.format(percent=p.percent)))
    installments = max(rules.installments, key=lambda rule: rule.installments)
    assert rules.free_shipping is not None
    return [
        Benefit(
            kind=BenefitKind.DISCOUNT,
            product_id=product_id,
            percent=promotion.percent,
            label=promotion.label.format(percent=promotion.percent),
        ),
        Benefit(kind=BenefitKind.FREE_SHIPPING, product_id=product_id, label=rules.free_shipping.label),
        Benefit(
            kind=BenefitKind.INSTALLMENTS,
            product_id=product_id,
            installments=installments.installments,
            label=installments.label.format(n=installments.installments),
        ),
    ]


def _long_product(site: Site) -> Product:
    titles = {
        Site.MLA: ("Set Matero Completo Mate Imperial Calabaza Virola Alpaca con Bombilla", "1234599.00"),
        Site.MLM: ("Refrigerador Samsung Twin Cooling Plus 14 pies Silver con Despachador", "21999.00"),
        Site.MLB: ("Tênis Nike Revolution 7 Masculino Preto e Branco Corrida Academia", "12345.90"),
    }
    title, price = titles[site]
    return Product(
        product_id=f"{site.value}900",
        site=site,
        title=title,
        category="x",
        price=Decimal(price),
        currency=SITE_CURRENCY[site],
        stock=3,
        previous_price=str(Decimal(price) * 2),
    )


def _cases() -> list[tuple[Site, Trigger, Product, tuple[Benefit, ...]]]:
    cases = []
    for site in Site:
        product = _long_product(site)
        benefits = _site_benefits(site, product.product_id)
        for trigger in Trigger:
            for count in range(4):
                for chosen in itertools.combinations(benefits, count):
                    cases.append((site, trigger, product, chosen))
    return cases


def _with_old_price(facts: Facts, old_price: Decimal) -> Facts:
    # a price drop states the price before it, which the pipeline knows (it is not sent to the gateway)
    return dataclasses.replace(
        facts,
        allowed_numbers=facts.allowed_numbers | {old_price},
        price_currencies={**facts.price_currencies, old_price: next(iter(facts.price_currencies.values()))},
    )


def assert_reads_natively(copy: dict[str, str], product: Product, benefits: list[Benefit], locale: str) -> None:
    title, body = copy["title"], copy["body"]
    assert len(title.replace("{first_name}", LONG_NAME[:10])) <= PUSH_TITLE_MAX, title
    labels = [in_sentence(b.label) for b in benefits]
    if labels:
        last = AND[locale] if len(labels) > 2 else AND[locale].replace(",", "")  # "a and b", "a, b, and c"
        joined = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + last + labels[-1]
        assert joined in body, (joined, body)
    for label in labels:
        assert not label[:1].isupper() or label.split()[0].isupper(), label  # "envío gratis", not "Envío gratis"
    if any("% OFF" in b.label for b in benefits):
        assert "% OFF" in body, body  # "OFF" is written as the site writes it, never lowered
    assert not re.search(r"\(\d+\)", body), body
    name = shorten_title(product.title)
    assert len(name) <= PRODUCT_NAME_MAX and product.title.startswith(name) and body.startswith(name), body


@pytest.mark.parametrize(("site", "trigger", "product", "benefits"), _cases())
def test_the_gateways_template_copy_passes_the_gate_and_reads_natively(
    site: Site, trigger: Trigger, product: Product, benefits: tuple[Benefit, ...]
) -> None:
    locale = SITE_LOCALE[site].value
    variables = copy_variables(trigger, [product], list(benefits), "friendly")
    copy = render_fallback(PROMPT, locale, variables)
    verdict = check_copy(copy, facts_from_variables(variables), _policy(locale))
    assert verdict.passed, (copy, verdict.reasons)
    assert_reads_natively(copy, product, list(benefits), locale)


@pytest.mark.parametrize(("site", "trigger", "product", "benefits"), _cases())
def test_the_pipelines_own_template_copy_passes_the_gate_and_reads_natively(
    site: Site, trigger: Trigger, product: Product, benefits: tuple[Benefit, ...]
) -> None:
    locale = SITE_LOCALE[site]
    copy = template_copy(PIPELINE_TEMPLATES, locale, trigger, [product], list(benefits))
    facts = facts_from_variables(copy_variables(trigger, [product], list(benefits), "friendly"))
    facts = _with_old_price(facts, Decimal(str(product.previous_price)))  # type: ignore[attr-defined]
    verdict = check_copy({"title": copy.title, "body": copy.body}, facts, _policy(locale.value))
    assert verdict.passed, (copy, verdict.reasons)
    assert_reads_natively({"title": copy.title, "body": copy.body}, product, list(benefits), locale.value)
    personal = personalize(copy, LONG_NAME)
    assert len(personal.title) <= PUSH_TITLE_MAX, personal.title


@pytest.mark.parametrize("trigger", list(Trigger))
@pytest.mark.parametrize("count", [0, 1, 2, 3])
def test_the_developer_locale_reads_as_english_too(trigger: Trigger, count: int) -> None:
    product = Product(
        product_id="MLA901", site=Site.MLA, title="JBL Tune 520BT Wireless On-Ear Headphones with Microphone Black",
        category="x", price=Decimal("49.90"), currency="USD", stock=3,
    )  # fmt: skip
    benefits = [
        Benefit(kind=BenefitKind.DISCOUNT, percent=15, label="15% OFF"),
        Benefit(kind=BenefitKind.FREE_SHIPPING, label="Free shipping"),
        Benefit(kind=BenefitKind.INSTALLMENTS, installments=12, label="12 interest-free payments"),
    ][:count]
    variables = copy_variables(trigger, [product], benefits, "friendly")
    copy = render_fallback(PROMPT, "en", variables)
    verdict = check_copy(copy, facts_from_variables(variables), _policy("en"))
    assert verdict.passed, (copy, verdict.reasons)
    assert_reads_natively(copy, product, benefits, "en")


def test_every_demo_listing_with_its_real_benefits_gets_template_copy_that_passes_the_gate() -> None:
    failures = []
    for product in generate_demo_catalog(seed=7, per_site=40):
        locale = SITE_LOCALE[product.site]
        benefits = eligible_benefits(RULES[product.site], product, Shopper(purchases=0), NOW)
        for trigger in (Trigger.CART_ABANDONMENT, Trigger.BROWSE_INTENT):
            variables = copy_variables(trigger, [product], benefits, "friendly")
            facts = facts_from_variables(variables)
            gateway_copy = render_fallback(PROMPT, locale.value, variables)
            pipeline = template_copy(PIPELINE_TEMPLATES, locale, trigger, [product], benefits)
            for copy in (gateway_copy, {"title": pipeline.title, "body": pipeline.body}):
                verdict = check_copy(copy, facts, _policy(locale.value))
                if not verdict.passed:
                    failures.append((product.title, copy, verdict.reasons))
                assert_reads_natively(copy, product, benefits, locale.value)
    assert failures == []


@pytest.mark.parametrize(
    ("locale", "items", "expected"),
    [
        ("es-AR", ["10% OFF en tu primera compra", "envío gratis", "3 cuotas sin interés"],
         "10% OFF en tu primera compra, envío gratis y 3 cuotas sin interés"),
        ("es-MX", ["envío gratis", "6 meses sin intereses"], "envío gratis y 6 meses sin intereses"),
        ("pt-BR", ["10% OFF na primeira compra", "frete grátis", "10x sem juros"],
         "10% OFF na primeira compra, frete grátis e 10x sem juros"),
        ("es-AR", ["envío gratis", "instalación incluida"], "envío gratis e instalación incluida"),
        ("es-AR", ["envío gratis", "hielo de regalo"], "envío gratis y hielo de regalo"),
        ("en", ["free shipping", "12 interest-free payments"], "free shipping and 12 interest-free payments"),
        ("pt-BR", ["frete grátis"], "frete grátis"),
        ("es-AR", [], ""),
    ],
)  # fmt: skip
def test_lists_are_joined_as_each_language_writes_them(locale: str, items: list[str], expected: str) -> None:
    assert join_list(items, locale) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Envío gratis", "envío gratis"),
        ("Frete grátis", "frete grátis"),
        ("15% OFF", "15% OFF"),
        ("10% OFF na primeira compra", "10% OFF na primeira compra"),
        ("12x sem juros", "12x sem juros"),
        ("Envío Full", "Envío Full"),
        ("Mercado Pago: 6 cuotas", "Mercado Pago: 6 cuotas"),
        ("Cuotas sin interés con Mercado Pago", "cuotas sin interés con Mercado Pago"),
        ("MSI", "MSI"),
    ],
)
def test_benefit_labels_are_lower_cased_mid_sentence_but_not_names_or_capitals(label: str, expected: str) -> None:
    assert in_sentence(label) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Samsung Galaxy A15 128gb 4gb Ram Negro Dual Sim Liberado", "Samsung Galaxy A15 128gb 4gb Ram Negro"),
        ("Set Matero Completo con Bombilla de Alpaca y Yerbera", "Set Matero Completo con Bombilla"),
        ("Heladera No Frost Samsung RT38 382 L Inox Plata", "Heladera No Frost Samsung RT38 382 L"),
        ("Refrigerador Samsung Twin Cooling 14 pies Silver", "Refrigerador Samsung Twin Cooling"),
        ("Xiaomi Redmi Note 13 Pro 256 GB 8 GB Ram Negro", "Xiaomi Redmi Note 13 Pro 256 GB 8 GB Ram"),
        ("Licuadora Oster 600 W", "Licuadora Oster 600 W"),
    ],
)
def test_product_names_are_cut_at_a_word_for_the_lock_screen(title: str, expected: str) -> None:
    assert shorten_title(title) == expected


def test_a_long_first_name_is_dropped_rather_than_cut_from_a_full_title() -> None:
    copy = Copy(title="{first_name}, encontramos algo para ti", body="b", source=CopySource.TEMPLATE)
    assert personalize(copy, "Ana").title == "Ana, encontramos algo para ti"
    assert personalize(copy, "María Guadalupe").title == "Encontramos algo para ti"
