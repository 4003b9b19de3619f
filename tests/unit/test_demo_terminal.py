"""What the demo's terminal says about each push's copy: the model's, or the template and why."""

from __future__ import annotations

from services.stack.demo import describe_copy_source, describe_delivery


def test_model_copy_and_cached_model_copy_are_named_as_the_models() -> None:
    assert describe_copy_source({"copy_source": "llm"}) == "copy: model (llm)"
    assert describe_copy_source({"copy_source": "cache"}) == "copy: model, from the copy cache (cache)"


def test_template_copy_names_the_check_reasons_that_replaced_the_models() -> None:
    line = describe_copy_source(
        {
            "copy_source": "template",
            "copy_fallback_reasons": ["attempt 1: unsupported_number: 18", "attempt 2: locale_mismatch: reads as en"],
        }
    )
    assert line == (
        "copy: template, replaced the model's: "
        "attempt 1: unsupported_number: 18; attempt 2: locale_mismatch: reads as en"
    )


def test_template_copy_without_a_model_in_the_path_says_only_template() -> None:
    assert describe_copy_source({"copy_source": "template", "copy_fallback_reasons": []}) == "copy: template"


def test_many_reasons_are_shortened_so_a_push_stays_readable() -> None:
    reasons = [f"attempt 1: missing_fact: benefit {n}" for n in range(7)]
    line = describe_copy_source({"copy_source": "template", "copy_fallback_reasons": reasons})
    assert line.count("missing_fact") == 4 and line.endswith("; …")


def test_a_delivery_line_carries_site_language_trigger_and_copy_source() -> None:
    delivery = {
        "request": {
            "locale": "pt-BR",
            "user_id": "u-mlb-1",
            "trigger": "cart_abandonment",
            "copy_source": "llm",
            "title": "Ana, seu carrinho está te esperando",
            "body": "Tênis Olympikus por R$ 299,90 com frete grátis.",
            "deep_link": "http://127.0.0.1:8000/l/x",
        }
    }
    text = describe_delivery(delivery, {"u-mlb-1": "Ana"})
    assert "MLB · pt-BR · Ana (u-mlb-1) · cart_abandonment · copy: model (llm)" in text
