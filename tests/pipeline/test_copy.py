"""Template copy per locale with Babel money, the first name filled locally, and the gateway answer parsed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from schemas import Benefit, BenefitKind, CopySource, Locale, Product, Site, Trigger
from services.infra.money import format_money
from services.pipeline.adapters.gateway_copy import CopyUnavailableError, parse_generation
from services.pipeline.adapters.rule_files import load_copy_templates
from services.pipeline.domain.copywriting import copy_cache_key, copy_variables, money, personalize, template_copy
from services.pipeline.settings import PIPELINE_DIR

TEMPLATES = load_copy_templates(PIPELINE_DIR / "copy_templates.yaml")


def _product(site: Site, title: str, price: str, currency: str) -> Product:
    return Product(
        product_id=f"{site.value}1",
        site=site,
        title=title,
        category="x",
        price=Decimal(price),
        currency=currency,
        stock=5,
    )


def test_template_copy_money_is_the_shared_push_copy_formatter() -> None:
    # the per-site rules are tested once, in tests/unit/test_money.py
    assert money(Decimal("12345.50"), "MXN", Locale.ES_MX) == format_money(Decimal("12345.50"), "MXN", Locale.ES_MX)
    assert money(Decimal("12345.00"), "ARS", "es-AR") == format_money(Decimal("12345.00"), "ARS", Locale.ES_AR)


def test_an_argentine_cart_reminder_uses_voseo_pesos_and_cuotas() -> None:
    phone = _product(Site.MLA, "Samsung Galaxy A55 5G 256 GB Azul Oscuro", "899999.00", "ARS")
    benefits = [
        Benefit(kind=BenefitKind.FREE_SHIPPING, product_id="MLA1", label="Envío gratis"),
        Benefit(kind=BenefitKind.INSTALLMENTS, product_id="MLA1", installments=12, label="12 cuotas sin interés"),
    ]
    copy = personalize(template_copy(TEMPLATES, Locale.ES_AR, Trigger.CART_ABANDONMENT, [phone], benefits), "Lucía")
    assert copy.title == "Lucía, tu carrito te espera"
    assert copy.body == (
        "Samsung Galaxy A55 5G 256 GB Azul Oscuro a $ 899.999 con envío gratis y 12 cuotas sin interés. "
        "¡Terminá tu compra!"
    )
    assert copy.source is CopySource.TEMPLATE


def test_a_brazilian_price_drop_names_old_and_new_price_in_reais() -> None:
    fridge = _product(Site.MLB, "Geladeira Brastemp Frost Free 375 L Inox", "3599.90", "BRL")
    fridge = fridge.model_copy(update={"previous_price": "3999.90"})
    benefits = [Benefit(kind=BenefitKind.INSTALLMENTS, product_id="MLB1", installments=12, label="12x sem juros")]
    copy = personalize(template_copy(TEMPLATES, Locale.PT_BR, Trigger.PRICE_DROP, [fridge], benefits), "João")
    assert copy.body == (
        "Geladeira Brastemp Frost Free 375 L Inox agora por R$ 3.599,90 (antes R$ 3.999,90) "
        "com 12x sem juros. Aproveite!"
    )


def test_without_a_first_name_the_greeting_is_dropped_gracefully() -> None:
    laptop = _product(Site.MLM, "Laptop Lenovo IdeaPad 3", "9999.00", "MXN")
    copy = personalize(template_copy(TEMPLATES, Locale.ES_MX, Trigger.BROWSE_INTENT, [laptop], []), None)
    assert copy.title == "Encontramos algo para ti"
    assert copy.body == "Laptop Lenovo IdeaPad 3 a $9,999. Entra y descubre más opciones."


def test_the_gateway_never_sees_the_first_name_and_similar_shoppers_share_cached_copy() -> None:
    laptop = _product(Site.MLM, "Laptop Lenovo IdeaPad 3", "9999.00", "MXN")
    variables = copy_variables(Trigger.CART_ABANDONMENT, [laptop], [], "friendly")
    assert "Ximena" not in str(variables) and "first_name" not in str(variables)
    assert copy_cache_key("push_copy", None, Locale.ES_MX, variables) == copy_cache_key(
        "push_copy", None, Locale.ES_MX, copy_variables(Trigger.CART_ABANDONMENT, [laptop], [], "friendly")
    )
    assert copy_cache_key("push_copy", None, Locale.ES_MX, variables) != copy_cache_key(
        "push_copy", None, Locale.ES_AR, variables
    )


def test_gateway_copy_keeps_its_placeholder_for_the_pipeline_to_fill() -> None:
    answer = {
        "generation_id": "gen_1",
        "prompt_id": "push_copy",
        "version": "2",
        "arm": "b",
        "copy_source": "llm",
        "output": {"title": "{first_name}, ¡tu carrito te espera!", "body": "Celular a $ 899.999,00."},
        "verdict": {"passed": True, "reasons": []},
    }
    copy = personalize(parse_generation(answer, "push_copy"), "Sofía")
    assert copy.title == "Sofía, ¡tu carrito te espera!"
    assert (copy.prompt_version, copy.experiment_arm, copy.generation_id, copy.source) == (
        "2",
        "b",
        "gen_1",
        CopySource.LLM,
    )


def test_template_copy_from_the_gateway_carries_the_reasons_it_replaced_the_models() -> None:
    answer = {
        "generation_id": "gen_2",
        "copy_source": "template",
        "output": {"title": "{first_name}, tu carrito te espera", "body": "Mate a $ 50.599. ¡Aprovechá!"},
        "verdict": {
            "passed": True,
            "reasons": ["attempt 1: unsupported_number: 18", "attempt 2: missing_fact: free shipping"],
        },
    }
    copy = personalize(parse_generation(answer, "push_copy"), "Mateo")
    assert copy.source is CopySource.TEMPLATE
    assert copy.fallback_reasons == ("attempt 1: unsupported_number: 18", "attempt 2: missing_fact: free shipping")
    model_copy = parse_generation({**answer, "copy_source": "llm", "verdict": {"passed": True, "reasons": []}}, "p")
    assert model_copy.fallback_reasons == ()


def test_gateway_copy_that_failed_its_checks_is_not_used() -> None:
    with pytest.raises(CopyUnavailableError):
        parse_generation({"output": {"title": "t", "body": "b"}, "verdict": {"passed": False, "reasons": ["x"]}}, "p")
    with pytest.raises(CopyUnavailableError):
        parse_generation({"output": {"title": "", "body": "b"}}, "p")
