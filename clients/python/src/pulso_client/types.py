"""What the gateway answers, as typed objects; each keeps the full JSON document in ``raw``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Signal = Literal["open", "click", "conversion", "thumbs_up", "thumbs_down"]


@dataclass(frozen=True)
class GatewayInfo:
    """The gateway's ``x-pulso-*`` answer headers (empty strings when a route does not send one)."""

    provider: str = ""
    cache: str = ""
    attempts: int = 0
    cost_usd: float = 0.0

    @classmethod
    def of(cls, headers: Mapping[str, str]) -> GatewayInfo:
        def number(name: str) -> float:
            try:
                return float(headers.get(name) or 0)
            except ValueError:
                return 0.0

        return cls(
            provider=headers.get("x-pulso-provider", ""),
            cache=headers.get("x-pulso-cache", ""),
            attempts=int(number("x-pulso-attempts")),
            cost_usd=number("x-pulso-cost-usd"),
        )


@dataclass(frozen=True)
class ChatCompletion:
    """``POST /v1/chat/completions``: the first choice's text, why it ended, tokens and USD."""

    text: str
    finish_reason: str | None
    model: str
    prompt_tokens: int
    completion_tokens: int
    #: prompt tokens read from / written to the provider's prompt cache (both part of ``prompt_tokens``)
    cached_tokens: int
    cache_write_tokens: int
    cost_usd: float
    gateway: GatewayInfo
    raw: dict[str, Any] = field(repr=False)

    @classmethod
    def parse(cls, document: dict[str, Any], headers: Mapping[str, str]) -> ChatCompletion:
        choice = document["choices"][0]
        usage = document.get("usage") or {}
        details = usage.get("prompt_tokens_details") or {}
        return cls(
            text=str(choice["message"].get("content") or ""),
            finish_reason=choice.get("finish_reason"),
            model=str(document.get("model", "")),
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            cached_tokens=int(details.get("cached_tokens") or 0),
            cache_write_tokens=int(details.get("cache_creation_tokens") or 0),
            cost_usd=float(usage.get("cost_usd") or 0.0),
            gateway=GatewayInfo.of(headers),
            raw=document,
        )


@dataclass(frozen=True)
class Embeddings:
    """``POST /v1/embeddings``: one vector per input, in input order."""

    vectors: list[list[float]]
    model: str
    prompt_tokens: int
    cost_usd: float
    gateway: GatewayInfo
    raw: dict[str, Any] = field(repr=False)

    @classmethod
    def parse(cls, document: dict[str, Any], headers: Mapping[str, str]) -> Embeddings:
        data = sorted(document["data"], key=lambda item: item["index"])
        usage = document.get("usage") or {}
        return cls(
            vectors=[[float(x) for x in item["embedding"]] for item in data],
            model=str(document.get("model", "")),
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            cost_usd=float(usage.get("cost_usd") or 0.0),
            gateway=GatewayInfo.of(headers),
            raw=document,
        )


@dataclass(frozen=True)
class Generation:
    """``POST /v1/prompts/{id}/generate``: copy from a prompt version, checked, with where it came from."""

    generation_id: str
    prompt_id: str
    version: str
    arm: str | None
    text: str
    #: the parsed output (e.g. ``{"title", "body"}``), None when the prompt has no JSON output
    output: dict[str, Any] | None
    #: "llm" or "template" (the checks or the judge rejected the model's copy, or it was unavailable)
    copy_source: str
    cost_usd: float
    #: the checks' verdict: ``{"passed": bool, "reasons": [...]}``
    verdict: dict[str, Any]
    raw: dict[str, Any] = field(repr=False)

    @classmethod
    def parse(cls, document: dict[str, Any], headers: Mapping[str, str]) -> Generation:
        output = document.get("output")
        verdict = document.get("verdict")
        return cls(
            generation_id=str(document["generation_id"]),
            prompt_id=str(document["prompt_id"]),
            version=str(document.get("version", "")),
            arm=document.get("arm"),
            text=str(document.get("text", "")),
            output=output if isinstance(output, dict) else None,
            copy_source=str(document.get("copy_source", "")),
            cost_usd=float(document.get("cost_usd") or 0.0),
            verdict=verdict if isinstance(verdict, dict) else {},
            raw=document,
        )


@dataclass(frozen=True)
class Feedback:
    """``POST /v1/feedback``: ``counted`` is False when that signal was already counted for the generation."""

    generation_id: str
    signal: str
    counted: bool

    @classmethod
    def parse(cls, document: dict[str, Any], headers: Mapping[str, str]) -> Feedback:
        return cls(str(document["generation_id"]), str(document["signal"]), bool(document["counted"]))


@dataclass(frozen=True)
class EvalRun:
    """``/v1/evals``: a run (check runs come back finished; generation and judge runs poll until done)."""

    id: str
    status: str
    raw: dict[str, Any] = field(repr=False)

    @property
    def done(self) -> bool:
        return self.status != "running"

    @classmethod
    def parse(cls, document: dict[str, Any], headers: Mapping[str, str]) -> EvalRun:
        return cls(id=str(document["id"]), status=str(document.get("status", "")), raw=document)


@dataclass(frozen=True)
class UsageReport:
    """``GET /v1/usage``: rows per bucket, totals, and quality per prompt version and day."""

    #: one row per bucket, tenant, use case, model and prompt version
    data: list[dict[str, Any]]
    totals: dict[str, float]
    quality: list[dict[str, Any]]
    raw: dict[str, Any] = field(repr=False)

    @classmethod
    def parse(cls, document: dict[str, Any], headers: Mapping[str, str]) -> UsageReport:
        return cls(
            data=list(document.get("data") or []),
            totals=dict(document.get("totals") or {}),
            quality=list(document.get("quality") or []),
            raw=document,
        )


@dataclass(frozen=True)
class Image:
    url: str | None
    b64_json: str | None
    revised_prompt: str | None = None


@dataclass(frozen=True)
class Images:
    """``POST /v1/images/generations`` and ``/v1/images/edits`` (OpenAI's shape)."""

    created: int
    data: list[Image]
    raw: dict[str, Any] = field(repr=False)

    @classmethod
    def parse(cls, document: dict[str, Any], headers: Mapping[str, str]) -> Images:
        return cls(
            created=int(document.get("created") or 0),
            data=[
                Image(url=item.get("url"), b64_json=item.get("b64_json"), revised_prompt=item.get("revised_prompt"))
                for item in document.get("data") or []
            ],
            raw=document,
        )
