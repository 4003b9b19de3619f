"""Integrity of the variant-value lexicon: each word names one value of its attribute, none is a plain word."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pytest

from services.matching.domain.titles import normalize_title
from services.matching.domain.variant_values import ATTRIBUTES_ONE_VALUE_PER_PRODUCT, VARIANT_ATTRIBUTES

#: words that are also common words with no variant meaning in titles (praise, listing talk, product types, colours,
#: other meanings in one of the three markets); the lexicon may hold them only inside a longer phrase
BARE_WORDS_LEFT_OUT = (
    "Natural",
    "Original",
    "Clásico",
    "Clásica",
    "Tradicional",
    "Regular",
    "Normal",
    "Oficial",  # "Tienda Oficial", "Licencia Oficial"
    "Superior",  # "Calidad Superior"
    "Estándar",
    "Standard",
    "Mate",  # the drink and its gourd in Argentina
    "Fuerte",  # "Caja Fuerte"
    "Gas",  # "Agua Con Gas"
    "Carbón",  # zinc-carbon batteries
    "Mango",  # a handle in Spanish
    "Manga",  # a sleeve
    "Café",  # a brown colour in Mexico
    "Rosa",  # pink
    "Rose",  # "Rose Gold", rosé wine
    "Piel",  # skin care
    "Polar",  # "Oso Polar"
    "Goma",  # an eraser, a gummy
    "Cristal",
    "Cachorro",  # a puppy in Spanish, any dog in Portuguese
    "Hot",  # "Hot Sale", "Hot Wheels"
    "Soft",
    "Medium",
    "Full",
    "Bluetooth",  # a kind of wireless, not a synonym of it
    "LCD",  # every LED television is one
    "Estampado",  # every floral or striped print is one
    "Largo",  # a length in dimensions
    "Seco",  # dry shampoo, dry cleaning, dry pet food
    "Dulce",  # "Dulce De Leche"
    "Man",  # "Spider-Man", "Iron Man"
    "Oxford",  # a shirt fabric and a shoe
    "Campana",  # a range hood
    "Sala",  # a living room
    "Arena",  # cat litter, a swimwear brand
    "Corte",  # a cut
    "Panela",  # a pot in Portuguese
    "Chicle",
    "Yogur",
    "Pizza",
    "Cola",  # glue, a tail
    "Moka",  # a stovetop coffee pot
    "Cierre",  # "Cierre Hermético", a close-out sale
    "Repuesto",  # a spare part
    "Recarga",  # a phone top-up
    "Mixto",  # "Tostado Mixto"
    "Low",
    "Médio",  # a size in Portuguese
    "Sobre",  # a preposition and an envelope
    "Raso",  # a flat plate in Portuguese
    "Ante",
    "Vitrine",  # a display cabinet
    "Exhibición",
    "Bar",  # a unit of pressure
    "Chrome",
    "Steam",
    "Nocturna",  # "Visión Nocturna" on cameras
    "Golden",
    "Carolina",  # a perfume maker
    "Nature",
    "Baby",  # "Baby Alive", "Baby Shark"
    "Polvo",  # "Aspiradora Polvo Y Agua"; an octopus in Portuguese
    "Neumático",  # a tyre in Argentina
    "Paleta",  # a popsicle, an eyeshadow palette
    "Flan",
    "Salada",  # a salad in Portuguese
    "Goat",
    "Lã",  # folds to "la", the Spanish article
    "Puré",  # folds to "pure" ("Pure Whey")
    "Soy",  # "I am" in Spanish ("Soy Luna")
    "ABS",  # anti-lock brakes
    "Apple",
    "Oro",  # "Oro Rosa", "Color Oro": a colour; gold is kept as "de oro", "oro macizo"
    "Plata",  # "Color Plata"
    "Prata",
    "Cobre",
    "Bronce",
    "Tester",  # a multimeter in Argentina
)

#: colour words: the rules read colours already, so no value is a bare colour
COLOUR_WORDS = (
    "negro",
    "blanco",
    "rojo",
    "azul",
    "verde",
    "amarillo",
    "gris",
    "marrón",
    "preto",
    "branco",
    "vermelho",
    "amarelo",
    "cinza",
    "black",
    "white",
    "red",
    "blue",
    "green",
)

#: attributes that hold one value only: a product states it or says nothing (they explain synonyms, never conflict)
SINGLE_VALUE_ATTRIBUTES = frozenset({"lactose", "gluten", "caffeine", "alcohol", "yerba_blend", "carrier_lock"})


@cache
def _value_of_word() -> dict[str, dict[str, int]]:
    """attribute → normalized word → the index of the value holding it."""
    return {
        attribute: {normalize_title(word): index for index, value in enumerate(values) for word in value}
        for attribute, values in VARIANT_ATTRIBUTES.items()
    }


@cache
def _all_normalized_entries() -> frozenset[str]:
    return frozenset(
        {normalize_title(word) for values in VARIANT_ATTRIBUTES.values() for value in values for word in value}
    )


#: Spanish and Portuguese function words: no entry may be one, also after accent folding ("lã" → "la", "pó" → "po")
FUNCTION_WORDS = ("la", "el", "de", "do", "da", "em", "en", "e", "y", "o", "a", "al", "con", "com", "sin", "sem", "po")


def test_no_entry_is_a_function_word_after_folding() -> None:
    assert [word for word in FUNCTION_WORDS if word in _all_normalized_entries()] == []


def test_the_lexicon_covers_many_attributes_and_values() -> None:
    assert len(VARIANT_ATTRIBUTES) >= 40
    assert sum(len(values) for values in VARIANT_ATTRIBUTES.values()) >= 600


def test_no_word_belongs_to_two_values_of_one_attribute() -> None:
    clashes = []
    for attribute, values in VARIANT_ATTRIBUTES.items():
        holders: dict[str, set[int]] = defaultdict(set)
        for index, value in enumerate(values):
            for word in value:
                holders[normalize_title(word)].add(index)
        clashes += [(attribute, word) for word, indexes in holders.items() if len(indexes) > 1]
    assert clashes == []


def test_entries_are_non_empty_at_most_four_words_and_hold_no_number() -> None:
    bad = [
        (attribute, word)
        for attribute, values in VARIANT_ATTRIBUTES.items()
        for value in values
        for word in value
        if not 1 <= len(normalize_title(word).split()) <= 4
        or any(token.isdigit() for token in normalize_title(word).split())
    ]
    assert bad == []


def test_every_attribute_has_two_values_or_more_except_the_single_value_ones() -> None:
    assert all(len(value) >= 1 for values in VARIANT_ATTRIBUTES.values() for value in values)
    single = {attribute for attribute, values in VARIANT_ATTRIBUTES.items() if len(values) < 2}
    assert single == SINGLE_VALUE_ATTRIBUTES


def test_the_one_value_attributes_are_attributes_of_the_lexicon() -> None:
    assert ATTRIBUTES_ONE_VALUE_PER_PRODUCT.issubset(VARIANT_ATTRIBUTES)
    assert {"audience_gender", "flavour", "power_source", "sleeve_length", "brake_pad_compound"} <= (
        ATTRIBUTES_ONE_VALUE_PER_PRODUCT
    )


@pytest.mark.parametrize("attribute", ["material", "pattern", "closure", "language", "grape_variety", "side"])
def test_attributes_a_product_may_state_several_values_of_are_not_one_value(attribute: str) -> None:
    # "Mesa de madera y hierro", "Diccionario español inglés", a Cabernet-Malbec blend, "Kit izquierdo y derecho"
    assert attribute in VARIANT_ATTRIBUTES
    assert attribute not in ATTRIBUTES_ONE_VALUE_PER_PRODUCT


@pytest.mark.parametrize("word", BARE_WORDS_LEFT_OUT)
def test_words_with_a_common_non_variant_meaning_are_not_entries_on_their_own(word: str) -> None:
    assert normalize_title(word) not in _all_normalized_entries()


@pytest.mark.parametrize("word", COLOUR_WORDS)
def test_no_entry_is_a_bare_colour(word: str) -> None:
    assert normalize_title(word) not in _all_normalized_entries()


@pytest.mark.parametrize(
    ("attribute", "one", "other"),
    [
        ("material", "Cuero", "Couro"),
        ("material", "couro", "Leather"),
        ("material", "Acero Inoxidable", "Aço Inox"),
        ("material", "Acero", "Acero Inoxidable"),
        ("material", "Madera", "Madera Maciza"),
        ("material", "De Plata", "Plata de Ley"),
        ("metal_grade", "Acero Quirúrgico", "Acero Inoxidable"),
        ("fabric", "Tela Polar", "Micropolar"),
        ("material", "Cuerina", "Couro Sintético"),
        ("flavour", "Frutilla", "Fresa"),
        ("flavour", "Frutilla", "Morango"),
        ("flavour", "Dulce de Leche", "Doce de Leite"),
        ("flavour", "Ananá", "Abacaxi"),
        ("product_form", "em pó", "En Polvo"),
        ("audience_gender", "Masculina", "de Hombre"),
        ("audience_gender", "Caballero", "Men"),
        ("audience_gender", "Feminina", "Dama"),
        ("age_group", "Infantil", "Kids"),
        ("handedness", "Zurdo", "Canhoto"),
        ("axle_position", "Delantero", "Dianteira"),
        ("connection", "Inalámbrico", "Sem Fio"),
        ("product_form", "Molido", "Moído"),
        ("product_form", "En Grano", "Em Grãos"),
        ("product_form", "Rebanado", "Fatiado"),
        ("product_form", "En Saquitos", "Em Sachês"),
        ("temperature", "Frío Calor", "Quente e Frio"),
        ("sodium", "Sin Sal", "Sem Sal"),
        ("gluten", "Sin TACC", "Sin Gluten"),
        ("wine_colour", "Vino Tinto", "Vinho Tinto"),
        ("milk_fat", "Descremada", "Desnatado"),
        ("sport_surface", "Futsal", "Salão"),
        ("book_binding", "Tapa Dura", "Capa Dura"),
        ("finish", "Matte", "Fosco"),
        ("power_source", "Nafta", "Gasolina"),
        ("sleeve_length", "Manga Corta", "Manga Curta"),
        ("pet_species", "Perro", "Cão"),
    ],
)
def test_the_same_value_in_other_words_is_one_value(attribute: str, one: str, other: str) -> None:
    values = _value_of_word()[attribute]
    assert values[normalize_title(one)] == values[normalize_title(other)]


@pytest.mark.parametrize(
    ("attribute", "one", "other"),
    [
        ("brake_pad_compound", "Cerámicas", "Semimetálicas"),
        ("age_group", "Tamaño Oficial", "Junior"),
        ("flavour", "Mole Poblano", "Mole Verde"),
        ("recorder_fingering", "Digitación Barroca", "Alemana"),
        ("audience_gender", "Masculina", "Feminina"),
        ("material", "Cuero", "Cuero Sintético"),
        ("metal_grade", "Acero Inoxidable", "Acero al Carbono"),
        ("material", "Madera", "Símil Madera"),
        ("material", "De Oro", "Enchapado en Oro"),
        ("wood_kind", "Pino", "MDF"),
        ("scent_family", "Floral", "Amaderado"),
        ("battery_power", "A Pilas", "A Batería"),
        ("product_form", "Molido", "En Grano"),
        ("product_form", "En Grano", "Cápsulas"),
        ("product_form", "En Polvo", "Líquido"),
        ("screw_drive", "Phillips", "Torx"),
        ("paint_base", "Al Agua", "Esmalte Sintético"),
        ("yerba_stems", "Con Palo", "Despalada"),
        ("region_version", "Versión Global", "Versión China"),
        ("tea_kind", "Té Verde", "Té Negro"),
        ("safety_toe", "Puntera de Acero", "Puntera de Composite"),
        ("finish", "Brillante", "Satinado"),
        ("connection", "Inalámbrico", "Con Cable"),
        ("power_source", "A Gas", "Eléctrico"),
        ("sugar_content", "Light", "Zero"),
        ("temperature", "Solo Frío", "Frío Calor"),
        ("perfume_concentration", "Eau de Parfum", "Eau de Toilette"),
        ("tyre_terrain", "All Terrain", "Mud Terrain"),
        ("paper_size", "A4", "Oficio"),
        ("season", "Verano", "Invierno"),
    ],
)
def test_different_values_stay_apart(attribute: str, one: str, other: str) -> None:
    values = _value_of_word()[attribute]
    assert values[normalize_title(one)] != values[normalize_title(other)]
