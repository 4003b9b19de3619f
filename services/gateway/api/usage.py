"""``GET /v1/usage``: tokens, requests and cost per bucket, tenant, use case, model and prompt version; and
``quality``: per prompt version and day, the gate pass rate, the judge's verdicts and the feedback (CTR).

A virtual key sees only its own tenant; the master key sees every tenant.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request

from services.gateway.adapters.redis_quality import QualityQuery, RedisQualityReader
from services.gateway.adapters.redis_usage import METRICS, UsageQuery, UsageReader, UsageRecorder
from services.gateway.api.deps import key_or_master, tenant_scope
from services.gateway.api.errors import GatewayError
from services.gateway.api.responses import ERRORS, UsageReport, json_answer
from services.gateway.domain.keys import VirtualKey

router = APIRouter()

DEFAULT_RANGE_S = 7 * 86_400


def _epoch(value: str | None, default: float, name: str) -> float:
    if value is None:
        return default
    try:
        if value.replace(".", "", 1).isdigit():
            epoch = float(value)
            # a time the calendar holds (years 1 to 9999): the answer names days, and 1e400 is infinity
            datetime.fromtimestamp(epoch, UTC)
            return epoch
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC).timestamp()
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
    except (ValueError, OverflowError, OSError):
        raise GatewayError(
            400,
            f"`{name}` must be an epoch second, a date or an ISO 8601 time, within the years 1 to 9999",
            "invalid_request_error",
            "invalid_time",
        ) from None


@router.get("/v1/usage", response_model=None, responses={200: json_answer(UsageReport), **ERRORS})
async def usage(
    request: Request,
    caller: Annotated[VirtualKey | None, Depends(key_or_master)],
    start: str | None = None,
    end: str | None = None,
    bucket: Annotated[Literal["hour", "day"], Query()] = "day",
    tenant: str | None = None,
    use_case: str | None = None,
    model: str | None = None,
    prompt_id: str | None = None,
    prompt_version: str | None = None,
) -> dict[str, Any]:
    """Usage rows and totals for the time range (default: the last 7 days)."""
    tenant = tenant_scope(caller, tenant)
    now = time.time()
    end_s = _epoch(end, now, "end")
    start_s = _epoch(start, end_s - DEFAULT_RANGE_S, "start")
    if start_s > end_s:
        raise GatewayError(400, "`start` is after `end`", "invalid_request_error", "invalid_time")
    recorder: UsageRecorder = request.app.state.usage_recorder
    await recorder.flush()  # this replica's pending events, so a caller reads its own writes
    reader: UsageReader = request.app.state.usage_reader
    rows = await reader.query(
        UsageQuery(
            start_epoch_s=start_s,
            end_epoch_s=end_s,
            bucket=bucket,
            tenant=tenant,
            use_case=use_case,
            model=model,
            prompt_id=prompt_id,
            prompt_version=prompt_version,
        )
    )
    totals: dict[str, float] = {}
    for row in rows:
        for metric in METRICS:
            totals[metric] = totals.get(metric, 0) + row[metric]
        totals["cost_usd"] = round(totals["cost_usd"], 10)
    quality: RedisQualityReader = request.app.state.quality_reader
    quality_rows = await quality.rows(
        QualityQuery(
            start_day=datetime.fromtimestamp(start_s, UTC).date(),
            end_day=datetime.fromtimestamp(end_s, UTC).date(),
            tenant=tenant,
            prompt_id=prompt_id,
            prompt_version=prompt_version,
        )
    )
    return {
        "object": "usage",
        "start": int(start_s),
        "end": int(end_s),
        "bucket": bucket,
        "data": rows,
        "totals": totals,
        "quality": quality_rows,
    }
