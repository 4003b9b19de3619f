"""Push copy: the facts sent to the gateway, the template copy used when it cannot answer, and the
first name filled in locally (it is never sent to the model)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from schemas import Benefit, CopySource, Locale, Product, Trigger
from services.infra.copy_text import PUSH_TITLE_MAX, in_sentence, join_list, shorten_title
from services.infra.money import MoneyStyle, format_money

TITLE_MAX = 120
BODY_MAX = 400
PRODUCT_TITLE_MAX = 60
#: the product name of each item a digest names: three items, price and a benefit each, within ~240 characters
DIGEST_NAME_MAX = 28
#: the key of a digest's templates in copy_templates.yaml and the ``trigger`` its copy variables carry
DIGEST = "digest"
_NAME_WITH_COMMA = re.compile(r"\{first_name\}\s*,\s*")
_NAME = re.compile(r"\s*\{first_name\}\s*")


@dataclass(frozen=True)
class Copy:
    """A title and body ready to send, and where they came from."""

    title: str
    body: str
    source: CopySource
    prompt_id: str | None = None
    prompt_version: str | None = None
    experiment_arm: str | None = None
    generation_id: str | None = None
    #: why template copy went out instead of the model's (the gateway's verdict reasons, or why the
    #: gateway could not be used); empty when the model's copy (or its cached copy) is sent
    fallback_reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocaleTemplates:
    """One locale's template copy per trigger, and the words that lead into a list of benefits."""

    by_trigger: dict[str, tuple[str, str]]
    benefits_lead_in: str = " con "
    #: one item of a digest's body: ``{product} a {price}{benefits}``
    digest_item: str = "{product}: {price}{benefits}"


@dataclass(frozen=True)
class CopyTemplates:
    by_locale: dict[str, LocaleTemplates] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> CopyTemplates:
        """Templates from the parsed copy_templates.yaml."""
        by_locale = {}
        for locale, entries in data.items():
            by_trigger = {
                trigger: (str(texts["title"]), str(texts["body"]))
                for trigger, texts in entries.items()
                if isinstance(texts, dict)
            }
            by_locale[locale] = LocaleTemplates(
                by_trigger,
                str(entries.get("benefits_lead_in", " con ")),
                str(entries.get("digest_item", LocaleTemplates.digest_item)),
            )
        return cls(by_locale)


def babel_locale(locale: Locale | str) -> str:
    return str(Locale(locale).value).replace("-", "_")


def money(amount: Decimal, currency: str, locale: Locale | str) -> str:
    """Money as the locale writes it: ``$ 12.345`` (es-AR), ``$12,345.50`` (es-MX), ``R$ 3.599,90`` (pt-BR)."""
    return format_money(amount, currency, Locale(locale), MoneyStyle.PUSH_COPY)


def short_title(title: str, limit: int = PRODUCT_TITLE_MAX) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def join_benefits(labels: list[str], lead_in: str, locale: Locale | str) -> str:
    """`` con 10% OFF, envío gratis y 12 cuotas sin interés`` (`` com …, frete grátis e 10x sem juros``),
    or nothing without benefits."""
    if not labels:
        return ""
    return lead_in + join_list([in_sentence(label) for label in labels], Locale(locale).value)


def template_copy(
    templates: CopyTemplates,
    locale: Locale,
    trigger: Trigger,
    products: list[Product],
    benefits: list[Benefit],
) -> Copy:
    """The locale's template copy for ``trigger``, about the first product and its benefits."""
    entry = templates.by_locale.get(locale.value) or templates.by_locale["en"]
    title_template, body_template = entry.by_trigger[trigger.value]
    product = products[0]
    old_price = getattr(product, "previous_price", None) or product.original_price or product.price
    labels = [b.label for b in benefits if b.label and b.product_id in (None, product.product_id)]
    body = body_template.format(
        first_name="{first_name}",
        product=shorten_title(product.title),
        price=money(product.price, product.currency, locale),
        old_price=money(Decimal(str(old_price)), product.currency, locale),
        benefits=join_benefits(labels, entry.benefits_lead_in, locale),
    )
    return Copy(title=title_template, body=body, source=CopySource.TEMPLATE)


def template_digest_copy(templates: CopyTemplates, locale: Locale, items: list[tuple[Product, list[Benefit]]]) -> Copy:
    """The locale's template copy for a digest: each item named with its price and its own first benefit
    (never another item's), best first."""
    entry = templates.by_locale.get(locale.value) or templates.by_locale["en"]
    title, body_template = entry.by_trigger[DIGEST]
    parts = []
    for product, benefits in items:
        labels = [b.label for b in benefits if b.label and b.product_id in (None, product.product_id)][:1]
        parts.append(
            entry.digest_item.format(
                product=shorten_title(product.title, DIGEST_NAME_MAX),
                price=money(product.price, product.currency, locale),
                benefits=join_benefits(labels, entry.benefits_lead_in, locale),
            )
        )
    body = body_template.format(first_name="{first_name}", items="; ".join(parts))
    return Copy(title=title, body=body, source=CopySource.TEMPLATE)


def fill_first_name(text: str, first_name: str | None) -> str:
    """Put the shopper's first name where the copy says ``{first_name}``; without one, drop it gracefully."""
    if first_name:
        return text.replace("{first_name}", first_name.strip())
    stripped = _NAME.sub(" ", _NAME_WITH_COMMA.sub("", text)).strip()
    return stripped[:1].upper() + stripped[1:]


def personalize(copy: Copy, first_name: str | None) -> Copy:
    """The copy with the first name filled in and cut to the push limits.

    A title the name would push past one lock-screen line (``PUSH_TITLE_MAX``) goes out without
    the name: "Tu carrito te espera" reads better than a title cut mid-word.
    """
    title = fill_first_name(copy.title, first_name)
    if first_name and len(title) > PUSH_TITLE_MAX:
        title = fill_first_name(copy.title, None)
    title = title[:TITLE_MAX]
    body = fill_first_name(copy.body, first_name)[:BODY_MAX]
    return Copy(
        title=title,
        body=body,
        source=copy.source,
        prompt_id=copy.prompt_id,
        prompt_version=copy.prompt_version,
        experiment_arm=copy.experiment_arm,
        generation_id=copy.generation_id,
        fallback_reasons=copy.fallback_reasons,
    )


def copy_variables(trigger: Trigger, products: list[Product], benefits: list[Benefit], style: str) -> dict[str, Any]:
    """The gateway's ``variables``: facts only, no personal data."""
    return {
        "products": [{"title": short_title(p.title), "price": str(p.price), "currency": p.currency} for p in products],
        "benefits": _benefit_facts(benefits),
        "trigger": trigger.value,
        "style": style,
    }


def _benefit_facts(benefits: list[Benefit]) -> list[dict[str, Any]]:
    return [b.model_dump(mode="json", include={"kind", "installments", "percent", "label"}) for b in benefits]


def digest_copy_variables(items: list[tuple[Product, list[Benefit], Trigger]], style: str) -> dict[str, Any]:
    """The gateway's ``variables`` for a digest: each product with the trigger that brought it and its own
    benefits (the copy gate checks every benefit claimed against the item it is claimed for); ``benefits``
    lists every item's, once."""
    union: dict[str, dict[str, Any]] = {}
    for _, benefits, _ in items:
        for fact in _benefit_facts(benefits):
            union.setdefault(json.dumps(fact, sort_keys=True), fact)
    return {
        "products": [
            {
                "title": shorten_title(product.title, DIGEST_NAME_MAX),
                "price": str(product.price),
                "currency": product.currency,
                "trigger": trigger.value,
                "benefits": _benefit_facts(benefits),
            }
            for product, benefits, trigger in items
        ],
        "benefits": list(union.values()),
        "trigger": DIGEST,
        "style": style,
    }


def copy_cache_key(prompt_id: str, prompt_version: str | None, locale: Locale, variables: dict[str, Any]) -> str:
    """Copy for the same prompt version, products, benefits and locale is reused across shoppers."""
    digest = hashlib.sha256(json.dumps(variables, sort_keys=True, default=str).encode()).hexdigest()[:32]
    return f"pulso:pipeline:copy:{prompt_id}:{prompt_version or 'live'}:{locale.value}:{digest}"
