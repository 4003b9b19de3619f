"""What the matching service keeps in Redis: listings with their vectors, decisions, and match groups.

Keys (docs/architecture.md, docs/matching.md):

- ``pulso:match:listing:{product_id}`` — hash: ``doc`` (the listing JSON) and ``vector`` (base64 of
  little-endian float32); the indexes are rebuilt from these at start.
- ``pulso:match:decision:{pipeline_version}:{a}:{b}`` — the last decision on a pair (a < b), with a
  hash of both titles: a pair is decided again only when a title changed.
- ``pulso:match:group-of:{product_id}`` — string: the id of the listing's match group.
- ``pulso:match:group:{group_id}`` — set: the product ids in the group. A group's id is its
  smallest product id; merging two groups is one Lua script, so replicas never split a group.
- ``pulso:match:edges:{product_id}`` — set: the listings this one was decided to match (both ways).
  A group is the connected component of these edges: when a listing leaves (its title changed), its
  edges go and the rest of its group is split into the components that remain, in one Lua script.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import redis.asyncio as aioredis

from services.infra.redis_keys import match_edges_key, match_group_key, match_group_of_key

_LISTING = "pulso:match:listing:"
_DECISION = "pulso:match:decision:"
_GROUP_OF = match_group_of_key("")
_GROUP = match_group_key("")
_EDGES = match_edges_key("")

# KEYS: none (names are built from the prefix, as every member of a group must be re-pointed).
# ARGV: group-of prefix, group prefix, edges prefix, a, b. Returns the merged group's id.
_MERGE = """
local gof, grp, edg, a, b = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
redis.call('SADD', edg .. a, b)
redis.call('SADD', edg .. b, a)
local ga = redis.call('GET', gof .. a) or a
local gb = redis.call('GET', gof .. b) or b
local keep, drop = ga, gb
if gb < ga then keep, drop = gb, ga end
redis.call('SADD', grp .. keep, a, b, keep)
if keep ~= drop then
  local moved = redis.call('SMEMBERS', grp .. drop)
  table.insert(moved, drop)
  for _, member in ipairs(moved) do
    redis.call('SADD', grp .. keep, member)
    redis.call('SET', gof .. member, keep)
  end
  redis.call('DEL', grp .. drop)
end
redis.call('SET', gof .. a, keep)
redis.call('SET', gof .. b, keep)
return keep
"""

# The end of both scripts below: group ``g`` (its members read into ``members``, its set deleted) is
# rebuilt as the connected components of the remaining match edges among its members. Each component of
# two or more is a group named by its smallest id, like a merged group; a listing left alone is in none.
# Returns how many groups there are where the one was.
_SPLIT = """
local inside, seen, groups = {}, {}, 0
for _, m in ipairs(members) do inside[m] = true end
for _, start in ipairs(members) do
  if not seen[start] then
    seen[start] = true
    local component, queue, head = {start}, {start}, 1
    while head <= #queue do
      local current = queue[head]
      head = head + 1
      for _, next in ipairs(redis.call('SMEMBERS', edg .. current)) do
        if inside[next] and not seen[next] then
          seen[next] = true
          table.insert(queue, next)
          table.insert(component, next)
        end
      end
    end
    if #component > 1 then
      local name = component[1]
      for _, m in ipairs(component) do if m < name then name = m end end
      for _, m in ipairs(component) do
        redis.call('SADD', grp .. name, m)
        redis.call('SET', gof .. m, name)
      end
      groups = groups + 1
    else
      redis.call('DEL', gof .. start)
    end
  end
end
return groups
"""

# ARGV: group-of prefix, group prefix, edges prefix, product id. The listing leaves its group (its title
# changed) with all its match edges; the rest is split into what still connects (A~B~C without B: none).
_LEAVE = (
    """
local gof, grp, edg, id = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
for _, partner in ipairs(redis.call('SMEMBERS', edg .. id)) do redis.call('SREM', edg .. partner, id) end
redis.call('DEL', edg .. id)
local g = redis.call('GET', gof .. id)
redis.call('DEL', gof .. id)
if not g then return 0 end
redis.call('SREM', grp .. g, id)
local members = redis.call('SMEMBERS', grp .. g)
redis.call('DEL', grp .. g)
"""
    + _SPLIT
)

# ARGV: group-of prefix, group prefix, edges prefix, a, b. The pair is no longer a match (decided again,
# e.g. by another pipeline version): its edge goes, and their group is split if nothing else joins them.
_UNLINK = (
    """
local gof, grp, edg, a, b = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local linked = redis.call('SREM', edg .. a, b) + redis.call('SREM', edg .. b, a)
local g = redis.call('GET', gof .. a)
if linked == 0 or not g or g ~= redis.call('GET', gof .. b) then return -1 end
local members = redis.call('SMEMBERS', grp .. g)
redis.call('DEL', grp .. g)
"""
    + _SPLIT
)


@dataclass(frozen=True)
class StoredListing:
    product_id: str
    site: str
    category: str
    title: str
    price: str
    seller_id: str
    vector: np.ndarray


def _encode(vector: np.ndarray) -> str:
    return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")


def _decode(text: str | bytes) -> np.ndarray:
    return np.frombuffer(base64.b64decode(text), dtype="<f4")


class MatchingStore:
    """Listings, decisions and groups in Redis."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self._redis = redis
        self._merge = redis.register_script(_MERGE)
        self._leave = redis.register_script(_LEAVE)
        self._unlink = redis.register_script(_UNLINK)

    async def previous(self, product_id: str) -> dict[str, Any] | None:
        raw = await self._redis.hget(_LISTING + product_id, "doc")
        return None if raw is None else dict(json.loads(raw))

    async def put_listing(self, listing: StoredListing) -> None:
        document = {
            "product_id": listing.product_id,
            "site": listing.site,
            "category": listing.category,
            "title": listing.title,
            "price": listing.price,
            "seller_id": listing.seller_id,
        }
        await self._redis.hset(
            _LISTING + listing.product_id,
            mapping={"doc": json.dumps(document, ensure_ascii=False), "vector": _encode(listing.vector)},
        )

    async def all_listings(self) -> list[StoredListing]:
        """Every stored listing (to rebuild the indexes at start)."""
        found = []
        async for key in self._redis.scan_iter(match=_LISTING + "*", count=1000):
            values = await self._redis.hmget(key, ["doc", "vector"])
            if values[0] is None or values[1] is None:
                continue
            document = json.loads(values[0])
            found.append(
                StoredListing(
                    product_id=document["product_id"],
                    site=document["site"],
                    category=document["category"],
                    title=document["title"],
                    price=str(document.get("price", "")),
                    seller_id=str(document.get("seller_id", "")),
                    vector=_decode(values[1]),
                )
            )
        return found

    async def listing(self, product_id: str) -> StoredListing | None:
        values = await self._redis.hmget(_LISTING + product_id, ["doc", "vector"])
        if values[0] is None or values[1] is None:
            return None
        document = json.loads(values[0])
        return StoredListing(
            product_id=product_id,
            site=document["site"],
            category=document["category"],
            title=document["title"],
            price=str(document.get("price", "")),
            seller_id=str(document.get("seller_id", "")),
            vector=_decode(values[1]),
        )

    async def decided(self, version: str, a: str, b: str, titles_hash: str) -> dict[str, Any] | None:
        """The stored decision on the pair, if both titles are still the ones it was made on."""
        raw = await self._redis.get(f"{_DECISION}{version}:{a}:{b}")
        if raw is None:
            return None
        document = dict(json.loads(raw))
        return document if document.get("titles_hash") == titles_hash else None

    async def remember(self, version: str, a: str, b: str, document: dict[str, Any]) -> None:
        await self._redis.set(f"{_DECISION}{version}:{a}:{b}", json.dumps(document, ensure_ascii=False))

    async def merge(self, a: str, b: str) -> str:
        """Put both listings in one group (merging their groups); the group's id."""
        result = await self._merge(args=[_GROUP_OF, _GROUP, _EDGES, a, b])
        return result.decode() if isinstance(result, bytes) else str(result)

    async def leave_group(self, product_id: str) -> int:
        """Take the listing and its match edges out of its group, splitting the rest into what still
        connects; how many groups are left where there was one (0: none, or it was in no group)."""
        return int(await self._leave(args=[_GROUP_OF, _GROUP, _EDGES, product_id]))

    async def unlink(self, a: str, b: str) -> int:
        """The pair is no longer a match: drop its edge and split their group if nothing else joins them.
        How many groups there are where theirs was (-1: they were not linked)."""
        return int(await self._unlink(args=[_GROUP_OF, _GROUP, _EDGES, a, b]))

    async def partners(self, product_id: str) -> set[str]:
        """The listings this one was decided to match (its edges)."""
        raw = await self._redis.smembers(_EDGES + product_id)
        return {m.decode() if isinstance(m, bytes) else str(m) for m in raw}

    async def group_of(self, product_id: str) -> str | None:
        raw = await self._redis.get(_GROUP_OF + product_id)
        return None if raw is None else (raw.decode() if isinstance(raw, bytes) else str(raw))

    async def members(self, group_id: str) -> set[str]:
        raw = await self._redis.smembers(_GROUP + group_id)
        return {m.decode() if isinstance(m, bytes) else str(m) for m in raw}
