"""The matches each no-LLM pipeline version makes on the demo catalog (`catalog_for_demo(7)`, what `make run`
publishes), every pair of listings in one site+category block, with the shipped e5 model in-process.

There are no labels here: the pairs are printed so a reader can judge them.

    python -m evals.matching.demo_catalog_matches [--versions match-v1,match-v3]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools

import numpy as np

from schemas import SITE_LOCALE
from services.matching.service_layer.evaluation import LocalE5
from services.matching.service_layer.pair_pipeline import PIPELINES, Listing, PairPipeline
from services.stack.demo import catalog_for_demo


async def matches(versions: list[str]) -> dict[str, list[tuple[str, str]]]:
    catalog = catalog_for_demo(7)
    vectors = await LocalE5().embed([product.title for product in catalog])
    listings = [Listing(p.product_id, p.site.value, p.category, p.title, SITE_LOCALE[p.site].value) for p in catalog]
    found: dict[str, list[tuple[str, str]]] = {}
    for version in versions:
        pipeline = PairPipeline(PIPELINES[version], None, None)
        found[version] = []
        for (i, a), (j, b) in itertools.combinations(enumerate(listings), 2):
            if (a.site, a.category) != (b.site, b.category):
                continue
            decision = await pipeline.decide(a, b, float(np.dot(vectors[i], vectors[j])))
            if decision.verdict.value == "match":
                found[version].append((a.title, b.title))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--versions", default="match-v1,match-v3")
    args = parser.parse_args()
    for version, pairs in asyncio.run(matches(args.versions.split(","))).items():
        print(f"{version}: {len(pairs)} matches")
        for first, second in pairs:
            print(f"  {first}  |  {second}")


if __name__ == "__main__":
    main()
