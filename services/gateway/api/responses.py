"""The bodies the gateway answers with, as models, so its OpenAPI document describes every route.

Routes declare them with ``responses=`` (documentation: handlers keep building their answers as before, so
the wire format does not depend on these models; the shared ones are in services/infra/api_responses.py).
Nested parts the gateway passes through from elsewhere (a provider's extra fields, an eval report) are left
open (``extra="allow"``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from services.infra.api_responses import ERRORS as ERRORS
from services.infra.api_responses import PROMETHEUS_TEXT as PROMETHEUS_TEXT
from services.infra.api_responses import ErrorBody as ErrorBody
from services.infra.api_responses import Health as Health
from services.infra.api_responses import json_answer as json_answer


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ChatMessage(_Open):
    role: str
    content: str | None


class ChatChoice(_Open):
    index: int
    message: ChatMessage
    finish_reason: str | None


class PromptTokensDetails(_Open):
    """Parts of ``prompt_tokens``: read from the provider's prompt cache, and written to it."""

    cached_tokens: int = 0
    cache_creation_tokens: int = 0


class CompletionTokensDetails(_Open):
    """Parts of ``completion_tokens``: spent reasoning (reasoning models)."""

    reasoning_tokens: int = 0


class TokenUsage(_Open):
    prompt_tokens: int
    completion_tokens: int = 0
    total_tokens: int
    #: chat answers only
    prompt_tokens_details: PromptTokensDetails | None = None
    #: chat answers only
    completion_tokens_details: CompletionTokensDetails | None = None
    #: what the request cost in USD (0 for a cache hit)
    cost_usd: float = 0.0


class ChatCompletion(_Open):
    """OpenAI's chat completion object; with ``"stream": true`` the same as server-sent chunks."""

    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[ChatChoice]
    usage: TokenUsage | None = None


class Embedding(_Open):
    object: Literal["embedding"]
    index: int
    embedding: list[float] | str


class EmbeddingList(_Open):
    object: Literal["list"]
    data: list[Embedding]
    model: str
    usage: TokenUsage | None = None


class GeneratedImageData(_Open):
    b64_json: str
    revised_prompt: str | None = None


class ImageUsage(_Open):
    images: int
    cost_usd: float


class ImageList(_Open):
    """The answer of POST /v1/images/generations and /v1/images/edits (OpenAI's shape plus cost)."""

    created: int
    data: list[GeneratedImageData]
    usage: ImageUsage


class Model(BaseModel):
    id: str
    object: Literal["model"]
    created: int
    owned_by: str


class ModelList(BaseModel):
    object: Literal["list"]
    data: list[Model]


class KeyRecord(BaseModel):
    """A virtual key as the admin API shows it (never the secret)."""

    id: str
    tenant: str
    use_case: str
    allowed_models: list[str]
    allowed_prompts: list[str]
    rpm: int | None
    tpm: int | None
    budget_day_usd: float | None
    budget_month_usd: float | None
    created_at: float
    key_hint: str
    extra: dict[str, Any]


class KeyWithSecret(KeyRecord):
    """A key just created or rotated: ``key`` is the plaintext, shown in this answer only."""

    key: str


class KeyList(BaseModel):
    object: Literal["list"]
    data: list[KeyRecord]


class UsageReport(BaseModel):
    object: Literal["usage"]
    start: int
    end: int
    bucket: Literal["hour", "day"]
    data: list[dict[str, Any]]
    totals: dict[str, float]
    #: per prompt version and UTC day: gate pass rate, judge verdicts, signals and CTR
    quality: list[dict[str, Any]] = []


class PromptProblem(BaseModel):
    source: str
    reason: str


class PromptView(_Open):
    id: str
    latest_version: str
    versions: list[dict[str, Any]]
    experiment: dict[str, Any] | None


class PromptList(BaseModel):
    object: Literal["list"]
    data: list[PromptView]
    problems: list[PromptProblem] | None = None


class ReloadReport(BaseModel):
    published: list[str]
    rejected: list[PromptProblem]


class Verdict(BaseModel):
    passed: bool
    reasons: list[str]


class Generation(_Open):
    """Copy from a prompt: its text and parsed output, where it came from, what it cost, the checks' verdict."""

    generation_id: str
    prompt_id: str
    version: str
    arm: str | None
    text: str
    output: dict[str, Any] | None
    copy_source: str
    model: str | None
    provider: str | None
    usage: dict[str, int]
    cost_usd: float
    verdict: Verdict
    judge: list[dict[str, Any]] | None = None
    input_warnings: list[str] | None = None


class FeedbackAnswer(BaseModel):
    generation_id: str
    signal: str
    counted: bool


class ExperimentReport(BaseModel):
    prompt_id: str
    tenant: str
    experiment: dict[str, Any] | None
    arms: list[dict[str, Any]]
    comparison: dict[str, Any] | None
    #: an adaptive experiment's current shares and their history (one record per recompute epoch)
    adaptive: dict[str, Any] | None = None
    definitions: dict[str, str]


class EvalRun(_Open):
    """An evaluation run: its settings, progress and summary (with per-record results when fetched alone)."""

    id: str
    object: Literal["eval.run"]
    name: str
    mode: str
    status: str


class EvalList(BaseModel):
    object: Literal["list"]
    data: list[EvalRun]
