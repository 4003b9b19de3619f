"""The prompt registry: versioned files, immutability by content hash, reload without restart,
sandboxed templates, and sticky experiment arms."""

from __future__ import annotations

import os
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from schemas import Locale
from services.gateway.adapters.prompt_files import PromptCatalog, PromptFiles, RedisPromptLedger
from services.gateway.domain.prompt_registry import (
    ImmutableVersionError,
    MissingVariableError,
    PromptDocumentError,
    PromptRegistry,
    TemplateRenderError,
    UnknownPromptError,
    UnsupportedLocaleError,
    assign_arm,
    money,
    parse_experiment,
    parse_prompt_document,
    render_fallback,
    render_messages,
    render_template,
    select_version,
)
from services.infra.money import format_money
from tests.gateway.prompt_fixtures import REPO_PROMPTS, VARIABLES_AR, VARIABLES_BR, VARIABLES_MX, prompts_copy


def shipped() -> PromptFiles:
    files = PromptFiles(root=REPO_PROMPTS)
    files.refresh(force=True)
    return files


def document(path: Path) -> dict:
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")))


def touch_later(path: Path) -> None:
    """Move the mtime forward so a change is visible even on filesystems with coarse timestamps."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


# --- the shipped push_copy prompt ------------------------------------------------------------


def test_push_copy_ships_four_versions_in_four_locales_and_the_latest_serves_everyone() -> None:
    files = shipped()
    assert files.problems == ()
    registry = files.registry
    assert [v.version for v in registry.all_versions("push_copy")] == ["1", "2", "3", "4"]
    for version in registry.all_versions("push_copy"):
        assert set(version.locales) == {"es-AR", "es-MX", "pt-BR", "en"}
        assert version.content_hash.startswith("sha256:")
        assert version.output_fields == ("title", "body")
    # v2 declared the v1-vs-v2 experiment; v3 and v4, the latest, declare none, so v4 serves every shopper
    declared = registry.get("push_copy", "2").experiment
    assert declared is not None and declared.name == "push_copy_benefit_first"
    assert registry.experiment("push_copy") is None
    assert {select_version(registry, "push_copy", f"u-{n}", None).version.version for n in range(50)} == {"4"}
    assert registry.latest("push_copy").limits.title_max == 40


def test_push_copy_speaks_each_regions_spanish_and_portuguese() -> None:
    version = shipped().registry.get("push_copy", "1")
    assert "aprovechá" in version.locales["es-AR"].style_notes and "voseo" in version.locales["es-AR"].style_notes
    assert "meses sin intereses" in version.locales["es-MX"].style_notes
    assert "sem juros" in version.locales["pt-BR"].style_notes
    fallback_mx = render_fallback(version, "es-MX", VARIABLES_MX)
    assert fallback_mx == {
        "title": "{first_name}, esto es para ti",
        "body": "Licuadora Oster 600 W a $1,299 con 6 meses sin intereses. ¡Aprovecha!",
    }
    fallback_br = render_fallback(version, "pt-BR", VARIABLES_BR)
    assert fallback_br["title"] == "Baixou de preço!"


def test_rendered_messages_carry_the_facts_and_the_locale_style() -> None:
    version = shipped().registry.get("push_copy", "2")
    system, user = render_messages(version, "es-AR", VARIABLES_AR)
    assert system["role"] == "system" and "voseo" in system["content"] and "es-AR" in system["content"]
    assert "Zapatillas Topper Boro: $ 84.999" in user["content"]
    assert "- 12 cuotas sin interés" in user["content"] and "- Envío gratis" in user["content"]


def test_fallback_without_products_still_reads_well() -> None:
    version = shipped().registry.get("push_copy", "1")
    copy = render_fallback(version, "es-AR", {"products": [], "benefits": [], "trigger": "browse_intent", "style": "x"})
    assert copy == {
        "title": "{first_name}, mirá lo que elegimos para vos",
        "body": "Entrá y mirá lo que tenemos para vos.",
    }


# --- rendering is sandboxed and strict -------------------------------------------------------


def test_a_missing_variable_is_named() -> None:
    version = shipped().registry.get("push_copy", "1")
    with pytest.raises(MissingVariableError) as caught:
        render_messages(version, "es-AR", {"products": [], "benefits": [], "style": "friendly"})
    assert caught.value.variable == "trigger"


def test_templates_cannot_reach_python_internals() -> None:
    with pytest.raises(TemplateRenderError):
        render_template("{{ products.__class__.__mro__ }}", {"products": []}, "user")
    with pytest.raises(TemplateRenderError):
        render_template("{{ benefits.append(1) }}", {"benefits": []}, "user")


def test_an_unknown_locale_names_the_ones_that_exist() -> None:
    version = shipped().registry.get("push_copy", "1")
    with pytest.raises(UnsupportedLocaleError, match="es-AR, es-MX, pt-BR"):
        render_messages(version, "fr-FR", VARIABLES_AR)


def test_the_money_filter_is_the_shared_push_copy_formatter() -> None:
    # the per-site rules are tested once, in tests/unit/test_money.py
    assert money("84999.00", "ARS", "es-AR") == format_money(Decimal("84999.00"), "ARS", Locale.ES_AR)
    assert money(1299, "MXN", "es-MX") == format_money(Decimal("1299"), "MXN", Locale.ES_MX)
    with pytest.raises(TemplateRenderError, match="not a number"):
        money("doce", "ARS", "es-AR")


# --- documents -------------------------------------------------------------------------------


def test_a_document_with_a_template_syntax_error_is_refused_at_load() -> None:
    data = document(REPO_PROMPTS / "push_copy" / "v1.yaml")
    data["user"] = "{% for p in products %}{{ p.title }"
    with pytest.raises(PromptDocumentError, match="template user"):
        parse_prompt_document(data, "v9.yaml")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id", "Push Copy!", "id"),
        ("locales", {"fr-FR": {}}, "unknown locale"),
        ("model", None, "missing field 'model'"),
        ("parameters", {"temperature": 0.4, "max_token": 80}, "parameters max_token are not OpenAI chat parameters"),
    ],
)
def test_malformed_documents_are_refused_with_the_field_named(field: str, value: object, message: str) -> None:
    data = document(REPO_PROMPTS / "push_copy" / "v1.yaml")
    data[field] = value
    with pytest.raises(PromptDocumentError, match=message):
        parse_prompt_document(data, "bad.yaml")


def test_the_content_hash_ignores_key_order_and_formatting() -> None:
    data = document(REPO_PROMPTS / "push_copy" / "v1.yaml")
    reordered = dict(reversed(list(data.items())))
    assert parse_prompt_document(data, "a").content_hash == parse_prompt_document(reordered, "b").content_hash


def test_publishing_changed_content_under_a_published_version_is_refused() -> None:
    registry = PromptRegistry()
    data = document(REPO_PROMPTS / "push_copy" / "v1.yaml")
    assert registry.publish(parse_prompt_document(data, "v1.yaml")) is True
    assert registry.publish(parse_prompt_document(data, "v1.yaml")) is False
    data["parameters"]["temperature"] = 1.2
    with pytest.raises(ImmutableVersionError, match="Publish a new version"):
        registry.publish(parse_prompt_document(data, "v1.yaml"))


# --- files on disk: reload without restart ---------------------------------------------------


def test_a_new_version_file_is_served_without_a_restart(tmp_path: Path) -> None:
    root = prompts_copy(tmp_path / "prompts")
    files = PromptFiles(root=root, min_interval_s=0)
    files.refresh()
    data = document(root / "push_copy" / "v4.yaml")
    data["version"] = 5
    (root / "push_copy" / "v5.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    report = files.refresh()
    assert report is not None and report.published == ("push_copy@5",)
    assert files.registry.latest("push_copy").version == "5"


def test_a_published_version_edited_in_place_is_refused_and_the_old_content_kept(tmp_path: Path) -> None:
    root = prompts_copy(tmp_path / "prompts")
    refusals: list[str] = []
    files = PromptFiles(root=root, min_interval_s=0, on_rejection=refusals.append)
    files.refresh()
    original = files.registry.get("push_copy", "1")
    path = root / "push_copy" / "v1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("temperature: 0.7", "temperature: 1.1"), encoding="utf-8")
    touch_later(path)
    report = files.refresh()
    assert report is not None and len(report.rejected) == 1
    assert report.rejected[0].reason.startswith("immutable_version_changed")
    assert refusals == ["immutable_version_changed"]
    assert files.registry.get("push_copy", "1") is original
    assert files.registry.get("push_copy", "1").parameters["temperature"] == 0.7
    assert files.problems == report.rejected


def test_a_broken_file_is_reported_and_the_rest_still_load(tmp_path: Path) -> None:
    root = prompts_copy(tmp_path / "prompts")
    (root / "push_copy" / "v5.yaml").write_text("id: push_copy\nversion: 5\nsystem: [unclosed\n", encoding="utf-8")
    files = PromptFiles(root=root)
    report = files.refresh(force=True)
    assert report is not None and [r.source for r in report.rejected] == ["push_copy/v5.yaml"]
    assert [v.version for v in files.registry.all_versions("push_copy")] == ["1", "2", "3", "4"]


def test_unchanged_files_are_not_read_again_and_checks_are_throttled(tmp_path: Path) -> None:
    now = [100.0]
    root = prompts_copy(tmp_path / "prompts")
    files = PromptFiles(root=root, min_interval_s=1.0, clock=lambda: now[0])
    assert files.refresh() is not None
    assert files.refresh() is None  # inside the interval: not even a stat
    now[0] += 5
    assert files.refresh() is None  # stat'd, nothing changed


def test_an_experiment_file_changes_weights_without_a_new_version(tmp_path: Path) -> None:
    root = prompts_copy(tmp_path / "prompts")
    files = PromptFiles(root=root, min_interval_s=0)
    files.refresh()
    (root / "push_copy" / "experiment.yaml").write_text(
        "name: push_copy_all_in_on_b\narms:\n  a: {version: 1, weight: 0}\n  b: {version: 2, weight: 100}\n"
    )
    files.refresh()
    experiment = files.registry.experiment("push_copy")
    assert experiment is not None and experiment.name == "push_copy_all_in_on_b"
    assert {select_version(files.registry, "push_copy", f"u-{n}", None).arm for n in range(50)} == {"b"}


# --- version selection -----------------------------------------------------------------------


def test_pinned_version_wins_over_the_experiment() -> None:
    selection = select_version(shipped().registry, "push_copy", "u-ar-1", "1")
    assert selection.version.version == "1" and selection.arm is None


def test_arms_are_sticky_and_follow_the_weights() -> None:
    experiment = parse_experiment({"arms": {"a": {"version": 1, "weight": 80}, "b": {"version": 2, "weight": 20}}}, "x")
    assert len({assign_arm(experiment, "push_copy", "u-mx-42").name for _ in range(20)}) == 1
    split = Counter(assign_arm(experiment, "push_copy", f"u-{n}").name for n in range(5000))
    assert 0.77 < split["a"] / 5000 < 0.83


def test_without_an_experiment_the_latest_version_serves() -> None:
    registry = PromptRegistry()
    data = document(REPO_PROMPTS / "push_copy" / "v1.yaml")
    registry.publish(parse_prompt_document(data, "v1.yaml"))
    data["version"] = 10
    registry.publish(parse_prompt_document(data, "v10.yaml"))
    selection = select_version(registry, "push_copy", "u-br-1", None)
    assert selection.version.version == "10" and selection.arm is None
    with pytest.raises(UnknownPromptError):
        select_version(registry, "landing_headline", "u-br-1", None)


def test_an_experiment_naming_an_unpublished_version_is_not_run() -> None:
    registry = shipped().registry
    registry.experiments["push_copy"] = parse_experiment({"arms": {"a": {"version": 1}, "c": {"version": 7}}}, "x")
    assert registry.experiment("push_copy") is None


# --- the Redis ledger: immutability across restarts and replicas -----------------------------


async def test_a_restarted_gateway_keeps_serving_the_first_published_content(aredis, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    root = prompts_copy(tmp_path / "prompts")
    first = PromptCatalog(files=PromptFiles(root=root), ledger=RedisPromptLedger(aredis))
    await first.refresh(force=True)
    published = first.registry.get("push_copy", "1")

    path = root / "push_copy" / "v1.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("temperature: 0.7", "temperature: 1.1"), encoding="utf-8")
    refusals: list[str] = []
    restarted = PromptCatalog(
        files=PromptFiles(root=root, on_rejection=refusals.append), ledger=RedisPromptLedger(aredis)
    )
    report = await restarted.refresh(force=True)

    served = restarted.registry.get("push_copy", "1")
    assert served.content_hash == published.content_hash and served.parameters["temperature"] == 0.7
    assert report is not None and [r.version for r in report.rejected] == ["1"]
    assert refusals == ["immutable_version_changed"]
    assert restarted.problems == report.rejected
    assert restarted.registry.get("push_copy", "2").content_hash == first.registry.get("push_copy", "2").content_hash


def test_a_missing_prompts_folder_is_reported_not_silent(tmp_path: Path) -> None:
    files = PromptFiles(root=tmp_path / "nowhere")
    report = files.refresh(force=True)
    assert report is not None and report.rejected[0].reason == "invalid: the prompts folder does not exist"
    assert files.registry.prompt_ids() == []


def test_push_copy_v4_gives_the_small_model_the_facts_as_the_copy_must_write_them() -> None:
    version = shipped().registry.get("push_copy", "4")
    variables = {
        "trigger": "cart_abandonment",
        "style": "friendly",
        "products": [{"title": "Set Matero Completo con Bombilla", "price": "50599.00", "currency": "ARS"}],
        "benefits": [
            {"kind": "free_shipping", "label": "Envío gratis"},
            {"kind": "installments", "label": "3 cuotas sin interés"},
        ],
    }
    system, user = (message["content"] for message in render_messages(version, "es-AR", variables))
    assert "Price: $ 50.599\n" in user and "Benefits: envío gratis y 3 cuotas sin interés\n" in user
    assert '{"title": "Tu Samsung te espera", "body": "Samsung Galaxy A54 a $ 459.999' in system  # one worked example
    assert version.parameters["temperature"] == 0 and version.parameters["max_tokens"] == 96
    assert version.locales["es-AR"].fallback == shipped().registry.get("push_copy", "3").locales["es-AR"].fallback
