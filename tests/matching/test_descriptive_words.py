"""Integrity of the descriptive-word lexicon: usable entries, one class each, none that names a variant or product."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from services.matching.domain.descriptive_words import DESCRIPTIVE_WORDS, DESCRIPTIVE_WORDS_BY_CLASS
from services.matching.domain.titles import normalize_title

#: words that name a variant, a size, an edition, a material, an audience, a power level, a kind of use, a condition,
#: genuine against copy, or a bundle; an entry holding one, even inside a phrase, could explain away a real difference
VARIANT_WORDS = (
    "mini",
    "grande",
    "max",
    "xl",
    "compacto",
    "slim",
    "plus",
    "pro",
    "ultra",
    "lite",
    "light",
    "extra",
    "nuevo modelo",
    "edicion",
    "edicao",
    "edition",
    "lanzamiento",
    "lancamento",
    "acero",
    "madera",
    "cuero",
    "negro",
    "blanco",
    "preto",
    "branco",
    "hombre",
    "mujer",
    "nino",
    "nina",
    "bebe",
    "adulto",
    "unisex",
    "masculino",
    "feminino",
    "inverter",
    "turbo",
    "electrico",
    "inalambrico",
    "potente",
    "gamer",
    "profesional",
    "industrial",
    "deportivo",
    "escolar",
    "infantil",
    "automotivo",
    "casual",
    "usado",
    "usada",
    "reacondicionado",
    "refurbished",
    "outlet",
    "exhibicion",
    "con detalle",
    "impecable",
    "como nuevo",
    "original",
    "oficial",
    "importado",
    "kit",
    "combo",
    "set",
    "pack",
    "brinde",
    "con regalo",
    "deluxe",
    "luxo",
    "lujo",
    "exclusivo",
    "exclusiva",
    "limitada",
    "mejorado",
    "melhorado",
)

#: words that are also the name of a product or of a variant somewhere; they may appear only inside a phrase
BARE_WORDS_LEFT_OUT = (
    "Imperdible",  # a safety pin in Argentina
    "Regalo",  # "Papel De Regalo", "Bolsa Para Regalo"
    "Presente",
    "Factura",  # a pastry in Argentina
    "Barata",  # a cockroach in Portuguese
    "Gratis",  # "Funda Gratis": an extra item in the box
    "Top",
    "Sólido",
    "Higiénico",
    "Nuevo",
    "Novo",
    "Sellado",
    "Portátil",
    "Plegable",
    "Impermeable",
    "Recargable",
    "Silencioso",
    "Ergonómico",
    "Suave",
    "Natural",
    "Universal",
    "Multiuso",
    "Reforzado",
    "Económico",
    "Moderno",
    "Clásico",
    "Único",
    "Msi",  # a brand of computers
    "Bonito",  # a fish sold canned
    "Mercado Pago",  # "Point Mercado Pago" is a card reader
    "Beautiful",  # a perfume's name
    "Perfect",
    "Ligera",  # light beer in Mexico
    "Funcional",  # gear for functional training
    "Confort",  # a line's name for mattresses and shoes
    "Seguridad",  # "Calzado De Seguridad", "Cámara De Seguridad"
    "Divina",
    "Irresistible",  # names of perfumes, crystal beads and superhero figures
    "Chic",
    "Preciosa",
    "Amazing",
    "Asombroso",
)


@cache
def _normalized_entries() -> frozenset[str]:
    return frozenset(normalize_title(entry) for entry in DESCRIPTIVE_WORDS)


def _holds_phrase(entry: str, phrase: str) -> bool:
    """Whether the normalized entry holds the normalized phrase as whole words."""
    return f" {phrase} " in f" {entry} "


def test_no_normalized_entry_is_repeated() -> None:
    counts = Counter(normalize_title(entry) for entry in DESCRIPTIVE_WORDS)
    assert [entry for entry, count in counts.items() if count > 1] == []


def test_entries_are_non_empty_and_at_most_four_words() -> None:
    bad = [entry for entry in DESCRIPTIVE_WORDS if not 1 <= len(normalize_title(entry).split()) <= 4]
    assert bad == []


def test_the_lexicon_is_the_union_of_its_classes() -> None:
    assert sum(len(entries) for entries in DESCRIPTIVE_WORDS_BY_CLASS.values()) == len(DESCRIPTIVE_WORDS)
    assert set(DESCRIPTIVE_WORDS_BY_CLASS) == {
        "praise and marketing",
        "generic qualities",
        "usual use and occasion",
        "listing and seller talk",
    }
    assert all(len(entries) >= 50 for entries in DESCRIPTIVE_WORDS_BY_CLASS.values())
    assert 300 <= len(DESCRIPTIVE_WORDS) <= 600


def test_no_entry_holds_a_word_that_names_a_variant_or_a_different_product() -> None:
    bad = [
        (entry, word)
        for entry in _normalized_entries()
        for word in VARIANT_WORDS
        if _holds_phrase(entry, normalize_title(word))
    ]
    assert bad == []


def test_no_entry_holds_a_number() -> None:
    # quantities, sizes, years and "12 cuotas" alike: a number in a title is never explained away by this lexicon
    assert [entry for entry in _normalized_entries() if any(token.isdigit() for token in entry.split())] == []


@pytest.mark.parametrize("word", BARE_WORDS_LEFT_OUT)
def test_bare_words_that_can_name_a_product_or_a_variant_are_left_out(word: str) -> None:
    assert normalize_title(word) not in _normalized_entries()


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("Premium", "praise and marketing"),
        ("Excelente Calidad", "praise and marketing"),
        ("INCREÍBLE", "praise and marketing"),
        ("Lo Mejor", "praise and marketing"),
        ("Mais Vendido", "praise and marketing"),
        ("Resistente", "generic qualities"),
        ("practico", "generic qualities"),
        ("Cómodo", "generic qualities"),
        ("Liviano", "generic qualities"),
        ("Durable", "generic qualities"),
        ("Fácil de usar", "generic qualities"),
        ("Ideal Para Regalo", "usual use and occasion"),
        ("Uso Diário", "usual use and occasion"),
        ("Para Toda La Familia", "usual use and occasion"),
        ("Envio Gratis", "listing and seller talk"),
        ("Frete Grátis", "listing and seller talk"),
        ("Oferta", "listing and seller talk"),
        ("Promo", "listing and seller talk"),
        ("Liquidación", "listing and seller talk"),
        ("Stock Disponible", "listing and seller talk"),
        ("Entrega Inmediata", "listing and seller talk"),
        ("Garantía", "listing and seller talk"),
        ("Factura A/B", "listing and seller talk"),
        ("Nota Fiscal", "listing and seller talk"),
        ("Pronta Entrega", "listing and seller talk"),
    ],
)
def test_known_descriptive_words_are_in_their_class(word: str, kind: str) -> None:
    assert normalize_title(word) in {normalize_title(entry) for entry in DESCRIPTIVE_WORDS_BY_CLASS[kind]}
