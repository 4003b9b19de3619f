"""USD cost of a call from its token usage and the price table in the gateway config."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Usage:
    """Tokens of one call. ``cached_tokens`` is the part of ``prompt_tokens`` read from the provider's prompt
    cache, ``cache_write_tokens`` the part written to it (Anthropic's cache creation, Bedrock's cache write):
    providers bill the three parts at different rates."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    cache_write_tokens: int = 0
    #: True when the provider did not report usage and the numbers are our estimate
    estimated: bool = False
    #: the part of ``completion_tokens`` a reasoning model spent thinking (OpenAI's ``reasoning_tokens``)
    reasoning_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class ModelPrice:
    """Prices in USD per million tokens. Cache reads and cache writes default to the input price when not set."""

    input_per_mtok: float
    output_per_mtok: float
    #: prompt tokens read from the provider's cache (``cached_input``; LiteLLM's cache_read_input_token_cost)
    cached_input_per_mtok: float | None = None
    #: prompt tokens written to the provider's cache (``cache_write_input``; LiteLLM's cache_creation_input_token_cost)
    cache_write_input_per_mtok: float | None = None
    #: USD per image an images deployment answers (``image`` in the config)
    per_image: float = 0.0


class UnknownPriceError(Exception):
    """A deployment names a model that the price table does not have (a config error)."""


class PriceConfigError(ValueError):
    """The config's ``prices:`` section has an entry that is not a mapping of known prices to numbers."""


#: the fields a ``prices:`` entry may have (a misspelt one would silently price at the input rate)
PRICE_FIELDS = ("input", "output", "cached_input", "cache_write_input", "image")


class PriceTable:
    """Model name → price. Models absent from the table cost 0 only if listed as free; otherwise it is an error."""

    def __init__(self, prices: dict[str, ModelPrice]) -> None:
        self._prices = dict(prices)

    def __contains__(self, model: str) -> bool:
        return model in self._prices

    def price(self, model: str) -> ModelPrice:
        try:
            return self._prices[model]
        except KeyError:
            raise UnknownPriceError(f"no price for model {model!r} in the gateway config") from None

    def cost_usd(self, model: str, usage: Usage, own: ModelPrice | None = None) -> float:
        """What ``usage`` on ``model`` costs: uncached input, cache reads, cache writes and output each at its rate.

        ``own``: the deployment's own prices (its ``prices`` in the config), which win over the model's."""
        price = own or self.price(model)
        cached = min(usage.cached_tokens, usage.prompt_tokens)
        written = min(usage.cache_write_tokens, usage.prompt_tokens - cached)
        uncached = usage.prompt_tokens - cached - written
        cached_rate = price.input_per_mtok if price.cached_input_per_mtok is None else price.cached_input_per_mtok
        write_rate = (
            price.input_per_mtok if price.cache_write_input_per_mtok is None else price.cache_write_input_per_mtok
        )
        total = (
            uncached * price.input_per_mtok
            + cached * cached_rate
            + written * write_rate
            + usage.completion_tokens * price.output_per_mtok
        )
        return round(total / 1_000_000, 10)

    def image_cost_usd(self, model: str, images: int, own: ModelPrice | None = None) -> float:
        """What ``images`` images from ``model`` cost (``own``: the deployment's own prices)."""
        return round((own or self.price(model)).per_image * images, 10)

    @classmethod
    def from_mapping(cls, raw: dict[str, dict[str, float]]) -> PriceTable:
        """Build from the config's ``prices:`` section (``input``, ``output``, ``cached_input``, ``cache_write_input``
        per Mtok; ``image`` per image); raises PriceConfigError naming the model and field that is wrong."""
        return cls({str(model): model_price_from_mapping(entry, f"prices.{model}") for model, entry in raw.items()})


def model_price_from_mapping(entry: Any, where: str) -> ModelPrice:
    """One price entry of the config (``where`` names it in errors); raises PriceConfigError."""
    if not isinstance(entry, dict):
        raise PriceConfigError(f"{where} must map price names to numbers")
    unknown = sorted(set(entry) - set(PRICE_FIELDS))
    if unknown:
        named, known = ", ".join(map(str, unknown)), ", ".join(PRICE_FIELDS)
        raise PriceConfigError(f"{where}: unknown field(s) {named} (known: {known})")
    try:
        return ModelPrice(
            input_per_mtok=float(entry.get("input", 0.0)),
            output_per_mtok=float(entry.get("output", 0.0)),
            cached_input_per_mtok=_optional_price(entry.get("cached_input")),
            cache_write_input_per_mtok=_optional_price(entry.get("cache_write_input")),
            per_image=float(entry.get("image", 0.0)),
        )
    except (TypeError, ValueError):
        raise PriceConfigError(f"{where}: every price must be a number") from None


def _optional_price(raw: Any) -> float | None:
    return None if raw is None else float(raw)
