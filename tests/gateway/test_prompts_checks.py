"""Output checks: the model may phrase the facts it was given, never invent one. Pure, no I/O.

The invented outputs below are the kind a small model (SmolLM2-135M) writes: an extra benefit,
a wrong installments count, a rounded price, a deadline nobody gave it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.gateway.adapters.prompt_files import PromptFiles
from services.gateway.domain.output_checks import (
    CheckPolicy,
    UnparseableOutputError,
    Verdict,
    check_copy,
    detected_language,
    facts_from_variables,
    parse_copy,
    register_forms,
)
from services.gateway.domain.prompt_registry import render_fallback
from tests.gateway.prompt_fixtures import REPO_PROMPTS, VARIABLES_AR, VARIABLES_BR, VARIABLES_MX

PUSH = {"title_max": 60, "body_max": 180, "required_facts": ("benefits", "first_product_price")}
AR = CheckPolicy(locale="es-AR", banned_phrases=("garantizado", "última oportunidad"), **PUSH)  # type: ignore[arg-type]
MX = CheckPolicy(locale="es-MX", **PUSH)  # type: ignore[arg-type]
BR = CheckPolicy(locale="pt-BR", banned_phrases=("última chance",), **PUSH)  # type: ignore[arg-type]
FACTS_AR = facts_from_variables(VARIABLES_AR)
FACTS_MX = facts_from_variables(VARIABLES_MX)
FACTS_BR = facts_from_variables(VARIABLES_BR)


def verdict(title: str, body: str, facts: object = FACTS_AR, policy: CheckPolicy = AR) -> Verdict:
    return check_copy({"title": title, "body": body}, facts, policy)  # type: ignore[arg-type]


def kinds(result: Verdict) -> set[str]:
    return {reason.split(":", 1)[0] for reason in result.reasons}


# --- copy that is right ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "facts", "policy"),
    [
        (
            "{first_name}, 12 cuotas sin interés",
            "Tus Topper Boro a $ 84.999 con envío gratis. ¡Comprá hoy!",
            FACTS_AR,
            AR,
        ),
        ("Envío gratis y 12 cuotas", "Llevate las Topper Boro por $84.999,00. ¡Aprovechá!", FACTS_AR, AR),
        ("Tu licuadora en 6 meses sin intereses", "Licuadora Oster 600 W a $1,299. ¡Aprovecha hoy!", FACTS_MX, MX),
        (
            "6 MSI en tu Oster",
            "Descubre la Licuadora Oster 600 W por $1,299.00 y llévatela a 6 meses sin intereses.",
            FACTS_MX,
            MX,
        ),
        ("Baixou! 15% OFF no JBL", "Seu Fone JBL Tune 520BT por R$ 249,90 em 10x sem juros. Aproveite!", FACTS_BR, BR),
        ("10x sem juros + 15% de desconto", "Fone JBL Tune 520BT por R$ 249,90. Garanta o seu!", FACTS_BR, BR),
    ],
)
def test_copy_stating_exactly_the_facts_passes(title: str, body: str, facts: object, policy: CheckPolicy) -> None:
    assert verdict(title, body, facts, policy) == Verdict(passed=True, reasons=())


def test_a_price_matches_in_either_notation() -> None:
    for price in ("$ 84.999", "$84.999,00", "84999", "$ 84999.00"):
        assert verdict("12 cuotas sin interés", f"Topper Boro a {price} con envío gratis. ¡Comprá!").passed, price


def test_numbers_in_the_product_title_are_not_invented() -> None:
    facts = facts_from_variables(
        {
            "products": [{"title": "Samsung Galaxy A54 128 GB", "price": "459999", "currency": "ARS"}],
            "benefits": [{"kind": "installments", "installments": 12, "label": "12 cuotas sin interés"}],
        }
    )
    result = verdict("Tu Galaxy A54 de 128 GB", "A $ 459.999 en 12 cuotas sin interés. ¡Comprá!", facts)
    assert result.passed, result.reasons


# --- invented facts --------------------------------------------------------------------------


def test_more_installments_than_granted_is_caught() -> None:
    result = verdict("¡18 cuotas sin interés!", "Tus Topper Boro a $ 84.999 con envío gratis. ¡Comprá!")
    assert "unsupported_number: 18" in result.reasons
    assert "missing_fact: installments 12" in result.reasons


def test_free_shipping_not_granted_is_caught() -> None:
    result = verdict(
        "6 meses sin intereses", "Licuadora Oster 600 W a $1,299 con envío gratis. ¡Aprovecha!", FACTS_MX, MX
    )
    assert result.reasons == ("unsupported_benefit: free_shipping ('envio gratis' not in the input)",)


def test_frete_gratis_not_granted_is_caught_in_portuguese() -> None:
    result = verdict("10x sem juros e 15% OFF", "Fone JBL Tune 520BT por R$ 249,90 e frete grátis!", FACTS_BR, BR)
    assert kinds(result) == {"unsupported_benefit"}


def test_a_discount_nobody_gave_is_caught() -> None:
    result = verdict("12 cuotas y 20% OFF", "Topper Boro a $ 84.999 con envío gratis y descuento. ¡Comprá!")
    assert "unsupported_percent: 20" in result.reasons
    assert any(r.startswith("unsupported_benefit: discount") for r in result.reasons)


def test_a_rounded_price_is_an_invented_price() -> None:
    result = verdict("12 cuotas sin interés", "Topper Boro a solo $ 85.000 con envío gratis. ¡Comprá!")
    assert "unsupported_price: 85.000" in result.reasons
    assert "missing_fact: price 84999.00" in result.reasons


def test_a_deadline_or_stock_claim_is_invented() -> None:
    result = verdict("12 cuotas sin interés", "Topper Boro a $ 84.999 con envío gratis hasta el 30/11. Stock limitado.")
    assert "unsupported_number: 30" in result.reasons and "unsupported_number: 11" in result.reasons
    assert "scarcity_claim: 'stock limitado'" in result.reasons


def test_cashback_and_coupons_are_invented_whatever_the_locale() -> None:
    assert "unsupported_claim" in kinds(
        verdict("10x sem juros e 15% OFF", "JBL Tune 520BT por R$ 249,90 com cashback e cupom!", FACTS_BR, BR)
    )
    assert "unsupported_claim" in kinds(
        verdict("12 cuotas sin interés", "Topper Boro a $ 84.999, envío gratis y un regalo sorpresa.")
    )


def test_installments_written_in_words_are_read() -> None:
    wrong = verdict("Dieciocho cuotas sin interés", "Topper Boro a $ 84.999 con envío gratis. ¡Comprá!")
    assert "unsupported_number: dieciocho cuotas" in wrong.reasons
    right = verdict("Doce cuotas sin interés", "Topper Boro a $ 84.999 con envío gratis. ¡Comprá!")
    assert right.passed, right.reasons


def test_installments_claimed_when_none_were_granted() -> None:
    facts = facts_from_variables({"products": [{"title": "Mochila Nike", "price": "35000", "currency": "ARS"}]})
    result = verdict("Tu mochila Nike", "A $ 35.000 en cuotas sin interés. ¡Comprá!", facts)
    assert any(r.startswith("unsupported_benefit: installments") for r in result.reasons)
    assert verdict("Tu mochila Nike", "A $ 35.000. ¡Comprá la tuya!", facts).passed


def test_12x_counts_as_an_installments_claim() -> None:
    facts = facts_from_variables({"products": [{"title": "Tênis Olympikus", "price": "299.90", "currency": "BRL"}]})
    result = verdict("Tênis Olympikus", "Por R$ 299,90 em 12x. Aproveite!", facts, BR)
    assert "unsupported_number: 12" in result.reasons
    assert any(r.startswith("unsupported_benefit: installments") for r in result.reasons)


# --- facts that must be there ----------------------------------------------------------------


def test_every_benefit_passed_in_must_be_stated() -> None:
    result = verdict("{first_name}, tu carrito te espera", "Tus Topper Boro a $ 84.999. ¡Comprá!")
    assert set(result.reasons) == {"missing_fact: installments 12", "missing_fact: free shipping"}


def test_the_discount_percent_must_be_stated() -> None:
    result = verdict("10x sem juros no JBL", "Fone JBL Tune 520BT por R$ 249,90 com desconto. Aproveite!", FACTS_BR, BR)
    assert result.reasons == ("missing_fact: discount 15%",)


def test_the_first_product_price_must_be_stated_when_the_prompt_asks() -> None:
    result = verdict("12 cuotas sin interés", "Tus Topper Boro con envío gratis. ¡Comprá!")
    assert result.reasons == ("missing_fact: price 84999.00",)
    lenient = CheckPolicy(locale="es-AR", title_max=60, body_max=180, required_facts=("benefits",))
    assert verdict("12 cuotas sin interés", "Tus Topper Boro con envío gratis. ¡Comprá!", policy=lenient).passed


# --- length, banned phrases, locale ----------------------------------------------------------


def test_length_limits_and_empty_fields() -> None:
    long_title = "12 cuotas sin interés y envío gratis en tus zapatillas Topper Boro nuevas"
    result = verdict(long_title, "A $ 84.999. ¡Comprá!")
    assert f"title_too_long: {len(long_title)} > 60 characters" in result.reasons
    assert "empty_field: body" in verdict("12 cuotas sin interés, envío gratis, $ 84.999", "  ").reasons


def test_banned_phrases_match_without_accents_or_case() -> None:
    result = verdict("ULTIMA OPORTUNIDAD: 12 cuotas", "Topper Boro a $ 84.999, envío gratis garantizado. ¡Comprá!")
    assert {"banned_phrase: garantizado", "banned_phrase: última oportunidad"} <= set(result.reasons)


def test_spanish_copy_for_brazil_is_a_locale_mismatch() -> None:
    result = verdict(
        "10x sem juros y 15% OFF",
        "Tus auriculares JBL Tune 520BT a R$ 249,90 con descuento. ¡Aprovecha ahora!",
        FACTS_BR,
        BR,
    )
    assert "locale_mismatch: reads as es, expected pt-BR" in result.reasons


def test_portuguese_copy_for_argentina_is_a_locale_mismatch() -> None:
    result = verdict("12x sem juros e frete grátis", "Seu Topper Boro por $ 84.999 está esperando você. Aproveite!")
    assert "locale_mismatch: reads as pt, expected es-AR" in result.reasons


def test_tuteo_in_argentina_and_voseo_in_mexico_are_caught() -> None:
    ar = verdict("12 cuotas sin interés", "¿Todavía quieres tus Topper Boro? $ 84.999 con envío gratis. ¡Aprovecha!")
    assert ar.reasons == ("register_mismatch: tuteo (aprovecha, quieres) in es-AR copy, which uses voseo",)
    mx = verdict("6 meses sin intereses", "¿Querés la Licuadora Oster 600 W? $1,299. ¡Aprovechá!", FACTS_MX, MX)
    assert mx.reasons == ("register_mismatch: voseo (aprovechá, querés) in es-MX copy, which uses tuteo",)


def test_copy_without_second_person_passes_the_register_check_either_way() -> None:
    # Honest limit: with no verb addressed to the shopper there is nothing to tell voseo from tuteo.
    assert register_forms("Topper Boro: 12 cuotas sin interés y envío gratis") == (set(), set())


def test_language_detection_abstains_on_text_too_short_to_tell() -> None:
    assert detected_language("Topper Boro") is None
    assert detected_language("Seu carrinho está esperando você com frete grátis") == "pt"
    assert detected_language("Tu carrito te espera con envío gratis") == "es"


def test_the_first_name_placeholder_is_not_a_claim() -> None:
    assert verdict("{first_name}, 12 cuotas sin interés", "Topper Boro a $ 84.999 con envío gratis. ¡Comprá!").passed


# --- parsing ---------------------------------------------------------------------------------


def test_json_inside_prose_or_code_fences_is_found() -> None:
    text = 'Claro! Acá va:\n```json\n{"title": "12 cuotas sin interés", "body": "Topper Boro"}\n```'
    assert parse_copy(text, ("title", "body")) == {"title": "12 cuotas sin interés", "body": "Topper Boro"}


@pytest.mark.parametrize(
    "text", ["no JSON here", '{"title": "solo título"}', '{"title": 12, "body": "x"}', '{"title": "a", "body": ']
)
def test_answers_without_both_string_fields_are_unparseable(text: str) -> None:
    with pytest.raises(UnparseableOutputError):
        parse_copy(text, ("title", "body"))


def test_facts_are_read_from_the_pipelines_variables() -> None:
    assert FACTS_BR.installments == (10,) and FACTS_BR.percents == (15,)
    assert FACTS_BR.first_price == Decimal("249.90") and not FACTS_BR.free_shipping
    assert FACTS_AR.free_shipping
    assert Decimal("520") in FACTS_BR.allowed_numbers  # from the title "Fone JBL Tune 520BT"


def test_a_prompt_with_other_output_fields_is_checked_on_those_fields() -> None:
    headline = {"headline": "Tus Topper Boro a $ 84.999 en 12 cuotas sin interés con envío gratis"}
    assert check_copy(headline, FACTS_AR, AR).passed
    invented = check_copy({"headline": "Topper Boro con 30% OFF"}, FACTS_AR, AR)
    assert "unsupported_percent: 30" in invented.reasons
    assert "empty_field: headline" in check_copy({"headline": " "}, FACTS_AR, AR).reasons


def test_english_leaking_into_spanish_copy_is_a_locale_mismatch() -> None:
    # What SmolLM2-135M often does with a Spanish prompt: answers in English.
    result = verdict(
        "Don't miss your Topper Boro!", "Get them now for $ 84.999 with free shipping and 12 interest-free payments."
    )
    assert "locale_mismatch: reads as en, expected es-AR" in result.reasons


# --- property: our own template copy always passes our own checks ---------------------------

_SHIPPED = PromptFiles(root=REPO_PROMPTS)
_SHIPPED.refresh(force=True)
_CURRENCY = {"es-AR": "ARS", "es-MX": "MXN", "pt-BR": "BRL", "en": "USD"}
_LABELS = {
    "es-AR": ("{n} cuotas sin interés", "Envío gratis", "{p}% OFF"),
    "es-MX": ("{n} meses sin intereses", "Envío gratis", "{p}% de descuento"),
    "pt-BR": ("{n}x sem juros", "Frete grátis", "{p}% OFF"),
    "en": ("{n} interest-free installments", "Free shipping", "{p}% off"),
}
_TITLES = ["Zapatillas Topper Boro", "Smart TV Samsung 55 4K", "Fone JBL Tune 520BT", "Licuadora Oster 600 W"]


@settings(max_examples=150, deadline=None)
@given(
    locale=st.sampled_from(["es-AR", "es-MX", "pt-BR", "en"]),
    version=st.sampled_from(["1", "2", "3"]),
    cents=st.integers(min_value=100, max_value=999_999_999),
    title=st.sampled_from(_TITLES),
    installments=st.one_of(st.none(), st.sampled_from([3, 6, 10, 12, 18, 24])),
    percent=st.one_of(st.none(), st.integers(min_value=5, max_value=70)),
    free_shipping=st.booleans(),
    trigger=st.sampled_from(["cart_abandonment", "browse_intent", "price_drop"]),
)
def test_shipped_template_copy_passes_its_own_checks_for_any_facts(
    locale: str,
    version: str,
    cents: int,
    title: str,
    installments: int | None,
    percent: int | None,
    free_shipping: bool,
    trigger: str,
) -> None:
    installments_label, shipping_label, percent_label = _LABELS[locale]
    benefits: list[dict[str, object]] = []
    if installments:
        benefits.append(
            {"kind": "installments", "installments": installments, "label": installments_label.format(n=installments)}
        )
    if free_shipping:
        benefits.append({"kind": "free_shipping", "label": shipping_label})
    if percent:
        benefits.append({"kind": "discount", "percent": percent, "label": percent_label.format(p=percent)})
    variables = {
        "products": [{"title": title, "price": f"{cents // 100}.{cents % 100:02d}", "currency": _CURRENCY[locale]}],
        "benefits": benefits,
        "trigger": trigger,
        "style": "friendly",
    }
    prompt = _SHIPPED.registry.get("push_copy", version)
    copy = render_fallback(prompt, locale, variables)
    policy = CheckPolicy(
        locale=locale,
        title_max=prompt.limits.title_max,
        body_max=prompt.limits.body_max,
        banned_phrases=prompt.banned_for(locale),
        required_facts=prompt.required_facts,
    )
    result = check_copy(copy, facts_from_variables(variables), policy)
    assert result.passed, (copy, result.reasons)


@settings(max_examples=200, deadline=None)
@given(pesos=st.integers(min_value=1, max_value=99_999_999), cents=st.integers(min_value=0, max_value=99))
def test_a_price_is_recognized_in_every_notation_and_a_different_one_is_not(pesos: int, cents: int) -> None:
    price = f"{pesos}.{cents:02d}"
    facts = facts_from_variables({"products": [{"title": "Mochila Nike", "price": price, "currency": "ARS"}]})
    policy = CheckPolicy(locale="es-AR", title_max=60, body_max=180, required_facts=("first_product_price",))
    dotted = f"{pesos:,}".replace(",", ".")
    notations = [f"$ {dotted},{cents:02d}", f"${pesos:,}.{cents:02d}", f"{pesos}.{cents:02d}"]
    if cents == 0:
        notations += [f"$ {dotted}", str(pesos)]
    for written in notations:
        assert check_copy({"title": "Tu mochila Nike", "body": f"A {written}. ¡Comprala!"}, facts, policy).passed, (
            written
        )
    wrong = f"$ {f'{pesos + 1:,}'.replace(',', '.')},{cents:02d}"
    assert "missing_fact" in kinds(
        check_copy({"title": "Tu mochila Nike", "body": f"A {wrong}. ¡Comprala!"}, facts, policy)
    )


def test_a_price_in_reais_written_with_a_peso_sign_is_caught() -> None:
    result = verdict("10x sem juros e 15% OFF", "Fone JBL Tune 520BT por $ 249,90. Aproveite!", FACTS_BR, BR)
    assert result.reasons == ("wrong_currency: $ 249,90 for a price in BRL",)
    assert verdict("10x sem juros e 15% OFF", "Fone JBL Tune 520BT por R$ 249,90. Aproveite!", FACTS_BR, BR).passed


def test_a_peso_price_written_in_reais_is_caught() -> None:
    result = verdict("12 cuotas sin interés", "Topper Boro a R$ 84.999 con envío gratis. ¡Comprá!")
    assert result.reasons == ("wrong_currency: R$ 84.999 for a price in ARS",)
