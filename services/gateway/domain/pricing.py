"""USD cost of a call from its token usage and the price table in the gateway config."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Usage:
    """Tokens of one call. ``cached_tokens`` is the part of ``prompt_tokens`` served from the provider's cache."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    #: True when the provider did not report usage and the numbers are our estimate
    estimated: bool = False

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class ModelPrice:
    """Prices in USD per million tokens. Cached input defaults to the full input price when not set."""

    input_per_mtok: float
    output_per_mtok: float
    cached_input_per_mtok: float | None = None
    #: USD per image an images deployment answers (``image`` in the config)
    per_image: float = 0.0


class UnknownPriceError(Exception):
    """A deployment names a model that the price table does not have (a config error)."""


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

    def cost_usd(self, model: str, usage: Usage) -> float:
        """What ``usage`` on ``model`` costs: uncached input, cached input and output each at its own rate."""
        price = self.price(model)
        cached = min(usage.cached_tokens, usage.prompt_tokens)
        uncached = usage.prompt_tokens - cached
        cached_rate = price.input_per_mtok if price.cached_input_per_mtok is None else price.cached_input_per_mtok
        total = uncached * price.input_per_mtok + cached * cached_rate + usage.completion_tokens * price.output_per_mtok
        return round(total / 1_000_000, 10)

    def image_cost_usd(self, model: str, images: int) -> float:
        """What ``images`` images from ``model`` cost."""
        return round(self.price(model).per_image * images, 10)

    @classmethod
    def from_mapping(cls, raw: dict[str, dict[str, float]]) -> PriceTable:
        """Build from the config's ``prices:`` section (``input``, ``output``, ``cached_input`` per Mtok)."""
        return cls(
            {
                model: ModelPrice(
                    input_per_mtok=float(entry.get("input", 0.0)),
                    output_per_mtok=float(entry.get("output", 0.0)),
                    cached_input_per_mtok=(None if entry.get("cached_input") is None else float(entry["cached_input"])),
                    per_image=float(entry.get("image", 0.0)),
                )
                for model, entry in raw.items()
            }
        )
