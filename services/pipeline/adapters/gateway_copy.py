"""Push copy from the LLM gateway: ``POST {gateway}/v1/prompts/{prompt_id}/generate`` with the pipeline's key.

Bounded concurrency and a deadline per call: a slow gateway costs at most the deadline, and the
caller falls back to template copy on CopyUnavailableError.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from schemas import CopySource, Locale
from services.pipeline.domain.copywriting import Copy


class CopyUnavailableError(Exception):
    """The gateway gave no usable copy (no key, down, slow, over budget, or its answer failed checks)."""


class GatewayCopyClient:
    """Asks the gateway for push copy; never more than ``concurrency`` calls in flight."""

    def __init__(self, base_url: str, key: str | None, prompt_id: str, timeout_s: float, concurrency: int) -> None:
        self._url = f"{base_url.rstrip('/')}/v1/prompts/{prompt_id}/generate"
        self._key = key
        self._prompt_id = prompt_id
        self._timeout_s = timeout_s
        self._slots = asyncio.Semaphore(concurrency)
        self._client: httpx.AsyncClient | None = None

    @property
    def enabled(self) -> bool:
        return bool(self._key)

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=httpx.Timeout(self._timeout_s, connect=min(1.0, self._timeout_s)))
        return self._client

    async def generate(self, locale: Locale, variables: dict[str, Any], user_id: str) -> Copy:
        """Copy for ``variables`` in ``locale``; CopyUnavailableError on any failure or past the deadline."""
        if not self._key:
            raise CopyUnavailableError("no gateway key configured (PULSO_PIPELINE_GATEWAY_KEY)")
        body = {"variables": variables, "locale": locale.value, "user_id": user_id, "version": None}
        try:
            async with asyncio.timeout(self._timeout_s):
                async with self._slots:
                    response = await self._http().post(
                        self._url, json=body, headers={"Authorization": f"Bearer {self._key}"}
                    )
        except TimeoutError:
            raise CopyUnavailableError(f"gateway did not answer within {self._timeout_s}s") from None
        except httpx.HTTPError as error:
            raise CopyUnavailableError(f"gateway unreachable: {type(error).__name__}") from None
        if response.status_code != 200:
            raise CopyUnavailableError(f"gateway answered {response.status_code}")
        return parse_generation(response.json(), self._prompt_id)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None


def parse_generation(payload: Any, prompt_id: str) -> Copy:
    """A Copy from the gateway's generate answer; CopyUnavailableError when it is unusable."""
    if not isinstance(payload, dict):
        raise CopyUnavailableError("gateway answer is not a JSON object")
    output = payload.get("output")
    verdict = payload.get("verdict") or {}
    if isinstance(verdict, dict) and verdict.get("passed") is False:
        raise CopyUnavailableError(f"gateway copy failed its checks: {verdict.get('reasons')}")
    if not isinstance(output, dict):
        raise CopyUnavailableError("gateway answer has no output object")
    title, body = output.get("title"), output.get("body")
    if not isinstance(title, str) or not isinstance(body, str) or not title.strip() or not body.strip():
        raise CopyUnavailableError("gateway output lacks a title or body")
    try:
        source = CopySource(payload.get("copy_source", "llm"))
    except ValueError:
        source = CopySource.LLM
    version = payload.get("version")
    reasons = verdict.get("reasons") if isinstance(verdict, dict) else None
    fallback_reasons = (
        tuple(str(reason) for reason in reasons) if source is CopySource.TEMPLATE and isinstance(reasons, list) else ()
    )
    return Copy(
        title=title.strip(),
        body=body.strip(),
        source=source,
        prompt_id=str(payload.get("prompt_id") or prompt_id),
        prompt_version=str(version) if version is not None else None,
        experiment_arm=payload.get("arm"),
        generation_id=payload.get("generation_id"),
        fallback_reasons=fallback_reasons,
    )
