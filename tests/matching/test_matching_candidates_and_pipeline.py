"""Candidate indexes (usearch, bm25s) updated incrementally, and the decision pipeline's nodes and costs."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from pydantic import ValidationError

from services.matching.adapters.candidate_index import LexicalIndex, VectorIndex
from services.matching.adapters.gateway_client import ChatAnswer, ModelUnavailableError, Spend
from services.matching.adapters.prompt_file import load_prompt
from services.matching.domain.decision import Verdict
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline
from services.matching.settings import MatchingSettings
from tests.gateway.fake_openai import hashed_words_vector

PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
BLOCK = "MLA:celulares-y-smartphones"


@pytest.mark.parametrize("scalars", ["bf16", "f16", "f32"])
def test_vector_candidates_are_the_nearest_in_the_block_and_follow_updates(scalars: str) -> None:
    index = VectorIndex(dimensions=64, scalar_kind=scalars)
    titles = {
        "a": "samsung galaxy a15 128 gb negro",
        "b": "galaxy a15 samsung 128 gb negro",
        "c": "motorola moto g84 256 gb grafito",
    }
    for listing, title in titles.items():
        index.upsert(BLOCK, listing, hashed_words_vector(title, 64))
    index.upsert("MLB:celulares-e-smartphones", "z", hashed_words_vector(titles["a"], 64))
    assert index.nearest(BLOCK, hashed_words_vector(titles["a"], 64), k=1, exclude="a") == ["b"]
    # an update replaces the listing's vector: "c" now reads like "a"
    index.upsert(BLOCK, "c", hashed_words_vector(titles["a"], 64))
    assert index.nearest(BLOCK, hashed_words_vector(titles["a"], 64), k=2, exclude="a")[0] == "c"
    assert len(index) == 4


def test_the_vector_scalars_setting_takes_the_measured_kinds_and_refuses_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PULSO_MATCHING_VECTOR_SCALARS", "f16")
    assert MatchingSettings().matching_vector_scalars == "f16"
    monkeypatch.setenv("PULSO_MATCHING_VECTOR_SCALARS", "i8")  # lost candidate recall: not offered
    with pytest.raises(ValidationError, match="matching_vector_scalars"):
        MatchingSettings()


def test_lexical_candidates_match_titles_across_unit_spellings_and_follow_updates() -> None:
    index = LexicalIndex()
    index.upsert(BLOCK, "a", "Termo Stanley Clásico 1,2 Litros Verde")
    index.upsert(BLOCK, "b", "Mate Imperial de Calabaza")
    index.upsert(BLOCK, "c", "Bombilla de Alpaca")
    assert index.top(BLOCK, "Stanley 1.2 lts verde", k=2) == ["a"]
    index.upsert(BLOCK, "b", "Stanley Termo 1.2 L Verde")
    assert set(index.top(BLOCK, "Stanley 1.2 lts verde", k=2)) == {"a", "b"}


class ScriptedChat:
    """The judge's answers in order (an in-memory adapter of the pipeline's ChatModel protocol)."""

    def __init__(self, answers: list[str], cost_usd: float = 0.0001) -> None:
        self.answers = list(answers)
        self.calls: list[tuple[str, list[dict[str, str]]]] = []
        self.cost_usd = cost_usd

    async def chat(self, model: str, messages: list[dict[str, str]], parameters: dict[str, object]) -> ChatAnswer:
        self.calls.append((model, messages))
        if not self.answers:
            raise ModelUnavailableError("gateway answered 502")
        return ChatAnswer(self.answers.pop(0), Spend(prompt_tokens=120, completion_tokens=12, cost_usd=self.cost_usd))


def listing(listing_id: str, title: str) -> Listing:
    return Listing(listing_id, "MLA", "celulares-y-smartphones", title, "es-AR")


A15 = listing("MLA1", "Celular Samsung Galaxy A15 128GB Negro")
A15_OTHER_SELLER = listing("MLA2", "Samsung Galaxy A15 128 GB Negro Liberado")
A15_256 = listing("MLA3", "Samsung Galaxy A15 256 GB Negro")


def pipeline(version: str, chat: ScriptedChat | None, aliases: tuple[str, ...] = ()) -> PairPipeline:
    judge = load_prompt(PROMPTS, "product_match", "1")
    attributes = load_prompt(PROMPTS, "product_attributes", "1")
    return PairPipeline(PIPELINES[version], chat, judge, attributes, aliases)


async def test_a_rule_conflict_is_a_no_match_without_calling_the_llm() -> None:
    chat = ScriptedChat([])
    decision = await pipeline("match-v2", chat).decide(A15, A15_256, cosine=0.98)
    assert decision.verdict == Verdict.NO_MATCH
    assert "capacity 128 GB vs 256 GB" in decision.reasons[0]
    assert chat.calls == [] and decision.cost_usd == 0


async def test_two_agreeing_judges_match_with_the_listings_swapped_and_both_costs_counted() -> None:
    chat = ScriptedChat(['{"decision": "match", "reason": "mismo modelo"}'] * 2)
    decision = await pipeline("match-v2", chat, aliases=("judge-a", "judge-b")).decide(A15, A15_OTHER_SELLER, 0.97)
    assert decision.verdict == Verdict.MATCH
    assert [model for model, _ in chat.calls] == ["judge-a", "judge-b"]
    first_user, second_user = (messages[1]["content"] for _, messages in chat.calls)
    assert first_user.index(A15.title) < first_user.index(A15_OTHER_SELLER.title)
    assert second_user.index(A15_OTHER_SELLER.title) < second_user.index(A15.title)
    assert math.isclose(decision.cost_usd, 0.0002)
    assert [node.node for node in decision.nodes][-3:] == ["judge", "judge", "consensus"]
    assert decision.pipeline_version == "match-v2"


async def test_disagreeing_judges_abstain() -> None:
    chat = ScriptedChat(['{"decision": "match"}', '{"decision": "no_match", "reason": "otro color"}'])
    decision = await pipeline("match-v2", chat).decide(A15, A15_OTHER_SELLER, 0.97)
    assert decision.verdict == Verdict.ABSTAIN


async def test_an_unreadable_answer_abstains_rather_than_matching() -> None:
    chat = ScriptedChat(["Sí, son iguales.", "Sí, son iguales."])
    decision = await pipeline("match-v2", chat).decide(A15, A15_OTHER_SELLER, 0.97)
    assert decision.verdict == Verdict.ABSTAIN


async def test_a_model_that_is_down_raises_so_the_listing_waits() -> None:
    with pytest.raises(ModelUnavailableError):
        await pipeline("match-v2", ScriptedChat([])).decide(A15, A15_OTHER_SELLER, 0.97)


async def test_the_llm_reads_attributes_only_for_titles_the_rules_cannot_read() -> None:
    mate = listing("MLA4", "Set Matero Completo con Bombilla")
    mate_other = listing("MLA5", "Set Matero Completo Cuero con Bombilla y Yerbera")
    chat = ScriptedChat(
        ['{"brand": "", "model": ""}', '{"brand": "", "model": ""}', '{"decision": "match"}', '{"decision": "match"}']
    )
    decision = await pipeline("match-v2", chat).decide(mate, mate_other, 0.9)
    assert len(chat.calls) == 4
    assert "Set Matero Completo con Bombilla" in chat.calls[0][1][1]["content"]
    assert decision.verdict == Verdict.MATCH
    await pipeline("match-v2", ScriptedChat(['{"decision": "match"}'] * 2)).decide(A15, A15_OTHER_SELLER, 0.97)


async def test_the_embedding_only_versions_decide_by_thresholds() -> None:
    naive = pipeline("match-v0", None)
    assert (await naive.decide(A15, A15_256, 0.97)).verdict == Verdict.MATCH  # the naive baseline's mistake
    assert (await naive.decide(A15, A15_256, 0.80)).verdict == Verdict.NO_MATCH
    assert (await naive.decide(A15, A15_256, 0.90)).verdict == Verdict.ABSTAIN
    assert (await pipeline("match-v1", None).decide(A15, A15_256, 0.97)).verdict == Verdict.NO_MATCH


async def test_match_v3_abstains_where_the_rules_doubt_instead_of_letting_the_embedding_match() -> None:
    console = listing("MLA6", "Consola Sony PS5 Slim 1TB Blanca")
    bundle = listing("MLA7", "Consola Sony PS5 Slim 1TB Blanca + 2 Joysticks + EA FC 25")
    assert (await pipeline("match-v1", None).decide(console, bundle, 0.97)).verdict == Verdict.MATCH
    doubted = await pipeline("match-v3", None).decide(console, bundle, 0.97)
    assert doubted.verdict == Verdict.ABSTAIN and "'+'" in doubted.reasons[0]
    assert (await pipeline("match-v3", None).decide(A15, A15_OTHER_SELLER, 0.97)).verdict == Verdict.MATCH
    assert (await pipeline("match-v3", None).decide(A15, A15_OTHER_SELLER, 0.80)).verdict == Verdict.NO_MATCH


async def test_match_v5_reads_titles_with_rules_v3_and_match_v3_keeps_v2() -> None:
    split = listing("MLA8", "Aire Acondicionado Split BGH Silent Air 3000 Frigorías Frío/Calor BS35WCCR")
    cold_only = listing("MLA9", "Aire Acondicionado Split BGH Silent Air 3000 Frigorías Solo Frío BS35CCR")
    assert (await pipeline("match-v3", None).decide(split, cold_only, 0.97)).verdict == Verdict.MATCH
    decided = await pipeline("match-v5", None).decide(split, cold_only, 0.97)
    assert decided.verdict == Verdict.NO_MATCH and "model code" in decided.reasons[0]
    assert {node.version for node in decided.nodes} == {"attributes-rules-v3"}
    assert (await pipeline("match-v5", None).decide(A15, A15_OTHER_SELLER, 0.97)).verdict == Verdict.MATCH


async def test_match_v4_asks_the_judge_only_to_confirm_what_the_embedding_would_match() -> None:
    chat = ScriptedChat(['{"decision": "match"}', '{"decision": "match"}'])
    confirmed = await pipeline("match-v4", chat).decide(A15, A15_OTHER_SELLER, 0.97)
    assert confirmed.verdict == Verdict.MATCH and len(chat.calls) == 2
    # between the thresholds: no judge call, the pair abstains (the judge cannot make a match alone)
    unsure = ScriptedChat([])
    assert (await pipeline("match-v4", unsure).decide(A15, A15_OTHER_SELLER, 0.87)).verdict == Verdict.ABSTAIN
    assert unsure.calls == []
    # a judge that does not confirm stops the match
    vetoed = ScriptedChat(['{"decision": "match"}', '{"decision": "no_match", "reason": "otro modelo"}'])
    assert (await pipeline("match-v4", vetoed).decide(A15, A15_OTHER_SELLER, 0.97)).verdict == Verdict.ABSTAIN


async def test_match_v6_reads_titles_with_rules_v4_and_match_v5_keeps_v3() -> None:
    router = listing("MLA10", "Router Mercusys MR70X AX1800 Doble Banda")
    sibling = listing("MLA11", "Router Mercusys MR80X AX1800 Doble Banda")
    assert (await pipeline("match-v5", None).decide(router, sibling, 0.97)).verdict == Verdict.MATCH
    decided = await pipeline("match-v6", None).decide(router, sibling, 0.97)
    assert decided.verdict == Verdict.NO_MATCH and decided.reasons == ("model code mr70x vs mr80x",)
    assert {node.version for node in decided.nodes} == {"attributes-rules-v4"}
    assert (await pipeline("match-v6", None).decide(A15, A15_OTHER_SELLER, 0.97)).verdict == Verdict.MATCH


async def test_match_v8_reads_titles_with_rules_v5_and_match_v6_keeps_v4() -> None:
    warm = listing("MLB20", "Panel LED Osram P60 18W 3000K Embutir")
    cold = listing("MLB21", "Panel LED Osram P60 18W 6500K Embutir")
    assert (await pipeline("match-v6", None).decide(warm, cold, 0.97)).verdict == Verdict.MATCH
    decided = await pipeline("match-v8", None).decide(warm, cold, 0.97)
    assert decided.verdict == Verdict.NO_MATCH and decided.reasons == ("k 3000 vs 6500",)
    assert {node.version for node in decided.nodes} == {"attributes-rules-v5"}
    assert (await pipeline("match-v8", None).decide(A15, A15_OTHER_SELLER, 0.97)).verdict == Verdict.MATCH


async def test_match_v7_is_match_v6_with_a_judge_that_must_confirm() -> None:
    vetoed = ScriptedChat(['{"decision": "match"}', '{"decision": "no_match", "reason": "otro modelo"}'])
    decided = await pipeline("match-v7", vetoed).decide(A15, A15_OTHER_SELLER, 0.97)
    assert decided.verdict == Verdict.ABSTAIN and len(vetoed.calls) == 2
    assert decided.nodes[0].version == "attributes-rules-v4"
    # what the v4 rules rule out never reaches the judge
    unused = ScriptedChat([])
    router = listing("MLA10", "Router Mercusys MR70X AX1800 Doble Banda")
    sibling = listing("MLA11", "Router Mercusys MR80X AX1800 Doble Banda")
    assert (await pipeline("match-v7", unused).decide(router, sibling, 0.97)).verdict == Verdict.NO_MATCH
    assert unused.calls == []
