"""What a usearch HNSW build and query cost depends on: one setting changed at a time, on the same vectors.

The matching service keeps one usearch HNSW index (cosine, connectivity 16, expansion_add 64,
expansion_search 64) per site and category. Each row below changes one thing from the service's former
setting (f32 scalars, one batched ``add`` with usearch's default threads): how vectors are added (one
``add`` per vector, as the service's restart did), threads, metric, copying, expansion_add and the scalar
kind; faiss's HNSW is the peer when faiss-cpu is importable (not a project dependency: put it on
PYTHONPATH to compare). Every row reports build wall and CPU seconds, CPU per top-10 query and recall@10
against exact search, on two kinds of 384-dimension unit vectors: isotropic random (the hardest case for
HNSW) and clustered (50 per centre, as listings of one product and its variants gather).

Pinned to one CPU like ``python -m bench matching`` (``PULSO_BENCH_MATCHING_CPU``, default the last).
Run: python -m bench matching_hnsw  (20,000 vectors; PULSO_BENCH_MATCHING_HNSW_LISTINGS=N for another size;
writes bench/results/matching_hnsw.json and prints a table)
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from usearch.index import Index

from bench.bench_matching import DIMS, pin_to_one_cpu
from bench.settings import bench_settings

RESULTS = Path(__file__).parent / "results" / "matching_hnsw.json"
QUERIES = 200

#: row name → the usearch settings that differ from the service's former one
SETTINGS: dict[str, dict[str, Any]] = {
    "f32, one batched add (the service before)": {},
    "f32, one add per vector": {"one_by_one": True},
    "f32, threads=1": {"threads": 1},
    "f32, metric ip (vectors are unit length)": {"metric": "ip"},
    "f32, copy=False": {"copy": False},
    "f32, expansion_add 32": {"expansion_add": 32},
    "f32, expansion_add 128 (usearch's default)": {"expansion_add": 128},
    "f16": {"dtype": "f16"},
    "bf16 (the service)": {"dtype": "bf16"},
    "i8": {"dtype": "i8"},
}


def unit_vectors(total: int, clustered: bool) -> np.ndarray:
    generator = np.random.default_rng(16)
    vectors = generator.standard_normal((total, DIMS), dtype=np.float32)
    if clustered:
        centres = generator.standard_normal((max(1, total // 50), DIMS), dtype=np.float32)
        vectors = centres[generator.integers(0, len(centres), total)] + 0.35 * vectors
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def measure(build: Callable[[], None], search: Callable[[np.ndarray], list[int]], queries: np.ndarray,
            truth: list[set[int]]) -> dict[str, float]:  # fmt: skip
    started, cpu = time.perf_counter(), time.process_time()
    build()
    build_s, build_cpu_s = time.perf_counter() - started, time.process_time() - cpu
    cpu = time.process_time()
    found = [search(query) for query in queries]
    query_cpu_ms = (time.process_time() - cpu) / len(queries) * 1000
    recall = float(np.mean([len(set(f) & t) / 10 for f, t in zip(found, truth, strict=True)]))
    return {
        "build_s": round(build_s, 2),
        "build_cpu_s": round(build_cpu_s, 2),
        "query_cpu_ms": round(query_cpu_ms, 3),
        "recall_at_10": round(recall, 3),
    }


def usearch_row(vectors: np.ndarray, queries: np.ndarray, truth: list[set[int]], **setting: Any) -> dict[str, float]:
    index = Index(
        ndim=DIMS,
        metric=setting.get("metric", "cos"),
        dtype=setting.get("dtype", "f32"),
        connectivity=16,
        expansion_add=setting.get("expansion_add", 64),
        expansion_search=64,
    )
    keys = np.arange(len(vectors), dtype=np.uint64)

    def build() -> None:
        if setting.get("one_by_one"):
            for key, vector in zip(keys, vectors, strict=True):
                index.add(int(key), vector)
        else:
            index.add(keys, vectors, threads=setting.get("threads", 0), copy=setting.get("copy", True))

    return measure(build, lambda q: [int(k) for k in index.search(q, 10).keys], queries, truth)


def faiss_row(vectors: np.ndarray, queries: np.ndarray, truth: list[set[int]]) -> tuple[str, dict[str, float]] | None:
    try:
        import faiss  # type: ignore[import-not-found]
    except ImportError:
        return None
    faiss.omp_set_num_threads(1)
    index = faiss.IndexHNSWFlat(DIMS, 16, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction, index.hnsw.efSearch = 64, 64
    row = measure(
        lambda: index.add(vectors), lambda q: [int(k) for k in index.search(q[None, :], 10)[1][0]], queries, truth
    )
    return f"faiss {faiss.__version__} HNSW f32 (peer)", row


def main() -> None:
    cpu, _ = pin_to_one_cpu()
    total = bench_settings().bench_matching_hnsw_listings
    result: dict[str, Any] = {"listings": total, "pinned_cpu": cpu, "load_average_1m": round(os.getloadavg()[0], 2)}
    print(f"usearch HNSW settings at {total:,} vectors (pinned CPU {cpu}, load {result['load_average_1m']})")
    for kind in ("random", "clustered"):
        vectors = unit_vectors(total, clustered=kind == "clustered")
        picked = np.random.default_rng(1).integers(0, total, QUERIES)
        queries = vectors[picked]
        truth = [set(int(i) for i in np.argpartition(-row, 10)[:10]) for row in queries @ vectors.T]
        rows = {name: usearch_row(vectors, queries, truth, **setting) for name, setting in SETTINGS.items()}
        peer = faiss_row(vectors, queries, truth)
        if peer is not None:
            rows[peer[0]] = peer[1]
        result[kind] = rows
        print(format_rows(kind, rows), flush=True)
    result["load_average_1m_after"] = round(os.getloadavg()[0], 2)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {RESULTS}", flush=True)


def format_rows(kind: str, rows: dict[str, dict[str, float]]) -> str:
    lines = [
        f"{kind} vectors",
        f"{'setting':<46}{'build s':>9}{'build CPU s':>12}{'query CPU ms':>13}{'recall@10':>10}",
    ]
    for name, row in rows.items():
        lines.append(
            f"{name[:45]:<46}{row['build_s']:>9.2f}{row['build_cpu_s']:>12.2f}{row['query_cpu_ms']:>13.3f}"
            f"{row['recall_at_10']:>10.3f}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
