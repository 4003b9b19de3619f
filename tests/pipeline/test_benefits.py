"""The benefit engine per site, from the rules in services/pipeline/rules/: what a shopper actually gets."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from schemas import BenefitKind, Product, Site
from services.pipeline.adapters.rule_files import load_benefit_rules
from services.pipeline.domain.benefits import RulesMismatchError, Shopper, eligible_benefits
from services.pipeline.settings import PIPELINE_DIR

RULES = load_benefit_rules(PIPELINE_DIR / "rules")
BLACK_FRIDAY = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
EARLY_NOVEMBER = datetime(2026, 11, 5, 15, 0, tzinfo=UTC)
NEW_YEAR_2027 = datetime(2027, 1, 10, 15, 0, tzinfo=UTC)
LOYAL = Shopper(purchases=5)


def product(site: Site, category: str, price: str, product_id: str = "P1") -> Product:
    currency = {Site.MLA: "ARS", Site.MLM: "MXN", Site.MLB: "BRL"}[site]
    return Product(
        product_id=f"{site.value}{product_id}",
        site=site,
        title="x",
        category=category,
        price=Decimal(price),
        currency=currency,
        stock=3,
    )


def labels(benefits: list) -> list[str]:
    return [b.label for b in benefits]


def test_a_phone_in_argentina_gets_12_cuotas_sin_interes_and_free_shipping() -> None:
    phone = product(Site.MLA, "celulares-y-smartphones", "899999.00")
    got = eligible_benefits(RULES[Site.MLA], phone, LOYAL, EARLY_NOVEMBER)
    assert labels(got) == ["Envío gratis", "12 cuotas sin interés"]
    assert next(b for b in got if b.kind is BenefitKind.INSTALLMENTS).installments == 12


def test_a_cheap_mate_in_argentina_gets_no_free_shipping_until_the_cart_reaches_the_threshold() -> None:
    mate = product(Site.MLA, "mates-y-termos", "15999.00")
    alone = eligible_benefits(RULES[Site.MLA], mate, LOYAL, NEW_YEAR_2027)
    assert BenefitKind.FREE_SHIPPING not in {b.kind for b in alone}
    with_cart = eligible_benefits(RULES[Site.MLA], mate, Shopper(purchases=1, cart_total=Decimal(20000)), NEW_YEAR_2027)
    assert "Envío gratis" in labels(with_cart)


def test_loyal_shoppers_in_argentina_get_free_shipping_from_a_lower_amount() -> None:
    thermos = product(Site.MLA, "mates-y-termos", "25000.00")
    assert "Envío gratis" not in labels(
        eligible_benefits(RULES[Site.MLA], thermos, Shopper(purchases=1), NEW_YEAR_2027)
    )
    assert "Envío gratis" in labels(eligible_benefits(RULES[Site.MLA], thermos, Shopper(purchases=3), NEW_YEAR_2027))


def test_a_first_purchase_in_argentina_gets_10_percent_off_and_a_returning_shopper_does_not() -> None:
    sneakers = product(Site.MLA, "zapatillas", "89999.00")
    first = eligible_benefits(RULES[Site.MLA], sneakers, Shopper(purchases=0), EARLY_NOVEMBER)
    assert "10% OFF en tu primera compra" in labels(first)
    returning = eligible_benefits(RULES[Site.MLA], sneakers, LOYAL, EARLY_NOVEMBER)
    assert BenefitKind.DISCOUNT not in {b.kind for b in returning}


def test_black_friday_in_argentina_applies_only_within_its_dates_and_categories() -> None:
    notebook = product(Site.MLA, "notebooks", "1200000.00")
    during = eligible_benefits(RULES[Site.MLA], notebook, LOYAL, BLACK_FRIDAY)
    discount = next(b for b in during if b.kind is BenefitKind.DISCOUNT)
    assert (discount.percent, discount.label) == (15, "15% OFF")
    assert discount.valid_until == datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
    assert BenefitKind.DISCOUNT not in {
        b.kind for b in eligible_benefits(RULES[Site.MLA], notebook, LOYAL, NEW_YEAR_2027)
    }
    fridge = product(Site.MLA, "heladeras-y-freezers", "1200000.00")
    assert BenefitKind.DISCOUNT not in {b.kind for b in eligible_benefits(RULES[Site.MLA], fridge, LOYAL, BLACK_FRIDAY)}


def test_a_laptop_in_mexico_gets_12_meses_sin_intereses() -> None:
    laptop = product(Site.MLM, "laptops", "11751.00")
    got = eligible_benefits(RULES[Site.MLM], laptop, LOYAL, NEW_YEAR_2027)
    assert labels(got) == ["Envío gratis", "12 meses sin intereses"]


def test_sneakers_in_mexico_get_3_meses_sin_intereses_from_600_pesos() -> None:
    sneakers = product(Site.MLM, "tenis", "899.00")
    assert "3 meses sin intereses" in labels(eligible_benefits(RULES[Site.MLM], sneakers, LOYAL, NEW_YEAR_2027))
    cheap = product(Site.MLM, "tenis", "450.00")
    assert BenefitKind.INSTALLMENTS not in {
        b.kind for b in eligible_benefits(RULES[Site.MLM], cheap, LOYAL, NEW_YEAR_2027)
    }


def test_the_buen_fin_discount_in_mexico_lowers_the_price_that_installments_are_measured_on() -> None:
    blender = product(Site.MLM, "cocina", "1600.00")
    buen_fin = datetime(2026, 11, 15, 18, 0, tzinfo=UTC)
    got = eligible_benefits(RULES[Site.MLM], blender, LOYAL, buen_fin)
    # 20 % off 1,600 is 1,280: still above 600 but below the 1,500 for 6 meses
    assert labels(got) == ["20% de descuento", "Envío gratis", "3 meses sin intereses"]


def test_a_fridge_in_brazil_gets_12x_sem_juros_and_frete_gratis() -> None:
    fridge = product(Site.MLB, "geladeiras", "3599.90")
    got = eligible_benefits(RULES[Site.MLB], fridge, LOYAL, NEW_YEAR_2027)
    assert labels(got) == ["Frete grátis", "12x sem juros"]


def test_a_cheap_item_in_brazil_has_no_frete_gratis_below_79_reais() -> None:
    pan = product(Site.MLB, "cozinha", "59.90")
    assert eligible_benefits(RULES[Site.MLB], pan, LOYAL, NEW_YEAR_2027) == []


def test_benefits_are_checked_against_the_products_own_site() -> None:
    with pytest.raises(RulesMismatchError):
        eligible_benefits(RULES[Site.MLB], product(Site.MLA, "notebooks", "10.00"), LOYAL, NEW_YEAR_2027)


@given(
    site=st.sampled_from(list(Site)),
    price=st.decimals(min_value=0, max_value=5_000_000, places=2, allow_nan=False, allow_infinity=False),
    purchases=st.integers(min_value=0, max_value=20),
    cart=st.decimals(min_value=0, max_value=1_000_000, places=2, allow_nan=False, allow_infinity=False),
    day=st.integers(min_value=0, max_value=400),
)
def test_every_product_gets_at_most_one_benefit_of_each_kind_and_each_carries_a_label(
    site: Site, price: Decimal, purchases: int, cart: Decimal, day: int
) -> None:
    when = datetime.fromtimestamp(datetime(2026, 1, 1, tzinfo=UTC).timestamp() + day * 86_400, UTC)
    category = sorted({c for rule in RULES[site].installments for c in rule.categories if c != "*"})[0]
    got = eligible_benefits(RULES[site], product(site, category, str(price)), Shopper(purchases, cart), when)
    kinds = [b.kind for b in got]
    assert len(kinds) == len(set(kinds))
    assert all(b.label and "{" not in b.label for b in got)
