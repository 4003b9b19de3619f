"""Profiles: recency-decayed affinities, recent views, cart, purchases, favourites; each event counted once;
and the cart-abandonment and browse-intent triggers read from them."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from schemas import InteractionType, Site
from services.pipeline.domain.profile import (
    AFFINITY_HALF_LIFE_S,
    MAX_PRODUCT_AFFINITIES,
    Interaction,
    UserProfile,
    apply_feedback,
    apply_interaction,
    browse_intent_category,
    cart_abandonment_due,
    decayed,
    over_limit,
)

T0 = 1_795_000_000.0


def interaction(
    event_id: str, kind: InteractionType, product_id: str | None, category: str | None, at: float, price: str = "100"
) -> Interaction:
    return Interaction(
        event_id=event_id,
        user_id="u-mx-ximena",
        type=kind,
        site=Site.MLM,
        at=at,
        product_id=product_id,
        category=category,
        price=Decimal(price),
    )


def test_an_event_delivered_twice_is_counted_once() -> None:
    profile = UserProfile("u-mx-ximena")
    view = interaction("e1", InteractionType.VIEW, "MLM1", "laptops", T0)
    assert apply_interaction(profile, view)
    snapshot = profile.to_json()
    assert not apply_interaction(profile, view)
    assert profile.to_json() == snapshot and profile.interactions == 1


def test_last_weeks_interest_counts_half_of_todays() -> None:
    profile = UserProfile("u-mx-ximena")
    apply_interaction(profile, interaction("e1", InteractionType.VIEW, "MLM1", "tenis", T0))
    apply_interaction(profile, interaction("e2", InteractionType.VIEW, "MLM2", "laptops", T0 + AFFINITY_HALF_LIFE_S))
    now = T0 + AFFINITY_HALF_LIFE_S
    assert profile.affinity_for_category("tenis", now) == 0.5
    assert profile.affinity_for_category("laptops", now) == 1.0
    assert profile.top_categories(now) == ["laptops", "tenis"]


def test_a_long_time_shopper_keeps_the_strongest_product_affinities_within_the_limit() -> None:
    profile = UserProfile("u-mx-ximena")
    # a favourite laptop viewed every day, and 400 other products viewed once each over the months
    for day in range(400):
        at = T0 + day * 3600.0
        apply_interaction(profile, interaction(f"fav-{day}", InteractionType.VIEW, "MLM-laptop", "laptops", at))
        apply_interaction(profile, interaction(f"once-{day}", InteractionType.VIEW, f"MLM{day}", "varios", at + 60))
        assert len(profile.product_affinity) <= over_limit(MAX_PRODUCT_AFFINITIES)
    now = T0 + 400 * 3600.0
    kept = set(profile.product_affinity)
    assert "MLM-laptop" in kept and "MLM399" in kept  # the strongest and the newest
    assert "MLM0" not in kept  # an old single view made room
    # single views weigh the same, so strength is recency: every product kept was viewed after every one dropped
    kept_days = [day for day in range(400) if f"MLM{day}" in kept]
    dropped_days = [day for day in range(400) if f"MLM{day}" not in kept]
    assert max(dropped_days) < min(kept_days)
    assert len(kept) >= MAX_PRODUCT_AFFINITIES
    assert profile.affinity_for_product("MLM-laptop", now) > profile.affinity_for_product("MLM399", now)


def test_cart_purchase_and_favourites_are_tracked() -> None:
    profile = UserProfile("u-mx-ximena")
    apply_interaction(profile, interaction("e1", InteractionType.ADD_TO_CART, "MLM1", "laptops", T0, "11751.00"))
    apply_interaction(profile, interaction("e2", InteractionType.ADD_TO_CART, "MLM2", "tenis", T0 + 5, "899.00"))
    apply_interaction(profile, interaction("e3", InteractionType.FAVORITE, "MLM3", "cocina", T0 + 6))
    assert profile.cart_total() == Decimal("12650.00")
    apply_interaction(profile, interaction("e4", InteractionType.PURCHASE, "MLM1", "laptops", T0 + 10))
    assert list(profile.cart) == ["MLM2"] and "MLM1" in profile.purchases and "MLM3" in profile.favorites
    restored = UserProfile.from_json(profile.to_json())
    assert restored.to_json() == profile.to_json()


def test_a_cart_is_abandoned_a_fixed_time_after_the_last_add_and_not_once_everything_is_bought() -> None:
    profile = UserProfile("u-mx-ximena")
    assert cart_abandonment_due(profile, 1800) is None
    apply_interaction(profile, interaction("e1", InteractionType.ADD_TO_CART, "MLM1", "laptops", T0))
    apply_interaction(profile, interaction("e2", InteractionType.ADD_TO_CART, "MLM2", "laptops", T0 + 60))
    assert cart_abandonment_due(profile, 1800) == T0 + 60 + 1800
    apply_interaction(profile, interaction("e3", InteractionType.PURCHASE, "MLM1", "laptops", T0 + 90))
    apply_interaction(profile, interaction("e4", InteractionType.REMOVE_FROM_CART, "MLM2", "laptops", T0 + 95))
    assert cart_abandonment_due(profile, 1800) is None


def test_four_different_laptops_viewed_within_half_an_hour_show_browse_intent() -> None:
    profile = UserProfile("u-mx-ximena")
    for n in range(3):
        apply_interaction(profile, interaction(f"e{n}", InteractionType.VIEW, f"MLM{n}", "laptops", T0 + n * 60))
    assert browse_intent_category(profile, "laptops", T0 + 180, min_views=4, window_s=1800) is None
    apply_interaction(profile, interaction("e9", InteractionType.VIEW, "MLM9", "laptops", T0 + 240))
    assert browse_intent_category(profile, "laptops", T0 + 240, min_views=4, window_s=1800) == "laptops"
    assert browse_intent_category(profile, "laptops", T0 + 240 + 3600, min_views=4, window_s=1800) is None


def test_clicks_reinforce_a_product_and_a_dismissal_suppresses() -> None:
    profile = UserProfile("u-mx-ximena")
    apply_feedback(profile, suppressed_until=T0 + 100, clicked={"MLM7": 2}, now=T0)
    assert profile.affinity_for_product("MLM7", T0) == 4.0
    assert profile.suppressed_until == T0 + 100


kinds = st.sampled_from(list(InteractionType))


@given(
    st.lists(
        st.tuples(st.integers(0, 30), kinds, st.integers(0, 6), st.integers(0, 10_000)),
        max_size=80,
    )
)
def test_replaying_any_stream_twice_gives_the_same_profile_as_once(
    events: list[tuple[int, InteractionType, int, int]],
) -> None:
    def run(stream: list[Interaction]) -> dict:
        profile = UserProfile("u-mx-ximena")
        for item in stream:
            apply_interaction(profile, item)
        return profile.to_json()

    stream = [
        interaction(f"e{eid}", kind, None if kind is InteractionType.SEARCH else f"MLM{pid}", "laptops", T0 + offset)
        for eid, kind, pid, offset in events
    ]
    once = run(stream)
    assert run(stream + stream) == once
    assert once["interactions"] == len({item.event_id for item in stream})


@given(st.floats(0, 1e6), st.floats(0, 1e9))
def test_decay_never_grows_a_score(score: float, age: float) -> None:
    assert 0 <= decayed(score, T0, T0 + age) <= score
