"""Push copy from the LLM gateway: ``POST {gateway}/v1/prompts/{prompt_id}/generate`` with the pipeline's key,
through pulso-client (clients/python).

Bounded concurrency and a deadline per call: a slow gateway costs at most the deadline, and the
caller falls back to template copy on CopyUnavailableError.
"""

from __future__ import annotations

import asyncio
from typing import Any

from pulso_client import APIConnectionError, APIStatusError, AsyncPulsoClient, PulsoError, RetryPolicy
from schemas import CopySource, Locale
from services.pipeline.domain.copywriting import Copy


class CopyUnavailableError(Exception):
    """The gateway gave no usable copy (no key, down, slow, over budget, or its answer failed checks)."""


class GatewayCopyClient:
    """Asks the gateway for push copy through pulso-client; never more than ``concurrency`` calls in flight."""

    def __init__(self, base_url: str, key: str | None, prompt_id: str, timeout_s: float, concurrency: int) -> None:
        self._base_url = base_url
        self._key = key
        self._prompt_id = prompt_id
        self._timeout_s = timeout_s
        self._slots = asyncio.Semaphore(concurrency)
        self._client: AsyncPulsoClient | None = None

    @property
    def enabled(self) -> bool:
        return bool(self._key)

    def _gateway(self, key: str) -> AsyncPulsoClient:
        if self._client is None:
            # no retries: the deadline is short and template copy is the fallback, so a failure is final
            self._client = AsyncPulsoClient(
                self._base_url, key, timeout_s=self._timeout_s, retry=RetryPolicy(max_retries=0)
            )
        return self._client

    async def generate(
        self, locale: Locale, variables: dict[str, Any], user_id: str, prompt_id: str | None = None
    ) -> Copy:
        """Copy for ``variables`` in ``locale`` from ``prompt_id`` (default: the client's); CopyUnavailableError
        on any failure or past the deadline."""
        prompt_id = prompt_id or self._prompt_id
        if not self._key:
            raise CopyUnavailableError("no gateway key configured (PULSO_PIPELINE_GATEWAY_KEY)")
        gateway = self._gateway(self._key)
        try:
            async with asyncio.timeout(self._timeout_s):
                async with self._slots:
                    generation = await gateway.generate(
                        prompt_id, variables=variables, locale=locale.value, user_id=user_id
                    )
        except TimeoutError:
            raise CopyUnavailableError(f"gateway did not answer within {self._timeout_s}s") from None
        except APIConnectionError as error:
            raise CopyUnavailableError(f"gateway unreachable: {error}") from None
        except APIStatusError as error:
            raise CopyUnavailableError(f"gateway answered {error.status}: {error.code or error.message}") from None
        except PulsoError as error:
            raise CopyUnavailableError(str(error)) from None
        return parse_generation(generation.raw, prompt_id)

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
