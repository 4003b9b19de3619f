"""The matching service's handler: one catalog.v1 record in, decisions and groups out.

A record that is not a listing fit for matching is dead-lettered with its reason. A listing is
embedded through the gateway (only when its title changed), put in its block's indexes, compared
with its fused top-k candidates by the pair pipeline, and every new decision is published to
catalog.matches.v1; a match merges the two listings' groups in Redis. When a model is unreachable
``handle`` raises ModelUnavailableError before anything is published: the caller retries the record.
"""

from __future__ import annotations

import hashlib
import logging
import time
from typing import Protocol

import numpy as np

from schemas import SITE_LOCALE, MatchDecision, MatchNode, MatchVerdict, Product, Site
from services.infra.kafka_headers import RawHeaders
from services.matching.adapters.candidate_index import LexicalIndex, VectorIndex
from services.matching.adapters.gateway_client import ModelUnavailableError, Spend
from services.matching.adapters.redis_store import MatchingStore, StoredListing
from services.matching.domain.candidates import block_of, reciprocal_rank_fusion
from services.matching.domain.decision import PairDecision, Verdict
from services.matching.domain.listings import BadListing, read_listing
from services.matching.instruments import MatchingMetrics
from services.matching.service_layer.pair_pipeline import Listing, PairPipeline

log = logging.getLogger("pulso.matching")


class Embedder(Protocol):
    async def embed(
        self, model: str, texts: list[str], input_type: str = "query"
    ) -> tuple[list[list[float]], Spend]: ...


class Publisher(Protocol):
    """Where decisions and dead letters go (Kafka in production)."""

    async def decision(self, event: MatchDecision) -> None: ...

    async def dead_letter(self, raw: bytes, reason: str, detail: str, headers: RawHeaders = None) -> None: ...


class MatchingService:
    def __init__(
        self,
        *,
        store: MatchingStore,
        embedder: Embedder,
        embeddings_model: str,
        pipeline: PairPipeline,
        publisher: Publisher,
        metrics: MatchingMetrics,
        dimensions: int = 384,
        top_k: int = 5,
        vector_scalars: str = "bf16",
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.embeddings_model = embeddings_model
        self.pipeline = pipeline
        self.publisher = publisher
        self.metrics = metrics
        self.top_k = top_k
        self.vectors = VectorIndex(dimensions, scalar_kind=vector_scalars)
        self.words = LexicalIndex()
        self._dimensions = dimensions
        #: title → vector embedded ahead for the records of the batch being handled (``prefetch_embeddings``)
        self._prefetched: dict[str, np.ndarray] = {}

    async def rebuild(self) -> int:
        """Fill the indexes from the listings stored in Redis; how many there were."""
        listings = await self.store.all_listings()
        by_block: dict[str, list[StoredListing]] = {}
        for listing in listings:
            if len(listing.vector) != self.vectors.dimensions:
                continue  # embedded by another model: re-embedded when the listing comes again
            by_block.setdefault(block_of(listing.site, listing.category), []).append(listing)
        for block, members in by_block.items():
            # one batched add per block: the bulk build benchmarked in bench/ (python -m bench matching)
            vectors = np.stack([np.asarray(member.vector, dtype=np.float32) for member in members])
            self.vectors.upsert_many(block, [member.product_id for member in members], vectors)
            for member in members:
                self.words.upsert(block, member.product_id, member.title)
        self.metrics.indexed.set(len(self.vectors))
        return len(listings)

    async def handle(self, raw: bytes, headers: RawHeaders = None) -> str:
        """Process one catalog.v1 record: "dead_lettered" or "matched". Raises ModelUnavailableError. The record's
        ``headers`` go with it to the DLQ (a replayed listing's replay-count among them)."""
        started = time.perf_counter()
        product = read_listing(raw)
        if isinstance(product, BadListing):
            await self.publisher.dead_letter(raw, product.reason, product.detail, headers)
            self.metrics.dead_letters.labels(product.reason).inc()
            self.metrics.listings.labels("dead_lettered").inc()
            return "dead_lettered"
        listing = await self._index(product)
        for decision, group_id in await self._decide_candidates(listing):
            await self.publisher.decision(_event(listing, decision, group_id))
        self.metrics.listings.labels("matched").inc()
        self.metrics.seconds.observe(time.perf_counter() - started)
        return "matched"

    async def prefetch_embeddings(self, raws: list[bytes]) -> int:
        """Embed the new titles of a batch of records in one gateway call, ahead of ``handle``.

        Only an optimization (e5 spends most of a one-title call on overhead): ``handle`` uses the
        vectors found here and embeds anything else itself, so a failure here (raised to the caller,
        who may ignore it) changes nothing but speed. Returns how many titles were embedded.
        """
        self._prefetched = {}
        titles = []
        for raw in raws:
            product = read_listing(raw)
            if isinstance(product, BadListing) or product.title in titles:
                continue
            previous = await self.store.previous(product.product_id)
            if previous is None or previous.get("title") != product.title:
                titles.append(product.title)
        if len(titles) < 2:
            return 0
        vectors, spend = await self.embedder.embed(self.embeddings_model, titles)
        self.metrics.cost.labels("embedding").inc(spend.cost_usd)
        self._prefetched = {
            title: np.asarray(vector, dtype=np.float32) for title, vector in zip(titles, vectors, strict=True)
        }
        return len(titles)

    async def _embed(self, title: str) -> np.ndarray:
        prefetched = self._prefetched.get(title)
        if prefetched is not None:
            vector = prefetched
        else:
            vectors, spend = await self.embedder.embed(self.embeddings_model, [title])
            vector = np.asarray(vectors[0], dtype=np.float32)
            self.metrics.cost.labels("embedding").inc(spend.cost_usd)
        if len(vector) != self.vectors.dimensions:
            # another model behind the alias: the listing waits (and the log says why) rather than
            # polluting the index or crashing the consumer
            raise ModelUnavailableError(
                f"{self.embeddings_model} answered {len(vector)} dimensions, the index has "
                f"{self.vectors.dimensions} (PULSO_MATCHING_EMBEDDING_DIMENSIONS)"
            )
        return vector

    async def _index(self, product: Product) -> StoredListing:
        previous = await self.store.previous(product.product_id)
        same_title = previous is not None and previous.get("title") == product.title
        stored = await self.store.listing(product.product_id) if same_title else None
        if stored is not None and len(stored.vector) == self.vectors.dimensions:
            vector = stored.vector
        else:
            vector = await self._embed(product.title)
            if previous is not None:
                await self.store.leave_group(product.product_id)  # its title changed: its matches are decided again
        listing = StoredListing(
            product_id=product.product_id,
            site=product.site.value,
            category=product.category,
            title=product.title,
            price=str(product.price),
            seller_id=product.seller_id,
            vector=vector,
        )
        if previous is not None and (previous.get("site"), previous.get("category")) != (
            listing.site,
            listing.category,
        ):
            old_block = block_of(str(previous.get("site")), str(previous.get("category")))
            self.vectors.remove(old_block, listing.product_id)
            self.words.remove(old_block, listing.product_id)
        await self.store.put_listing(listing)
        block = block_of(listing.site, listing.category)
        self.vectors.upsert(block, listing.product_id, vector)
        self.words.upsert(block, listing.product_id, listing.title)
        self.metrics.indexed.set(len(self.vectors))
        return listing

    def candidates(self, listing: StoredListing) -> list[str]:
        """The listing's fused top-k candidates in its block (vector and BM25 lists, 2k deep each)."""
        block = block_of(listing.site, listing.category)
        depth = self.top_k * 2
        by_vector = self.vectors.nearest(block, listing.vector, depth, exclude=listing.product_id)
        by_words = self.words.top(block, listing.title, depth, exclude=listing.product_id)
        return reciprocal_rank_fusion([by_vector, by_words], self.top_k)

    async def _decide_candidates(self, listing: StoredListing) -> list[tuple[PairDecision, str | None]]:
        decided: list[tuple[PairDecision, str | None]] = []
        version = self.pipeline.version.name
        me = _as_pipeline_listing(listing)
        for candidate_id in self.candidates(listing):
            other = await self.store.listing(candidate_id)
            if other is None:
                continue
            a, b = sorted((listing.product_id, candidate_id))
            titles_hash = _titles_hash(listing, other)
            if await self.store.decided(version, a, b, titles_hash) is not None:
                continue
            cosine = float(np.dot(listing.vector, other.vector))
            decision = await self.pipeline.decide(me, _as_pipeline_listing(other), cosine)
            decided.append((decision, None))
        # groups and the decision record are written only once every pair is decided: a model that
        # fails half-way leaves nothing behind, and the retried record decides the same pairs again
        results = []
        for decision, _ in decided:
            if decision.verdict == Verdict.MATCH:
                group_id: str | None = await self.store.merge(decision.a, decision.b)
            else:
                # a pair once matched and now decided otherwise (another pipeline version, another title)
                # loses its edge, and their group splits unless something else still joins them
                group_id = None
                await self.store.unlink(decision.a, decision.b)
            other_id = decision.b if decision.a == listing.product_id else decision.a
            other = await self.store.listing(other_id)
            titles_hash = _titles_hash(listing, other) if other else ""
            await self.store.remember(
                version, decision.a, decision.b, {"verdict": decision.verdict.value, "titles_hash": titles_hash}
            )
            self.metrics.decisions.labels(decision.verdict.value, version).inc()
            for node in decision.nodes:
                if node.cost_usd:
                    self.metrics.cost.labels(node.node).inc(node.cost_usd)
            results.append((decision, group_id))
        return results


def _as_pipeline_listing(listing: StoredListing) -> Listing:
    return Listing(
        listing.product_id, listing.site, listing.category, listing.title, SITE_LOCALE[Site(listing.site)].value
    )


def _titles_hash(first: StoredListing, second: StoredListing) -> str:
    ordered = sorted(((first.product_id, first.title), (second.product_id, second.title)))
    return hashlib.sha256("\x00".join(title for _, title in ordered).encode()).hexdigest()[:16]


def _event(listing: StoredListing, decision: PairDecision, group_id: str | None) -> MatchDecision:
    candidate = decision.b if decision.a == listing.product_id else decision.a
    return MatchDecision(
        product_id=listing.product_id,
        candidate_id=candidate,
        site=Site(listing.site),
        category=listing.category,
        decision=MatchVerdict(decision.verdict.value),
        reasons=list(decision.reasons),
        pipeline_version=decision.pipeline_version,
        nodes=[
            MatchNode(
                node=node.node,
                version=node.version,
                verdict=MatchVerdict(node.verdict.value) if node.verdict else None,
                reason=node.reason,
                prompt_tokens=node.prompt_tokens,
                completion_tokens=node.completion_tokens,
                cost_usd=node.cost_usd,
            )
            for node in decision.nodes
        ],
        cost_usd=decision.cost_usd,
        group_id=group_id,
    )
