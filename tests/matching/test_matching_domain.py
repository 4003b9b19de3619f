"""The matching domain: normalized titles, attributes by rules, conflicts, the LLM's verdict, consensus, fusion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.matching.domain.attributes import (
    RULES_V2,
    RULES_V3,
    RULES_V4,
    RULES_V5,
    RULES_V6,
    extract_attributes,
    needs_llm,
)
from services.matching.domain.candidates import block_of, recall_at_k, reciprocal_rank_fusion
from services.matching.domain.decision import Verdict, consensus, pair_doubts, parse_llm_verdict, rule_conflicts
from services.matching.domain.titles import normalize_title, same_tokens

PAIRS = Path(__file__).resolve().parents[2] / "evals" / "matching" / "pairs.jsonl"
HELDOUT = PAIRS.with_name("heldout.jsonl")


@pytest.mark.parametrize(
    ("title", "normalized"),
    [
        ("Celular Samsung Galaxy A15 128GB Negro", "celular samsung galaxy a15 128 gb negro"),
        ("Celular Samsung Galaxy A15 128 GB Negro", "celular samsung galaxy a15 128 gb negro"),
        ("Set Matero Completo 1,2 L Negro", "set matero completo 1.2 l negro"),
        ("Termo Stanley 1,20lts", "termo stanley 1.2 l"),
        ("Termo Stanley 1.2 Litros", "termo stanley 1.2 l"),
        ('Notebook Lenovo 15,6" Ryzen 5', "notebook lenovo 15.6 in ryzen 5"),
        ("Notebook Lenovo 15.6 pulgadas Ryzen 5", "notebook lenovo 15.6 in ryzen 5"),
        ("Geladeira Brastemp 375 Litros Frost Free", "geladeira brastemp 375 l frost free"),
        ("Mate c/ Bombilla", "mate con bombilla"),
        ("Samsung Galaxy Tab A9+ 64GB", "samsung galaxy tab a9 plus 64 gb"),
        ("iPad (10ª generación) 64 GB", "ipad 10 gen 64 gb"),
        ("Apple iPad 10th Gen 64GB", "apple ipad 10 gen 64 gb"),
        ("Apple Watch SE 2ª Geração", "apple watch se 2 gen"),
    ],
)
def test_units_abbreviations_and_decimal_commas_have_one_spelling(title: str, normalized: str) -> None:
    assert normalize_title(title) == normalized


def test_attributes_are_read_from_any_spelling_of_a_phone_title() -> None:
    attributes = extract_attributes("SAMSUNG GALAXY A15 128GB NEGRO Garantía Oficial")
    assert attributes.brand == "samsung"
    assert "a15" in attributes.model
    assert attributes.capacity_gb == {128.0}
    assert attributes.colours == {"black"}
    assert attributes.pack == 1 and not attributes.accessory and not attributes.kit


def test_a_model_line_names_its_maker() -> None:
    assert extract_attributes("iPhone 13 128 GB Meia-noite").brand == "apple"
    assert extract_attributes("Redmi Note 13 256gb").brand == "xiaomi"


def test_pack_size_kit_and_accessory_are_read() -> None:
    assert extract_attributes("Set Matero Completo 1,2 L Negro (6)").pack == 6
    assert extract_attributes("Kit 2 Termos Stanley 1 L").kit
    assert extract_attributes("Funda Silicona Para Galaxy A15").accessory
    assert extract_attributes("Capa Capinha Compatível com Samsung Galaxy A15").accessory


def test_a_title_without_brand_or_model_needs_the_llm() -> None:
    assert needs_llm(extract_attributes("Set Matero Completo con Bombilla"))
    assert not needs_llm(extract_attributes("Termo Stanley Clásico 1 L Verde"))


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ("Samsung Galaxy A55 128 GB Negro", "Samsung Galaxy A55 256 GB Negro", "capacity"),
        ("Samsung Galaxy A55 128 GB Negro", "Samsung Galaxy A55 128 GB Azul", "colour"),
        ("Termo Stanley Clásico 1 L Verde", "Termo Stanley Clásico 1,4 L Verde", "size"),
        ("Xiaomi Redmi Note 13 256 GB", "Xiaomi Redmi Note 13 Pro 256 GB", "variant"),
        ("Celular Samsung Galaxy A15 128GB", "Funda Silicona para Samsung Galaxy A15", "accessory vs device"),
        ("Termo Stanley Clásico 1 L Verde", "Kit 2 Termo Stanley Clásico 1 L Verde", "pack of"),
        ("Zapatillas Nike Revolution 7 Talle 42", "Zapatillas Nike Revolution 7 Talle 40", "size"),
        ("Set Matero Completo 1,2 L Negro (6)", "Set Matero Completo 1,2 L Negro", "pack of 6 vs 1"),
        ("Reloj Garmin Forerunner 255 46mm Negro", "Reloj Garmin Forerunner 255 42mm Negro", "size 46 vs 42 mm"),
        ("Sartén Tramontina 24 cm Negra", "Sartén Tramontina 280 mm Negra", "size 240 vs 280 mm"),
        # a letter after the number names another model; a bare number is no prefix of it
        ("Celular Redmi Note 13 256 GB - Xiaomi", "Xiaomi Redmi 13C 256gb", "model"),
        ("Aspiradora Robot Xiaomi Vacuum E10 Blanca", "Aspiradora Robot Xiaomi Vacuum E10C Blanca", "model"),
        ("Perfume Natura Kaiak Masculino 100ml", "Perfume Natura Kaiak Feminino 100ml", "for men vs women"),
        ("Bicicleta Venzo Frida Rodado 29 Negra", "Bicicleta Venzo Frida Rodado 26 Negra", "size 29 vs 26 wheel"),
        ("Tablet Samsung Galaxy Tab A9 64GB", "Tablet Samsung Galaxy Tab A9+ 64GB", "variant none vs plus"),
        ("Consola Sony PlayStation 5 Slim Digital", "Consola Sony PlayStation 5 Slim Standard", "variant"),
    ],
)
def test_hard_negatives_are_a_conflict_with_its_reason(a: str, b: str, reason: str) -> None:
    conflicts = rule_conflicts(extract_attributes(a), extract_attributes(b))
    assert any(reason in conflict for conflict in conflicts), conflicts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Celular Samsung Galaxy A15 128GB Negro", "Samsung SM-A155M 128gb Black Dual Sim"),
        ("Termo Stanley Clásico 1 L Verde", "STANLEY CLÁSICO 1LTS VERDE Original"),
        ('Notebook HP 250 G9 256 GB SSD 15,6"', "HP 250 G9 256gb 15.6 pulgadas Nuevo"),
        # a code with its letters written apart, or without them
        ("Parlante Sony SRS-XB13 Negro", "Sony SRSXB13 Parlante Bluetooth Negro"),
        ("Reloj Garmin Forerunner 255 Negro", "Garmin FR255 Negro Original"),
        ("Sartén Tramontina 24 cm Negra", "Sartén Tramontina 240 mm Negra"),
        # "+" glued to a model is Plus; gray and graphite are one colour; a bare number inside a code
        ("Galaxy Tab A9 Plus 64 Gb Gray - Samsung", "SAMSUNG TAB A9+ 64GB WIFI GRAFITO"),
        ("JBL Tune 520 BT Negro", "Auricular Vincha Jbl T520bt Black"),
        ("Apple iPad 10th Gen 64GB Azul", "iPad Apple 10a Generación 64 GB Azul"),
        ("Jogo de Panelas Tramontina Turim 5 Peças", "Conjunto Panelas Tramontina Turim 5 pçs"),
        ("Smart TV Samsung UN50CU7000 50 Pulgadas", "Televisor Samsung 50 pulgadas UN50CU7000GCZB"),
    ],
)
def test_the_same_product_worded_by_another_seller_has_no_conflict(a: str, b: str) -> None:
    assert rule_conflicts(extract_attributes(a), extract_attributes(b)) == []


def test_a_plus_between_words_is_a_doubt_not_a_conflict() -> None:
    console = extract_attributes("Consola Sony PS5 Slim 1TB Blanca")
    bundle = extract_attributes("Consola Sony PS5 Slim 1TB Blanca + 2 Joysticks")
    assert rule_conflicts(console, bundle) == []
    assert pair_doubts(console, bundle) == ["only one side lists extras with '+'"]
    assert pair_doubts(bundle, bundle) == []
    assert not extract_attributes("Samsung Galaxy Tab A9+ 64GB").with_extras


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        # a shared bare number ("3000" frigorías) does not make two letter-digit codes one model
        (
            "Aire Acondicionado Split BGH Silent Air 3000 Frigorías Frío/Calor BS35WCCR",
            "Aire Acondicionado Split BGH Silent Air 3000 Frigorías Solo Frío BS35CCR",
            "model code bs35wccr vs bs35ccr",
        ),
        ("Neumático Pirelli P400 Evo 175/65 R14 82H", "Neumático Pirelli P400 Evo 175/70 R14 84T", "tyre"),
        ("Neumático Pirelli P400 Evo 175/65 R14 82H", "Neumático Pirelli Cinturato P1 175/65 R14 82T", "model"),
        ("Cafeteira Britânia CP15 Inox 110V", "Cafeteira Britânia CP15 Inox 220V", "size 127 vs 220 volt"),
        ("Pañales Huggies Etapa 3 40 Piezas", "Pañales Huggies Etapa 3 2 Paquetes Con 40 Piezas", "pack of 40 vs 80"),
        ("Impresora HP DeskJet 2775 Wifi", "Cartuchos HP 667 Negro Para DeskJet 2775", "accessory vs device"),
        ("Auriculares HyperX Cloud II Rojo", "Auriculares HyperX Cloud II Gun Metal", "colour red vs gray"),
        ("LEGO Star Wars Caza Ala-X 75301", "LEGO Star Wars Caza Ala-X Microfighter 75344", "model 75301 vs 75344"),
    ],
)
def test_rules_v3_conflicts_that_v2_missed(a: str, b: str, reason: str) -> None:
    conflicts = rule_conflicts(extract_attributes(a, RULES_V3), extract_attributes(b, RULES_V3))
    assert any(reason in conflict for conflict in conflicts), conflicts
    # v2 stays as it was measured: older pipeline versions run it unchanged
    assert not any(
        reason in c for c in rule_conflicts(extract_attributes(a, RULES_V2), extract_attributes(b, RULES_V2))
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Monitor LG 24MP400 23,8'' Full HD IPS", "MONITOR LG 24MP400 24 POL FULL HD IPS PRETO"),
        ("Cerveza Quilmes Clásica Lata 473 ml Pack x 6", "Quilmes Clasica Six Pack Latas 473cc"),
        ("Cafetera Nespresso Essenza Mini C30 Negra", "Cafetera de Capsulas Essenza Mini Nespresso C30 Negro"),
        ("Kindle 11ª Geração 16GB Preto", "Novo Kindle (2022) 16gb Preta"),
        ("Neumático Pirelli P400 Evo 175/65 R14 82H", "PIRELLI P400EVO 175/65R14 82H"),
        ("Cubierta 175 65 14 Pirelli P400 Evo", "Neumático Pirelli P400 Evo 175/65 R14 82H"),
        ("Ventilador Mondial Turbo 40 cm 127V", "Ventilador Mondial Turbo 40 cm 110v"),
    ],
)
def test_rules_v3_read_the_same_product_in_other_spellings(a: str, b: str) -> None:
    assert rule_conflicts(extract_attributes(a, RULES_V3), extract_attributes(b, RULES_V3)) == []


def test_rules_v3_doubt_a_qualifier_only_one_side_states() -> None:
    joystick = extract_attributes("Joystick Sony DualSense PS5 Blanco", RULES_V3)
    edge = extract_attributes("Joystick Sony DualSense Edge PS5 Blanco", RULES_V3)
    assert rule_conflicts(joystick, edge) == [] and pair_doubts(joystick, edge) == ["only one side says edge"]
    cola = extract_attributes("Refresco Coca-Cola Sin Azúcar 600 ml", RULES_V3)
    original = extract_attributes("Refresco Coca-Cola Original 600 ml", RULES_V3)
    assert pair_doubts(cola, original) == ["only one side says free-from"]
    # a colour one side states against a word the other adds: "Reposado" and "Plata" are other tequilas
    reposado = extract_attributes("Tequila José Cuervo Especial Reposado 990 ml", RULES_V3)
    plata = extract_attributes("Tequila José Cuervo Especial Plata 990 ml", RULES_V3)
    assert pair_doubts(reposado, plata) and not pair_doubts(
        extract_attributes("Tequila José Cuervo Especial Reposado 990 ml", RULES_V2),
        extract_attributes("Tequila José Cuervo Especial Plata 990 ml", RULES_V2),
    )
    # "inalámbrico" describes; it is not a qualifier
    assert (
        pair_doubts(
            extract_attributes("Sony WH1000XM5 Negro", RULES_V3),
            extract_attributes("Audifonos Inalambricos Sony Wh-1000xm5 Black", RULES_V3),
        )
        == []
    )


# attributes-rules-v4: each case is a class of mistake, shown on titles written for the test (none is in a labeled set)
@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        # a code both share (a line, a spec) does not make two sibling codes one model
        (
            "Router Mercusys MR70X AX1800 Doble Banda",
            "Router Mercusys MR80X AX1800 Doble Banda",
            "model code mr70x vs mr80x",
        ),
        # one letter after a long code is another model, not a market suffix
        ("Amoladora Bosch GWS700 115 mm", "Amoladora Bosch GWS700E 115 mm", "model gws700 vs gws700e"),
        ("Campera Columbia Inner Limits Talle M Negra", "Campera Columbia Inner Limits Talle XL Negra", "letter"),
        ("Casco Hawk 721 Abierto (S) Negro", "Casco Hawk 721 Abierto (L) Negro", "letter"),
        ("Smart TV Philco 50 Full HD", "Smart TV Philco 50 4K", "resolution"),
        ("Zapatillas Topper Rival Blanco y Azul Talle 40", "Zapatillas Topper Rival Blanco y Rojo Talle 40", "colours"),
        ("Control Remoto Para Fire TV Stick Lite", "Amazon Fire TV Stick Lite Alexa", "made for the other"),
        ("Cerveza Patagonia Amber 473 ml 24 Latas", "Cerveza Patagonia Amber Lata 473 ml", "pack of 24 vs 1"),
    ],
)
def test_rules_v4_conflicts_that_v3_missed(a: str, b: str, reason: str) -> None:
    conflicts = rule_conflicts(extract_attributes(a, RULES_V4), extract_attributes(b, RULES_V4))
    assert any(reason in conflict for conflict in conflicts), conflicts
    # v3 stays as it was measured: match-v5 runs it unchanged
    assert not any(
        reason in c for c in rule_conflicts(extract_attributes(a, RULES_V3), extract_attributes(b, RULES_V3))
    )


def test_rules_v4_read_specs_units_and_brands_generically() -> None:
    camera = extract_attributes("Camara IP Ezviz C6N 1080p 2MP Wifi", RULES_V4)
    assert camera.model == {"c6n"} and ("resolution", 1080.0) in camera.sizes and ("megapixels", 2.0) in camera.sizes
    assert ("dimensions", 30030.0) in extract_attributes("Pantalon Wrangler Texas 30x30", RULES_V4).sizes
    assert extract_attributes("Galletitas Oreo x12", RULES_V4).pack == 12
    assert extract_attributes("Galletitas Oreo 12u", RULES_V4).model == frozenset()
    assert ("g", 340.0) in extract_attributes("Café Juan Valdez Molido 12 oz", RULES_V4).sizes
    assert ("ml", 473.0) in extract_attributes("Vaso Térmico Contigo 16 fl oz", RULES_V4).sizes
    assert ("ml", 750.0) in extract_attributes("Vino Norton Malbec 750 Mililitros", RULES_V4).sizes
    # "HP" after a number is horsepower; "Moto" names Motorola only before a code
    assert extract_attributes("Motosierra Husqvarna 135 40 cm 2.1 HP", RULES_V4).brand is None
    assert extract_attributes("Motosierra Husqvarna 135 40 cm 2.1 HP", RULES_V3).brand == "hp"
    assert extract_attributes("Casco Moto Abierto Hawk 721", RULES_V4).brand is None
    assert extract_attributes("Celular Moto E13 64 GB", RULES_V4).brand == "motorola"
    assert extract_attributes("Notebook HP 15 Ryzen 5", RULES_V4).brand == "hp"
    # a feature count is not a pack: "4 Hornallas", "21 Velocidades"
    assert extract_attributes("Cocina Escorial Candor 4 Hornallas", RULES_V4).pack == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Motosierra Husqvarna 135 40 cm 2.1 HP", "Husqvarna 135 Motosierra Espada 40cm"),
        ("Casco Moto Abierto Hawk 721 Talle M Negro", "Hawk 721 Casco Abierto Negro (M)"),
        ("Router Mercusys MR70X AX1800", "ROUTER MERCUSYS MR70X 1800MBPS"),
        ("Detergente Ala Matic Líquido 3 L", "Detergente Ala Matic Liq. 3 L"),
        ("Mochila Nike Brasilia 24 L", "Mochila Nike Bra Silia 24 L"),
        ("Multifuncional Epson L4260 Wi-Fi", "Epson L4260 Multifuncional Wireless"),
    ],
)
def test_rules_v4_read_the_same_product_in_other_spellings(a: str, b: str) -> None:
    first, second = extract_attributes(a, RULES_V4), extract_attributes(b, RULES_V4)
    assert rule_conflicts(first, second) == [] and pair_doubts(first, second) == []


def test_rules_v4_doubt_one_template_with_one_place_changed() -> None:
    """A seller lists variants with one title template; two sellers' titles of one product differ in many places."""
    oreo = extract_attributes("Galletitas Oreo Original Paquete 118 g", RULES_V4)
    golden = extract_attributes("Galletitas Oreo Golden Paquete 118 g", RULES_V4)
    assert pair_doubts(oreo, golden) == ["one template, one place changed (original vs golden)"]
    blender = extract_attributes("Licuadora Oster Clásica 1.5 L Negra", RULES_V4)
    reversible = extract_attributes("Licuadora Oster Clásica Reversible 1.5 L Negra", RULES_V4)
    assert pair_doubts(blender, reversible) == ["one template, one place changed (nothing vs reversible)"]
    # the same start with other endings is how two sellers title one product
    assert (
        pair_doubts(
            extract_attributes("Licuadora Oster BLST4655 1.5 L Negra 600 W", RULES_V4),
            extract_attributes("Licuadora Oster BLST4655 1.5 L Vaso De Vidrio", RULES_V4),
        )
        == []
    )
    assert pair_doubts(extract_attributes("Galletitas Oreo Original Paquete 118 g", RULES_V3), golden) == []


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        # a number with any unit is a quantity of that unit: other values are other products
        ("Lampara LED Philips E27 9W 4000K Neutra", "Lampara LED Philips E27 9W 2700K Calida", "k 4000 vs 2700"),
        ("Notebook Asus Vivobook Intel Core i5 2.4 GHz", "Notebook Asus Vivobook Intel Core i5 2.8 GHz", "ghz"),
        ("Power Bank Xiaomi 20000 mAh 22.5 W", "Power Bank Xiaomi 20000 mAh 18 W", "w 22.5 vs 18"),
        ("Carpa Coleman Sundome CX2 6 Personas", "Carpa Coleman Sundome CX2 3 Personas", "persona 6 vs 3"),
        ("Echo Show 8 3 Gen Amazon", "Echo Show 8 2 Gen Amazon", "gen 3 vs 2"),
        # a hyphenated code is compared whole: its last piece or a letter inside it makes another model
        ("Reloj Casio Edifice EFR-526D-1AV Plateado", "Reloj Casio Edifice EFR-526D-1A2V Plateado", "code"),
        ("Reloj Casio Edifice EFR-526D-1AV Plateado", "Reloj Casio Edifice EFR-S526D-1AV Plateado", "code"),
        # flavours, colours in es/pt the earlier vocabularies lack, and the edition's year
        (
            "Proteina Whey Star Nutrition 1 kg Sabor Frutilla",
            "Proteina Whey Star Nutrition 1 kg Sabor Cookies",
            "flavour",
        ),
        ("Mochila Jansport Superbreak Fucsia", "Mochila Jansport Superbreak Turquesa", "colour magenta vs turquoise"),
        ("Kindle Paperwhite 16 GB (2021)", "Kindle Paperwhite 16 GB (2024)", "year 2021 vs 2024"),
        # a bare number against the same number with a letter, though another token is shared
        ("Procesador Intel Core i7 12700 12 Núcleos", "Procesador Intel Core i7 12700K 12 Núcleos", "12700 vs 12700k"),
    ],
)
def test_rules_v5_conflicts_that_v4_missed(a: str, b: str, reason: str) -> None:
    conflicts = rule_conflicts(extract_attributes(a, RULES_V5), extract_attributes(b, RULES_V5))
    assert any(reason in conflict for conflict in conflicts), conflicts
    # v4 stays as it was measured: match-v6 runs it unchanged
    assert not rule_conflicts(extract_attributes(a, RULES_V4), extract_attributes(b, RULES_V4))


def test_rules_v5_doubt_a_shared_number_that_both_sides_state_as_a_count() -> None:
    """ "6 Personas" on both sides names no model: two lines of one maker are sold for six people."""
    a, b = "Carpa Coleman Sundome Para 6 Personas Impermeable", "Carpa Skydome Coleman Para 6 Personas"
    sundome, skydome = extract_attributes(a, RULES_V5), extract_attributes(b, RULES_V5)
    assert rule_conflicts(sundome, skydome) == []
    assert any("other words on each side" in doubt for doubt in pair_doubts(sundome, skydome))
    assert pair_doubts(extract_attributes(a, RULES_V4), extract_attributes(b, RULES_V4)) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a variant word glued to a code is read apart
        ("Celular Xiaomi Redmi Note 13 Pro 256 GB", "XIAOMI REDMI NOTE 13PRO 256GB"),
        # "x" before a measure is not a pack; centilitres and kilos in pt are converted
        ("Aceite Natura Girasol 5 Litros", "ACEITE NATURA GIRASOL X 5 LITROS"),
        ("Vino Catena Zapata Malbec 750 ml", "Vino Catena Zapata Malbec 75 cl"),
        ("Ração Golden Gatos Castrados 10 kg", "Ração Golden Gatos Castrados 10 Quilos"),
        # the box a product comes in is not a bundle; "2x8GB" is the kit a "Kit" names
        ("Reloj Casio Edifice EFR-526D-1AV Plateado", "RELOJ CASIO EDIFICE EFR526D-1AV PLATEADO CON CAJA"),
        ("Memoria Kingston Fury Beast 32GB (2x16GB) DDR5", "Kit Memoria Kingston Fury Beast DDR5 32 GB"),
        # one or two letters before a number are a code written apart, not another line's name
        ("Calculadora Casio FX 570 Cientifica", "Calculadora Cientifica Casio FX570"),
    ],
)
def test_rules_v5_read_the_same_product_in_other_spellings(a: str, b: str) -> None:
    first, second = extract_attributes(a, RULES_V5), extract_attributes(b, RULES_V5)
    assert rule_conflicts(first, second) == []


def test_unknown_rules_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown attribute rules"):
        extract_attributes("Termo Stanley 1 L", "attributes-rules-v99")


def test_on_the_labeled_set_rules_never_rule_out_a_true_match_and_catch_most_hard_negatives() -> None:
    """The CI guard of the rules node: a no_match from rules is precise on every labeled pair."""
    rows = [json.loads(line) for line in PAIRS.read_text().splitlines() if line.strip()]
    assert len(rows) >= 500
    assert {row["locale"] for row in rows} == {"es-AR", "es-MX", "pt-BR"}
    ruled_out_matches, hard, caught = [], 0, 0
    for row in rows:
        conflicts = rule_conflicts(extract_attributes(row["a"]["title"]), extract_attributes(row["b"]["title"]))
        if row["label"] == "match" and conflicts:
            ruled_out_matches.append((row["pair_id"], conflicts))
        if row["label"] == "no_match" and row["kind"] != "other_model":
            hard += 1
            caught += bool(conflicts)
    assert ruled_out_matches == []
    assert caught / hard >= 0.95


def test_on_the_held_out_set_the_rules_stay_at_their_measured_figures() -> None:
    """A floor, not a target: heldout.jsonl was not used to write the rules (docs/matching.md), and this
    only keeps a change from making them worse on titles they were not shaped on."""
    rows = [json.loads(line) for line in HELDOUT.read_text().splitlines() if line.strip()]
    assert len(rows) >= 150
    ruled_out_matches, hard, caught = 0, 0, 0
    for row in rows:
        conflicts = rule_conflicts(extract_attributes(row["a"]["title"]), extract_attributes(row["b"]["title"]))
        ruled_out_matches += row["label"] == "match" and bool(conflicts)
        if row["label"] == "no_match" and row["kind"] != "other_model":
            hard += 1
            caught += bool(conflicts)
    # measured (attributes-rules-v2 and v3): 2 of 75 true matches ruled out, 72 of 81 hard negatives caught
    assert ruled_out_matches <= 2
    assert caught / hard >= 0.88


@pytest.mark.parametrize(
    ("answer", "verdict"),
    [
        ('{"decision": "match", "reason": "mismo modelo y capacidad"}', Verdict.MATCH),
        ('Claro: ```json\n{"decision": "no_match", "reason": "otra capacidad"}\n```', Verdict.NO_MATCH),
        ('{"decision": "abstain", "reason": "no alcanza"}', Verdict.ABSTAIN),
        ('{"decision": "quizás"}', Verdict.ABSTAIN),
        ("Son el mismo producto.", Verdict.ABSTAIN),
    ],
)
def test_the_llm_verdict_is_read_from_its_json_or_abstains(answer: str, verdict: Verdict) -> None:
    assert parse_llm_verdict(answer)[0] == verdict


def test_consensus_needs_two_agreeing_runs() -> None:
    assert consensus(Verdict.MATCH, Verdict.MATCH) == Verdict.MATCH
    assert consensus(Verdict.NO_MATCH, Verdict.NO_MATCH) == Verdict.NO_MATCH
    assert consensus(Verdict.MATCH, Verdict.NO_MATCH) == Verdict.ABSTAIN
    assert consensus(Verdict.ABSTAIN, Verdict.ABSTAIN) == Verdict.ABSTAIN


def test_reciprocal_rank_fusion_favours_what_both_lists_rank_high() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d", "a"]], limit=3)
    assert fused[:2] == ["b", "a"]
    assert len(fused) == 3


def test_recall_at_k_counts_each_expected_partner() -> None:
    found = [("x", ["y", "q"]), ("y", ["q"])]
    assert recall_at_k(found, {"x": {"y", "z"}, "y": {"x"}}) == pytest.approx(1 / 3)
    assert block_of("MLB", "geladeiras") == "MLB:geladeiras"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a code one side states, and no code both name: the leftover may be the model itself
        ("Cuerdas para Bajo Rotosound Swing Bass 45-105", "Cuerdas Bajo Elixir Nanoweb EXP16 45-105"),
        # a code on one side where the other names something else in its place
        ("Razer DeathAdder V3 Mouse Gamer", "Razer DeathAdder Essential Mouse Gamer Negro"),
    ],
)
def test_rules_v6_a_match_must_explain_every_number_and_code(a: str, b: str) -> None:
    first, second = extract_attributes(a, RULES_V6), extract_attributes(b, RULES_V6)
    assert rule_conflicts(first, second) == []
    assert any("not explained" in doubt for doubt in pair_doubts(first, second))
    # v5 stays as it was measured: match-v8 lets these through to the cosine
    assert pair_doubts(extract_attributes(a, RULES_V5), extract_attributes(b, RULES_V5)) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a market suffix after a shared code, and a count of cups one side states
        ("Cafetera Oster BVSTDC4401 12 Tazas", "Cafetera Oster BVSTDC4401/013 Negra"),
        # a shared code written apart, and the seller's stock number
        ("Auriculares Sony WH-CH520 Azul", "Sony WHCH520 Auriculares Bluetooth Azul Original SKU 88231"),
        # tyre sizes in two notations with the load index one side states
        ("Pneu Pirelli Cinturato P1 185/60 R15 84H", "Pneu 185/60r15 Pirelli Cinturato P1"),
    ],
)
def test_rules_v6_explain_what_one_seller_adds(a: str, b: str) -> None:
    first, second = extract_attributes(a, RULES_V6), extract_attributes(b, RULES_V6)
    assert rule_conflicts(first, second) == []
    assert pair_doubts(first, second) == []


def test_rules_v6_without_something_against_with_it_is_a_conflict() -> None:
    a, b = "Mesa de Luz Flotante con Cajon Blanca", "Mesa de Luz Flotante sin Cajon Blanca"
    assert "without cajon vs with cajon" in rule_conflicts(
        extract_attributes(a, RULES_V6), extract_attributes(b, RULES_V6)
    )
    assert rule_conflicts(extract_attributes(a, RULES_V5), extract_attributes(b, RULES_V5)) == []


def test_same_tokens_holds_one_listing_written_with_other_case_accents_units_or_word_order() -> None:
    assert same_tokens("Termo Stanley Clásico 1 L Verde", "termo stanley clasico 1 l verde")
    assert same_tokens("Termo Stanley Clásico 1 L Verde", "Termo Stanley Clasico 1 Litro Verde")
    assert same_tokens("Termo Stanley Clásico 1 L Verde", "Stanley Clásico 1 L Verde Termo")


def test_same_tokens_fails_on_a_word_added_or_changed_and_on_titles_without_tokens() -> None:
    assert not same_tokens("Termo Stanley Clásico 1 L Verde", "Termo Stanley Clásico 1 L Verde Original")
    assert not same_tokens("Termo Stanley Clásico 1 L Verde", "Termo Stanley Clásico 1.2 L Verde")
    assert not same_tokens("---", "***")
