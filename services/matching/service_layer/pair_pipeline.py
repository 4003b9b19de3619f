"""The pairwise decision pipeline: nodes in order, each versioned, each with its cost counted.

Nodes of a pipeline version (``PIPELINES``):

1. ``attributes`` — rules read brand, model, variant, capacity, size, colour, pack, accessory, kit
   (domain/attributes.py); the LLM (prompt ``product_attributes``) only for titles whose brand and
   model the rules could not read.
2. ``rules`` — a hard attribute conflict is a no_match, with the conflict as its reason.
3. ``embedding`` — versions without an LLM decide by the cosine of the two titles' embeddings
   (match above ``match_at``, no_match below ``no_match_below``, abstain between).
4. ``judge`` — the LLM decides through the versioned prompt ``product_match`` via the gateway.
5. ``same_tokens`` — versions that say so (``match-v27`` … ``match-v32``) match two titles with one multiset of
   normalized tokens (domain/titles.py) after the rules' conflicts: one listing written again, which a classifier
   trained on hard pairs may doubt. ``boilerplate_added`` — versions that name a list of words (``match-v30``,
   ``match-v31``) then match two titles one of which is the other with only words of that list added ("Original",
   "Envío Gratis": domain/title_containment.py, ``adds_only_boilerplate``).
6. ``classifier`` — versions with a pair classifier (``match-v10``, ``match-v23`` … ``match-v32``) decide what the
   rules let through by a logistic regression (gradient-boosted trees in ``match-v32``: domain/tree_ensemble.py) over
   features the rules and the embedding already give (domain/pair_features.py, its feature set and coefficients or
   trees in ``services/matching/models/``): match at
   P(match) ≥ its ``match_at``, no_match at ≤ ``no_match_at``, abstain between.
7. ``difference`` — versions with a difference node (``match-v12``) ask it about every match the nodes before would
   make: it embeds the content words only one title has (domain/title_difference.py) and must agree that they do not
   change the product, or the pair abstains (consensus between the rules and the node: disagreement abstains).
8. ``consensus`` — two judge runs, the second with the listings swapped (and on the second alias
   when one is set), must agree; disagreement or an unreadable answer abstains.

A model that cannot be reached raises ModelUnavailableError: the caller retries the listing later.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from services.matching.adapters.classifier_file import load_difference_node, load_pair_classifier
from services.matching.adapters.gateway_client import ChatAnswer, ModelUnavailableError
from services.matching.adapters.prompt_file import MatchingPrompt
from services.matching.domain.attributes import (
    RULES_V2,
    RULES_V3,
    RULES_V4,
    RULES_V5,
    RULES_V6,
    RULES_V7,
    RULES_V8,
    RULES_V9,
    RULES_V10,
    RULES_V11,
    RULES_V12,
    RULES_V13,
    RULES_V14,
    RULES_V15,
    RULES_V16,
    RULES_V17,
    Attributes,
    extract_attributes,
    needs_llm,
)
from services.matching.domain.decision import (
    CONSENSUS_VERSION,
    NodeRun,
    PairDecision,
    Verdict,
    consensus,
    pair_doubts,
    parse_llm_verdict,
    rule_conflicts,
)
from services.matching.domain.title_containment import ADDED_BOILERPLATE, adds_only_boilerplate
from services.matching.domain.title_difference import DifferenceNode, difference_words
from services.matching.domain.titles import same_tokens

__all__ = ["PIPELINES", "Listing", "ModelUnavailableError", "PairPipeline", "PipelineVersion"]


#: the most word vectors one pipeline keeps (384 floats each, about 1.5 kB: 50,000 is about 75 MB)
WORD_VECTORS_KEPT = 50_000


class WordEmbedder(Protocol):
    """What the difference node needs: the embeddings model's unit vectors for short texts, one row each."""

    async def embed(self, texts: list[str]) -> np.ndarray: ...


class ChatModel(Protocol):
    """What the LLM nodes need: one chat completion through the gateway."""

    async def chat(self, model: str, messages: list[dict[str, str]], parameters: dict[str, object]) -> ChatAnswer: ...


@dataclass(frozen=True)
class Listing:
    """What the decision needs to know about one listing."""

    listing_id: str
    site: str
    category: str
    title: str
    locale: str


@dataclass(frozen=True)
class PipelineVersion:
    """Which nodes run, and how the embedding-only versions decide."""

    name: str
    rules: bool = True
    llm_attributes: bool = False
    #: 0: no LLM judge (the embedding decides); 1: one run; 2: two runs that must agree
    judge_runs: int = 2
    match_at: float = 0.95
    no_match_below: float = 0.85
    #: a pair the rules have doubts about (``pair_doubts``) is never matched by the embedding alone
    doubts_abstain: bool = False
    #: the judge only confirms: it is asked about the pairs the embedding would match (no doubts, cosine
    #: at ``match_at`` or more), and a match needs its runs to agree; every other pair abstains or is a
    #: no_match below ``no_match_below``. False: the judge decides every pair the rules let through.
    judge_confirms: bool = False
    #: the attribute rules this version reads titles, conflicts and doubts with (domain/attributes.py); versions
    #: keep the rules they were measured with, so each stays runnable as it was for the ablation
    rules_version: str = RULES_V2
    #: a pair classifier (``services/matching/models/<name>.json``) decides every pair the rules find no conflict in;
    #: None: the embedding thresholds or the judge decide
    classifier: str | None = None
    #: a difference node (``services/matching/models/<name>.json``) must agree with every match, or the pair
    #: abstains; None: no such node
    difference: str | None = None
    #: two titles with one multiset of normalized tokens (``domain.titles.same_tokens``: one listing written again with
    #: other case, accents, unit spellings or word order) are a match after the rules' conflicts, before the classifier
    same_tokens_match: bool = False
    #: after that, one title the other with only words of this list added (``domain.title_containment.
    #: ADDED_BOILERPLATE``: "Original", "Nuevo", "Envío Gratis") is a match too, before the classifier; None: no step
    boilerplate_added: str | None = None


def _rules_then_embedding(name: str, rules_version: str) -> PipelineVersion:
    """match-v3's design on ``rules_version``: rules, then the embedding decides only the pairs the rules have no doubt
    about (a match at cosine 0.90 or more); doubts abstain. No LLM."""
    return PipelineVersion(
        name, rules=True, judge_runs=0, match_at=0.90, doubts_abstain=True, rules_version=rules_version
    )


PIPELINES: dict[str, PipelineVersion] = {
    # the naive baseline: nearest neighbours by embedding, a threshold, nothing else
    "match-v0": PipelineVersion("match-v0", rules=False, judge_runs=0),
    # attribute rules in front of the embedding threshold: no LLM, no cost
    "match-v1": PipelineVersion("match-v1", rules=True, judge_runs=0),
    # the shipped pipeline: rules (LLM attributes where rules cannot read), LLM judge, consensus of two
    "match-v2": PipelineVersion("match-v2", rules=True, llm_attributes=True, judge_runs=2),
    # ablations of match-v2, for the eval's table
    "match-v2-single-judge": PipelineVersion("match-v2-single-judge", rules=True, llm_attributes=True, judge_runs=1),
    "match-v2-no-rules": PipelineVersion("match-v2-no-rules", rules=False, llm_attributes=False, judge_runs=2),
    # rules, then the embedding decides only pairs the rules have no doubt about; doubts abstain. No LLM.
    # (with the doubtful pairs out, a lower cosine is enough: 0.90, chosen on pairs.jsonl and heldout.jsonl)
    "match-v3": _rules_then_embedding("match-v3", RULES_V2),
    # match-v3 with the judge twice as a check on every match it would make: both runs must say match
    "match-v4": PipelineVersion(
        "match-v4", rules=True, judge_runs=2, match_at=0.90, doubts_abstain=True, judge_confirms=True
    ),
    "match-v4-single-judge": PipelineVersion(
        "match-v4-single-judge", rules=True, judge_runs=1, match_at=0.90, doubts_abstain=True, judge_confirms=True
    ),
    # match-v3 on attributes-rules-v3 (codes that must agree, tyre sizes, voltage, package counts, qualifiers, bare
    # numbers not naming a model by themselves): the default. No LLM.
    "match-v5": _rules_then_embedding("match-v5", RULES_V3),
    # match-v5 on attributes-rules-v4 (spec tokens, letter sizes, counts by noun, sibling codes, "para <the other
    # product>", one template with one slot changed, abbreviations). No LLM.
    "match-v6": _rules_then_embedding("match-v6", RULES_V4),
    # match-v4's judge on attributes-rules-v4: every match match-v6 would make must be confirmed by the judge twice
    "match-v7": PipelineVersion(
        "match-v7",
        rules=True,
        judge_runs=2,
        match_at=0.90,
        doubts_abstain=True,
        judge_confirms=True,
        rules_version=RULES_V4,
    ),
    # match-v6 on attributes-rules-v5 (quantities of every unit, whole hyphenated codes, a number both sides state as a
    # count is no model both name). No LLM.
    "match-v8": _rules_then_embedding("match-v8", RULES_V5),
    # match-v8 on attributes-rules-v6: a match must be explained; a number or code that the other title does not
    # explain makes the pair abstain, "sin X" against X is a conflict: the default. No LLM.
    "match-v9": _rules_then_embedding("match-v9", RULES_V6),
    # attributes-rules-v6's conflicts, then a logistic regression over the rules' and the embedding's features decides
    # (pair-classifier-v1, trained on the seven seen sets by evals/matching/train_pair_classifier.py). No LLM.
    "match-v10": PipelineVersion(
        "match-v10", rules=True, judge_runs=0, rules_version=RULES_V6, classifier="pair-classifier-v1"
    ),
    # match-v9 on attributes-rules-v7: every word that differs must be explained too. No LLM.
    "match-v11": _rules_then_embedding("match-v11", RULES_V7),
    # match-v9, and the difference node (difference-node-v1, trained on the eight seen sets by
    # evals/matching/train_difference_node.py) must agree that the words only one title has do not change the product:
    # consensus of the rules and the node, disagreement abstains. No LLM; the differing words are embedded.
    "match-v12": PipelineVersion(
        "match-v12",
        rules=True,
        judge_runs=0,
        match_at=0.90,
        doubts_abstain=True,
        rules_version=RULES_V6,
        difference="difference-node-v1",
    ),
    # match-v11 on attributes-rules-v8: letter and bed sizes in every form, spare parts and parts for the other's
    # product, copies, codes with a letter added, a word added after the shared name. No LLM.
    "match-v13": _rules_then_embedding("match-v13", RULES_V8),
    # match-v13 on attributes-rules-v9: precision first by general strictness; a model code on one side only, or
    # content words of one side's own beyond what a shared code allows, abstain. No LLM.
    "match-v14": _rules_then_embedding("match-v14", RULES_V9),
    # match-v13 on attributes-rules-v10: v8's readings with general mechanisms mended (leading-zero grades, audiences,
    # a letter after a hyphen, two colours against one) and explanations towards recall (what a product comes in,
    # "para" in a title of the same type). No LLM.
    "match-v15": _rules_then_embedding("match-v15", RULES_V10),
    # match-v15 on attributes-rules-v11: what names a variant where model codes are everywhere (a generation, a scale,
    # an edition, a pair against a unit, what a box holds, a type letter, a part made for the other's type, units
    # written as words, relative sizes, a flavour on one side only). No LLM.
    "match-v16": _rules_then_embedding("match-v16", RULES_V11),
    # match-v16 on attributes-rules-v12: explanations of words and numbers that name no variant, each kept only where
    # it adds true matches on sets it was not read from and no wrong match. No LLM.
    "match-v17": _rules_then_embedding("match-v17", RULES_V12),
    # match-v17 on attributes-rules-v13: words that name one kind of product in other words (a general lexicon of
    # product-type synonyms) and numbers in another notation explained, each kept only where it adds true matches on
    # sets it was not read from and no wrong match. No LLM.
    "match-v18": _rules_then_embedding("match-v18", RULES_V13),
    # match-v18 on attributes-rules-v14: words sellers add that never name a variant (a general lexicon of descriptive
    # words) explained, each mechanism kept only where it adds true matches on sets it was not read from and no wrong
    # match. No LLM.
    "match-v19": _rules_then_embedding("match-v19", RULES_V14),
    # match-v19 on attributes-rules-v15: two products of one maker that read alike told apart (towards precision), each
    # mechanism kept only where it removes wrong matches on sets it was not read from and loses fewer true ones. No LLM.
    "match-v20": _rules_then_embedding("match-v20", RULES_V15),
    # match-v20 on attributes-rules-v16: what a title says a product comes without, fractions, the letters after a code
    # and words sellers add, each mechanism kept only where it earns its place on sets it was not read from. No LLM.
    "match-v21": _rules_then_embedding("match-v21", RULES_V16),
    # match-v21 on attributes-rules-v17: what one title adds to the product (a bundle, a pair, a part made for the
    # other), each mechanism kept only where it earns its place on sets it was not read from. No LLM; not the default.
    "match-v22": _rules_then_embedding("match-v22", RULES_V17),
    # attributes-rules-v16's conflicts (as match-v21), then a logistic regression over v16's readings, the embedding and
    # match-v21's own decision decides (pair-classifier-v2, trained on the thirty seen sets by
    # evals/matching/train_pair_classifier_v2.py). No LLM; not the default.
    "match-v23": PipelineVersion(
        "match-v23", rules=True, judge_runs=0, rules_version=RULES_V16, classifier="pair-classifier-v2"
    ),
    # match-v23 with the band its fit reaches precision 0.97 at, out of fold (pair-classifier-v2-p97: the same weights,
    # a higher match_at): fewer matches, each surer. No LLM.
    "match-v24": PipelineVersion(
        "match-v24", rules=True, judge_runs=0, rules_version=RULES_V16, classifier="pair-classifier-v2-p97"
    ),
    # match-v24's conflicts, features, model and band rule, trained also on pairs of two different products of one set
    # and site that a candidate block could hand over (pair-classifier-v3, evals/matching/train_pair_classifier_v3.py),
    # which v2's labeled pairs never hold. No LLM; not the default.
    "match-v25": PipelineVersion(
        "match-v25", rules=True, judge_runs=0, rules_version=RULES_V16, classifier="pair-classifier-v3"
    ),
    # match-v25's design trained on the thirty-two seen sets, its pairs of two different products drawn across the whole
    # band of cosines a candidate block hands over (pair-classifier-v4, evals/matching/train_pair_classifier_v4.py),
    # not only the closest. No LLM; not the default.
    "match-v26": PipelineVersion(
        "match-v26", rules=True, judge_runs=0, rules_version=RULES_V16, classifier="pair-classifier-v4"
    ),
    # match-v26's design trained on the thirty-four seen sets, and two titles with the same normalized tokens a match
    # before the classifier (pair-classifier-v5, evals/matching/train_pair_classifier_v5.py), which learned from hard
    # pairs only abstained on identical titles. No LLM; the next round's learned candidate, not the default.
    "match-v27": PipelineVersion(
        "match-v27",
        rules=True,
        judge_runs=0,
        rules_version=RULES_V16,
        classifier="pair-classifier-v5",
        same_tokens_match=True,
    ),
    # match-v27's design with pair-classifier-v6 (evals/matching/train_pair_classifier_v6.py), whose easy duplicates
    # weigh 0.1 each in the fit: the variant its rule's fallback picked, as none met round 13's clauses. No LLM; a
    # candidate, not the default.
    "match-v28": PipelineVersion(
        "match-v28",
        rules=True,
        judge_runs=0,
        rules_version=RULES_V16,
        classifier="pair-classifier-v6",
        same_tokens_match=True,
    ),
    # match-v28's design without easy duplicates, pair-classifier-v7 trained on the thirty-six seen sets
    # (evals/matching/train_pair_classifier_v7.py): the variant round 14's rule fell back to, as none met its clauses
    # (the boilerplate step the round measured fell under match-v22's recall held out). No LLM; a candidate, not the
    # default.
    "match-v29": PipelineVersion(
        "match-v29",
        rules=True,
        judge_runs=0,
        rules_version=RULES_V16,
        classifier="pair-classifier-v7",
        same_tokens_match=True,
    ),
    # match-v29's design on the thirty-eight seen sets (pair-classifier-v8, evals/matching/train_pair_classifier_v8.py),
    # and one title the other with only listed boilerplate added (no negation, no "dual") a match before the
    # classifier, which is fitted as if that step were not there: the variant round 15's rule fell back to, as none met
    # its clauses. No LLM; a candidate, not the default.
    "match-v30": PipelineVersion(
        "match-v30",
        rules=True,
        judge_runs=0,
        rules_version=RULES_V16,
        classifier="pair-classifier-v8",
        same_tokens_match=True,
        boilerplate_added="added-boilerplate-v2",
    ),
    # match-v30's design on the forty seen sets (pair-classifier-v9, evals/matching/train_pair_classifier_v9.py): the
    # round 16 candidate, judged by the rule written before its figures (docs/matching.md, "Round 16"). No LLM.
    "match-v31": PipelineVersion(
        "match-v31",
        rules=True,
        judge_runs=0,
        rules_version=RULES_V16,
        classifier="pair-classifier-v9",
        same_tokens_match=True,
        boilerplate_added="added-boilerplate-v2",
    ),
    # match-v31's flow with gradient-boosted trees over the same features, fitted on the forty-two seen sets
    # (pair-classifier-v10, evals/matching/train_pair_classifier_v10.py): the round 17 candidate, judged by the rule
    # written before its figures (docs/matching.md, "Round 17"). No LLM.
    "match-v32": PipelineVersion(
        "match-v32",
        rules=True,
        judge_runs=0,
        rules_version=RULES_V16,
        classifier="pair-classifier-v10",
        same_tokens_match=True,
        boilerplate_added="added-boilerplate-v2",
    ),
    "match-v7-single-judge": PipelineVersion(
        "match-v7-single-judge",
        rules=True,
        judge_runs=1,
        match_at=0.90,
        doubts_abstain=True,
        judge_confirms=True,
        rules_version=RULES_V4,
    ),
}


class PairPipeline:
    """Decides pairs with one pipeline version."""

    def __init__(
        self,
        version: PipelineVersion,
        chat: ChatModel | None,
        judge_prompt: MatchingPrompt | None,
        attributes_prompt: MatchingPrompt | None = None,
        judge_aliases: tuple[str, ...] = (),
        word_embedder: WordEmbedder | None = None,
    ) -> None:
        self.version = version
        self._chat = chat
        self._judge_prompt = judge_prompt
        self._attributes_prompt = attributes_prompt
        #: the aliases the two judge runs use (empty: the prompt's own model for both)
        self._judge_aliases = judge_aliases
        self._attributes: dict[str, tuple[Attributes, NodeRun]] = {}
        self._classifier = load_pair_classifier(version.classifier) if version.classifier else None
        self._difference = load_difference_node(version.difference) if version.difference else None
        self._word_embedder = word_embedder
        #: word → its unit vector (the difference node embeds each word once per pipeline)
        self._word_vectors: dict[str, np.ndarray] = {}

    async def attributes_of(self, listing: Listing) -> tuple[Attributes, NodeRun]:
        """Rules first; the LLM only where they read neither brand nor model (cached per title)."""
        cached = self._attributes.get(listing.title)
        if cached is not None:
            return cached
        rules = self.version.rules_version
        attributes = extract_attributes(listing.title, rules)
        run = NodeRun("attributes", rules)
        if self.version.llm_attributes and needs_llm(attributes) and self._chat and self._attributes_prompt:
            prompt = self._attributes_prompt
            answer = await self._chat.chat(
                prompt.model, prompt.messages({"title": listing.title, "locale": listing.locale}), prompt.parameters
            )
            brand, model = _read_brand_model(answer.text)
            if brand:
                attributes = attributes.with_llm(brand=brand)
            if model:
                attributes = attributes.with_llm(model=frozenset({model}))
            run = NodeRun(
                "attributes",
                f"{rules}+{prompt.ref}",
                prompt_tokens=answer.spend.prompt_tokens,
                completion_tokens=answer.spend.completion_tokens,
                cost_usd=answer.spend.cost_usd,
                latency_ms=answer.spend.latency_ms,
            )
        self._attributes[listing.title] = (attributes, run)
        return attributes, run

    async def decide(self, a: Listing, b: Listing, cosine: float) -> PairDecision:
        """The decision on one pair. Raises ModelUnavailableError when an LLM node cannot be reached."""
        decision = await self._decide(a, b, cosine)
        if self._difference is None or decision.verdict != Verdict.MATCH:
            return decision
        return await self._difference_agrees(self._difference, a, b, cosine, decision)

    async def _difference_agrees(
        self, node: DifferenceNode, a: Listing, b: Listing, cosine: float, decision: PairDecision
    ) -> PairDecision:
        """The difference node on a match the nodes before made: it agrees, or the pair abstains."""
        nodes = list(decision.nodes)
        if self._word_embedder is None:
            reason = "difference: no word embeddings configured"
            nodes.append(NodeRun("difference", node.version, Verdict.ABSTAIN, reason))
            return self._decision(a, b, Verdict.ABSTAIN, [*decision.reasons, reason], nodes)
        words_a, words_b = difference_words(a.title, b.title)
        started = time.perf_counter()
        await self._embed_words([*words_a, *words_b])
        # the node's latency is the embedding of the words it had not seen yet; the arithmetic is microseconds
        latency_ms = (time.perf_counter() - started) * 1000
        vectors_a, vectors_b = self._vectors(words_a, node.dimensions), self._vectors(words_b, node.dimensions)
        probability = node.probability(node.features(cosine, vectors_a, vectors_b))
        differing = f"{' '.join(words_a) or '-'} / {' '.join(words_b) or '-'}"
        if node.agrees(probability):
            reason = f"difference {differing}: P(same) {probability:.3f} ≥ {node.agree_at}"
            nodes.append(NodeRun("difference", node.version, Verdict.MATCH, reason, latency_ms=latency_ms))
            return self._decision(a, b, Verdict.MATCH, [*decision.reasons, reason], nodes)
        reason = f"difference {differing}: P(same) {probability:.3f} < {node.agree_at}: the nodes disagree"
        nodes.append(NodeRun("difference", node.version, Verdict.ABSTAIN, reason, latency_ms=latency_ms))
        return self._decision(a, b, Verdict.ABSTAIN, [*decision.reasons, reason], nodes)

    async def _embed_words(self, words: list[str]) -> None:
        if len(self._word_vectors) + len(words) > WORD_VECTORS_KEPT:
            self._word_vectors.clear()  # a long-running service's vocabulary keeps growing; the words come back cheaply
        missing = sorted({w for w in words if w not in self._word_vectors})
        if missing and self._word_embedder is not None:
            vectors = await self._word_embedder.embed(missing)
            self._word_vectors.update(zip(missing, np.asarray(vectors, dtype=np.float32), strict=True))

    def _vectors(self, words: tuple[str, ...], dimensions: int) -> np.ndarray:
        if not words:
            return np.zeros((0, dimensions), dtype=np.float32)
        return np.vstack([self._word_vectors[w] for w in words])

    async def _decide(self, a: Listing, b: Listing, cosine: float) -> PairDecision:
        nodes: list[NodeRun] = []
        attributes_a, run_a = await self.attributes_of(a)
        attributes_b, run_b = await self.attributes_of(b)
        if self.version.rules:
            nodes += [run_a, run_b]
            conflicts = rule_conflicts(attributes_a, attributes_b)
            verdict = Verdict.NO_MATCH if conflicts else None
            nodes.append(NodeRun("rules", self.version.rules_version, verdict, "; ".join(conflicts)))
            if conflicts:
                return self._decision(a, b, Verdict.NO_MATCH, conflicts, nodes)
        if self.version.same_tokens_match and same_tokens(a.title, b.title):
            reason = "the titles hold the same normalized tokens"
            nodes.append(NodeRun("same_tokens", "title-tokens-v1", Verdict.MATCH, reason))
            return self._decision(a, b, Verdict.MATCH, [reason], nodes)
        words = self.version.boilerplate_added
        if words is not None and adds_only_boilerplate(a.title, b.title, ADDED_BOILERPLATE[words]):
            reason = "one title is the other with only listed boilerplate added"
            nodes.append(NodeRun("boilerplate_added", words, Verdict.MATCH, reason))
            return self._decision(a, b, Verdict.MATCH, [reason], nodes)
        if self._classifier is not None:
            probability = self._classifier.probability(self._classifier.features(attributes_a, attributes_b, cosine))
            verdict = self._classifier.verdict(probability)
            classifier = self._classifier
            reason = f"P(match) {probability:.3f} (match ≥ {classifier.match_at}, no_match ≤ {classifier.no_match_at})"
            nodes.append(NodeRun("classifier", classifier.version, verdict, reason))
            return self._decision(a, b, verdict, [reason], nodes)
        doubts = pair_doubts(attributes_a, attributes_b) if self.version.doubts_abstain else []
        if doubts:
            nodes.append(NodeRun("doubts", self.version.rules_version, Verdict.ABSTAIN, "; ".join(doubts)))
        if self.version.judge_runs == 0 or self.version.judge_confirms:
            by_embedding = self._by_embedding(a, b, cosine, nodes)
            if by_embedding.verdict == Verdict.NO_MATCH:
                return by_embedding
            if doubts:
                return self._decision(a, b, Verdict.ABSTAIN, doubts, nodes)
            if self.version.judge_runs == 0 or by_embedding.verdict == Verdict.ABSTAIN:
                return by_embedding
        runs = [
            await self._judge(first, second, first_attributes, second_attributes, run)
            for run, (first, second, first_attributes, second_attributes) in enumerate(
                [(a, b, attributes_a, attributes_b), (b, a, attributes_b, attributes_a)][: self.version.judge_runs]
            )
        ]
        nodes += runs
        verdicts = [run.verdict or Verdict.ABSTAIN for run in runs]
        final = verdicts[0] if len(verdicts) == 1 else consensus(verdicts[0], verdicts[1])
        reasons = [f"judge {i + 1}: {run.verdict} ({run.reason})" for i, run in enumerate(runs)]
        if len(verdicts) == 2:
            nodes.append(
                NodeRun("consensus", CONSENSUS_VERSION, final, "agree" if final != Verdict.ABSTAIN else "disagree")
            )
        return self._decision(a, b, final, reasons, nodes)

    def _by_embedding(self, a: Listing, b: Listing, cosine: float, nodes: list[NodeRun]) -> PairDecision:
        """The cosine's verdict (the node is appended to ``nodes``)."""
        version = self.version
        if cosine >= version.match_at:
            verdict, reason = Verdict.MATCH, f"cosine {cosine:.3f} ≥ {version.match_at}"
        elif cosine < version.no_match_below:
            verdict, reason = Verdict.NO_MATCH, f"cosine {cosine:.3f} < {version.no_match_below}"
        else:
            verdict, reason = Verdict.ABSTAIN, f"cosine {cosine:.3f} between thresholds"
        nodes.append(NodeRun("embedding", f"cosine-{version.no_match_below}-{version.match_at}", verdict, reason))
        return self._decision(a, b, verdict, [reason], nodes)

    async def _judge(
        self, first: Listing, second: Listing, first_attrs: Attributes, second_attrs: Attributes, run: int
    ) -> NodeRun:
        prompt = self._judge_prompt
        if self._chat is None or prompt is None:
            return NodeRun("judge", "none", Verdict.ABSTAIN, "no LLM configured")
        alias = self._judge_aliases[min(run, len(self._judge_aliases) - 1)] if self._judge_aliases else prompt.model
        variables = {
            "locale": first.locale,
            "first_title": first.title,
            "second_title": second.title,
            "first_attributes": describe(first_attrs),
            "second_attributes": describe(second_attrs),
        }
        started = time.perf_counter()
        answer = await self._chat.chat(alias, prompt.messages(variables), prompt.parameters)
        verdict, reason = parse_llm_verdict(answer.text)
        return NodeRun(
            "judge",
            f"{prompt.ref}:{alias}",
            verdict,
            reason,
            prompt_tokens=answer.spend.prompt_tokens,
            completion_tokens=answer.spend.completion_tokens,
            cost_usd=answer.spend.cost_usd,
            latency_ms=answer.spend.latency_ms or (time.perf_counter() - started) * 1000,
        )

    def _decision(
        self, a: Listing, b: Listing, verdict: Verdict, reasons: list[str], nodes: list[NodeRun]
    ) -> PairDecision:
        first, second = sorted((a.listing_id, b.listing_id))
        return PairDecision(first, second, verdict, tuple(reasons), self.version.name, tuple(nodes))


def describe(attributes: Attributes) -> str:
    """Attributes as the judge prompt shows them: only what was read."""
    parts = []
    if attributes.brand:
        parts.append(f"brand {attributes.brand}")
    if attributes.model:
        parts.append("model " + "/".join(sorted(attributes.model)))
    if attributes.variants:
        parts.append("variant " + "/".join(sorted(attributes.variants)))
    if attributes.capacity_gb:
        parts.append("storage " + "/".join(f"{v:g} GB" for v in sorted(attributes.capacity_gb)))
    for kind, value in attributes.sizes:
        parts.append(f"size {value:g} {kind}")
    if attributes.colours:
        parts.append("colour " + "/".join(sorted(attributes.colours)))
    if attributes.pack > 1:
        parts.append(f"pack of {attributes.pack}")
    if attributes.accessory:
        parts.append("accessory")
    if attributes.kit:
        parts.append("kit")
    return ", ".join(parts) or "none read"


def _read_brand_model(text: str) -> tuple[str, str]:
    import json

    start = text.find("{")
    decoder = json.JSONDecoder()
    while start != -1:
        try:
            candidate, _ = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            candidate = None
        if isinstance(candidate, dict):
            brand, model = candidate.get("brand"), candidate.get("model")
            return (
                str(brand).strip().lower() if isinstance(brand, str) else "",
                str(model).strip().lower() if isinstance(model, str) else "",
            )
        start = text.find("{", start + 1)
    return "", ""
