"""``PulsoClient`` (sync) and ``AsyncPulsoClient``: the gateway's routes with retries and typed errors.

Both build the same requests and read the same answers (``_Route``); only sending and sleeping differ.
Retries: connection errors, timeouts, 429 rate limits, 502/503/504, up to ``max_retries`` more tries,
waiting the answer's ``Retry-After`` when it has one (a budget refusal or a Retry-After longer than
``max_retry_after_s`` is raised at once: waiting that long is the caller's decision), else a jittered
exponential backoff.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from pulso_client.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BudgetExceededError,
    DeadlineExceededError,
    OverloadedError,
    PulsoError,
    RateLimitError,
    ServerError,
    error_for,
)
from pulso_client.types import (
    ChatCompletion,
    Embeddings,
    EvalRun,
    Feedback,
    Generation,
    Images,
    Signal,
    UsageReport,
)

Answer = TypeVar("Answer")
#: an image to edit: its bytes, or (filename, bytes, content type)
ImageFile = bytes | tuple[str, bytes, str]


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    base_backoff_s: float = 0.25
    max_backoff_s: float = 8.0
    #: a longer Retry-After is not waited for: the error is raised with ``retry_after_s`` set
    max_retry_after_s: float = 30.0

    def wait_s(self, error: PulsoError, attempt: int, rng: random.Random) -> float | None:
        """How long to wait before the next try after ``error`` on try ``attempt`` (1-based); None: don't retry."""
        if attempt > self.max_retries or not _retryable(error):
            return None
        if error.retry_after_s is not None:
            return error.retry_after_s if error.retry_after_s <= self.max_retry_after_s else None
        return rng.uniform(0, min(self.max_backoff_s, self.base_backoff_s * 2 ** (attempt - 1)))


def _retryable(error: PulsoError) -> bool:
    if isinstance(error, BudgetExceededError):
        return False
    if isinstance(error, RateLimitError | OverloadedError | DeadlineExceededError | APIConnectionError):
        return True
    return isinstance(error, ServerError) and error.status in (502, 503, 504)


@dataclass(frozen=True)
class _Route(Generic[Answer]):
    """One request: method, path, body, and how its answer is read."""

    method: str
    path: str
    parse: Callable[[dict[str, Any], Mapping[str, str]], Answer]
    json: dict[str, Any] | None = None
    params: dict[str, Any] | None = None
    files: dict[str, Any] | None = None
    data: dict[str, Any] | None = None
    ok: tuple[int, ...] = (200, 201, 202)
    extra_headers: dict[str, str] = field(default_factory=dict)

    def answer(self, response: httpx.Response) -> Answer:
        try:
            document = response.json()
        except ValueError:
            document = response.text
        if response.status_code not in self.ok:
            raise error_for(response.status_code, response.headers, document)
        if not isinstance(document, dict):
            raise APIStatusError(
                f"{self.path}: the answer is not a JSON object", status=response.status_code, headers=response.headers
            )
        try:
            return self.parse(document, response.headers)
        except (KeyError, IndexError, TypeError, ValueError) as error:
            raise APIStatusError(
                f"{self.path}: unexpected answer shape ({type(error).__name__}: {error})",
                status=response.status_code,
                headers=response.headers,
            ) from None


def _drop_none(values: Mapping[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in values.items() if value is not None}


class _Routes:
    """The gateway's routes as ``_Route``s (shared by the sync and async clients)."""

    @staticmethod
    def generate(
        prompt_id: str, variables: Mapping[str, Any], locale: str, user_id: str, version: str | int | None
    ) -> _Route[Generation]:
        body = {"variables": dict(variables), "locale": locale, "user_id": user_id, "version": version}
        return _Route("POST", f"/v1/prompts/{prompt_id}/generate", Generation.parse, json=body)

    @staticmethod
    def chat(model: str, messages: Sequence[Mapping[str, Any]], params: Mapping[str, Any]) -> _Route[ChatCompletion]:
        if params.get("stream"):
            raise ValueError("chat() returns whole answers; use the openai SDK against the gateway to stream")
        body = {"model": model, "messages": [dict(m) for m in messages], **params}
        return _Route("POST", "/v1/chat/completions", ChatCompletion.parse, json=body)

    @staticmethod
    def embeddings(model: str, input: str | Sequence[str], params: Mapping[str, Any]) -> _Route[Embeddings]:
        texts = [input] if isinstance(input, str) else list(input)
        body = {"model": model, "input": texts, "encoding_format": "float", **_drop_none(params)}
        return _Route("POST", "/v1/embeddings", Embeddings.parse, json=body)

    @staticmethod
    def image_generation(model: str, prompt: str, params: Mapping[str, Any]) -> _Route[Images]:
        return _Route(
            "POST",
            "/v1/images/generations",
            Images.parse,
            json={"model": model, "prompt": prompt, **_drop_none(params)},
        )

    @staticmethod
    def image_edit(model: str, image: ImageFile, prompt: str, params: Mapping[str, Any]) -> _Route[Images]:
        upload = ("image.png", image, "image/png") if isinstance(image, bytes) else image
        fields = {"model": model, "prompt": prompt, **{k: str(v) for k, v in _drop_none(params).items()}}
        return _Route("POST", "/v1/images/edits", Images.parse, files={"image": upload}, data=fields)

    @staticmethod
    def feedback(generation_id: str, signal: Signal) -> _Route[Feedback]:
        return _Route("POST", "/v1/feedback", Feedback.parse, json={"generation_id": generation_id, "signal": signal})

    @staticmethod
    def create_eval(body: Mapping[str, Any]) -> _Route[EvalRun]:
        return _Route("POST", "/v1/evals", EvalRun.parse, json=dict(body))

    @staticmethod
    def get_eval(run_id: str) -> _Route[EvalRun]:
        return _Route("GET", f"/v1/evals/{run_id}", EvalRun.parse)

    @staticmethod
    def list_evals(limit: int) -> _Route[list[EvalRun]]:
        def parse(document: dict[str, Any], headers: Mapping[str, str]) -> list[EvalRun]:
            return [EvalRun.parse(run, headers) for run in document["data"]]

        return _Route("GET", "/v1/evals", parse, params={"limit": limit})

    @staticmethod
    def usage(filters: Mapping[str, Any]) -> _Route[UsageReport]:
        return _Route("GET", "/v1/usage", UsageReport.parse, params=_drop_none(filters))


def _sent(error: httpx.HTTPError) -> PulsoError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"the gateway did not answer in time ({type(error).__name__})")
    return APIConnectionError(f"the gateway could not be reached: {type(error).__name__}: {error}")


class _Common:
    def __init__(self, base_url: str, api_key: str, retry: RetryPolicy | None, rng: random.Random | None) -> None:
        if not api_key:
            raise ValueError("api_key is required: a virtual key of the gateway (pk-...)")
        self.base_url = base_url.rstrip("/")
        self.retry = retry or RetryPolicy()
        self._rng = rng or random.Random()
        self._headers = {"Authorization": f"Bearer {api_key}", "User-Agent": "pulso-client/0.1"}

    def _request(self, http: httpx.Client | httpx.AsyncClient, route: _Route[Answer]) -> httpx.Request:
        """``route`` as the HTTP request ``http`` sends, with the key's headers (the same for both clients)."""
        return http.build_request(
            route.method,
            self.base_url + route.path,
            json=route.json,
            params=route.params,
            files=route.files,
            data=route.data,
            headers={**self._headers, **route.extra_headers},
        )


class PulsoClient(_Common):
    """Sync client. ``with PulsoClient(base_url, api_key) as pulso: pulso.chat(...)``."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout_s: float = 60.0,
        retry: RetryPolicy | None = None,
        http: httpx.Client | None = None,
        rng: random.Random | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(base_url, api_key, retry, rng)
        self._http = http or httpx.Client(timeout=timeout_s)
        self._sleep = sleep

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PulsoClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, route: _Route[Answer]) -> Answer:
        attempt = 0
        while True:
            attempt += 1
            try:
                try:
                    response = self._http.send(self._request(self._http, route))
                except httpx.HTTPError as sent:
                    raise _sent(sent) from None
                return route.answer(response)
            except PulsoError as error:
                wait = self.retry.wait_s(error, attempt, self._rng)
                if wait is None:
                    raise
                self._sleep(wait)

    def generate(
        self,
        prompt_id: str,
        *,
        variables: Mapping[str, Any],
        locale: str,
        user_id: str,
        version: str | int | None = None,
    ) -> Generation:
        """Copy from a prompt (pinned ``version``, else its experiment's arm or the latest)."""
        return self._call(_Routes.generate(prompt_id, variables, locale, user_id, version))

    def chat(self, model: str, messages: Sequence[Mapping[str, Any]], **params: Any) -> ChatCompletion:
        """One chat completion (OpenAI parameters as keywords: temperature, max_tokens, response_format, ...)."""
        return self._call(_Routes.chat(model, messages, params))

    def embeddings(
        self,
        model: str,
        input: str | Sequence[str],
        *,
        input_type: str | None = None,
        dimensions: int | None = None,
    ) -> Embeddings:
        """Vectors for ``input`` (``input_type``: "query" or "passage" for e5-style models)."""
        return self._call(_Routes.embeddings(model, input, {"input_type": input_type, "dimensions": dimensions}))

    def generate_images(self, model: str, prompt: str, **params: Any) -> Images:
        """``POST /v1/images/generations`` (n, size, response_format, ... as in OpenAI's API)."""
        return self._call(_Routes.image_generation(model, prompt, params))

    def edit_image(self, model: str, image: ImageFile, prompt: str, **params: Any) -> Images:
        """``POST /v1/images/edits`` with the image as a multipart upload (size, n, response_format, ...)."""
        return self._call(_Routes.image_edit(model, image, prompt, params))

    def feedback(self, generation_id: str, signal: Signal) -> Feedback:
        """Report what happened to one of your generations; each signal counts once per generation."""
        return self._call(_Routes.feedback(generation_id, signal))

    def create_eval(self, **body: Any) -> EvalRun:
        """Start an evaluation run (``mode``, ``records``, ``prompt_id``, ... as ``POST /v1/evals`` takes them)."""
        return self._call(_Routes.create_eval(body))

    def get_eval(self, run_id: str) -> EvalRun:
        return self._call(_Routes.get_eval(run_id))

    def list_evals(self, limit: int = 50) -> list[EvalRun]:
        return self._call(_Routes.list_evals(limit))

    def wait_for_eval(self, run_id: str, *, poll_s: float = 0.5, timeout_s: float = 600.0) -> EvalRun:
        """Poll a run until it is no longer running; PulsoError past ``timeout_s``."""
        deadline = time.monotonic() + timeout_s
        while True:
            run = self.get_eval(run_id)
            if run.done:
                return run
            if time.monotonic() + poll_s > deadline:
                raise PulsoError(f"eval run {run_id} still running after {timeout_s}s")
            self._sleep(poll_s)

    def usage(self, **filters: Any) -> UsageReport:
        """``GET /v1/usage`` (start, end, bucket, tenant, use_case, model, prompt_id, prompt_version)."""
        return self._call(_Routes.usage(filters))


class AsyncPulsoClient(_Common):
    """Async client. ``async with AsyncPulsoClient(base_url, api_key) as pulso: await pulso.chat(...)``."""

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout_s: float = 60.0,
        retry: RetryPolicy | None = None,
        http: httpx.AsyncClient | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(base_url, api_key, retry, rng)
        self._http = http or httpx.AsyncClient(timeout=timeout_s)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> AsyncPulsoClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _call(self, route: _Route[Answer]) -> Answer:
        attempt = 0
        while True:
            attempt += 1
            try:
                try:
                    response = await self._http.send(self._request(self._http, route))
                except httpx.HTTPError as sent:
                    raise _sent(sent) from None
                return route.answer(response)
            except PulsoError as error:
                wait = self.retry.wait_s(error, attempt, self._rng)
                if wait is None:
                    raise
                await asyncio.sleep(wait)

    async def generate(
        self,
        prompt_id: str,
        *,
        variables: Mapping[str, Any],
        locale: str,
        user_id: str,
        version: str | int | None = None,
    ) -> Generation:
        """Copy from a prompt (pinned ``version``, else its experiment's arm or the latest)."""
        return await self._call(_Routes.generate(prompt_id, variables, locale, user_id, version))

    async def chat(self, model: str, messages: Sequence[Mapping[str, Any]], **params: Any) -> ChatCompletion:
        """One chat completion (OpenAI parameters as keywords: temperature, max_tokens, response_format, ...)."""
        return await self._call(_Routes.chat(model, messages, params))

    async def embeddings(
        self,
        model: str,
        input: str | Sequence[str],
        *,
        input_type: str | None = None,
        dimensions: int | None = None,
    ) -> Embeddings:
        """Vectors for ``input`` (``input_type``: "query" or "passage" for e5-style models)."""
        return await self._call(_Routes.embeddings(model, input, {"input_type": input_type, "dimensions": dimensions}))

    async def generate_images(self, model: str, prompt: str, **params: Any) -> Images:
        """``POST /v1/images/generations`` (n, size, response_format, ... as in OpenAI's API)."""
        return await self._call(_Routes.image_generation(model, prompt, params))

    async def edit_image(self, model: str, image: ImageFile, prompt: str, **params: Any) -> Images:
        """``POST /v1/images/edits`` with the image as a multipart upload (size, n, response_format, ...)."""
        return await self._call(_Routes.image_edit(model, image, prompt, params))

    async def feedback(self, generation_id: str, signal: Signal) -> Feedback:
        """Report what happened to one of your generations; each signal counts once per generation."""
        return await self._call(_Routes.feedback(generation_id, signal))

    async def create_eval(self, **body: Any) -> EvalRun:
        """Start an evaluation run (``mode``, ``records``, ``prompt_id``, ... as ``POST /v1/evals`` takes them)."""
        return await self._call(_Routes.create_eval(body))

    async def get_eval(self, run_id: str) -> EvalRun:
        return await self._call(_Routes.get_eval(run_id))

    async def list_evals(self, limit: int = 50) -> list[EvalRun]:
        return await self._call(_Routes.list_evals(limit))

    async def wait_for_eval(self, run_id: str, *, poll_s: float = 0.5, timeout_s: float = 600.0) -> EvalRun:
        """Poll a run until it is no longer running; PulsoError past ``timeout_s``."""
        deadline = time.monotonic() + timeout_s
        while True:
            run = await self.get_eval(run_id)
            if run.done:
                return run
            if time.monotonic() + poll_s > deadline:
                raise PulsoError(f"eval run {run_id} still running after {timeout_s}s")
            await asyncio.sleep(poll_s)

    async def usage(self, **filters: Any) -> UsageReport:
        """``GET /v1/usage`` (start, end, bucket, tenant, use_case, model, prompt_id, prompt_version)."""
        return await self._call(_Routes.usage(filters))
