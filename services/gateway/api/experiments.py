"""``GET /v1/experiments/{prompt_id}``: per arm generations, opens, clicks, CTR (95% Wilson interval), cost per click.

A virtual key sees its own tenant's results (``?tenant=`` naming another is a 403, as on /v1/usage); the
master key names a tenant with ``?tenant=``.
"""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse

from services.gateway.api.deps import key_or_master, tenant_scope
from services.gateway.api.errors import GatewayError
from services.gateway.api.prompts import Services
from services.gateway.api.responses import ERRORS, ExperimentReport, json_answer
from services.gateway.domain.experiments import arm_report, compare_arms
from services.gateway.domain.keys import VirtualKey
from services.gateway.domain.prompt_registry import UnknownPromptError

router = APIRouter()


@router.get(
    "/v1/experiments/{prompt_id}", response_model=None, responses={200: json_answer(ExperimentReport), **ERRORS}
)
async def get_experiment(
    prompt_id: str,
    services: Services,
    key: Annotated[VirtualKey | None, Depends(key_or_master)],
    tenant: Annotated[str | None, Query(max_length=100)] = None,
    history_limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> JSONResponse:
    """Results per arm (and per version served outside the experiment, as arm "none")."""
    if key is None and tenant is None:
        raise GatewayError(
            400, "with the master key, name the tenant: ?tenant=...", "invalid_request_error", "tenant_required"
        )
    scope = str(tenant_scope(key, tenant))
    if key is not None and not key.may_use_prompt(prompt_id):
        raise GatewayError(403, f"this key may not use prompt `{prompt_id}`", "permission_error", "prompt_not_allowed")
    await services.catalog.refresh()
    try:
        experiment = services.catalog.registry.experiment(prompt_id)
    except UnknownPromptError as error:
        raise GatewayError(404, str(error), "invalid_request_error", "prompt_not_found") from None
    counts = await services.feedback.arm_counts(scope, prompt_id)
    arms = [arm_report(c) for c in counts]
    comparison = None
    if experiment is not None and len(experiment.arms) >= 2:
        arm_versions = {arm.name: arm.version for arm in experiment.arms}
        by_arm = {c.arm: c for c in counts if arm_versions.get(c.arm) == c.version}
        control, treatment = experiment.arms[0].name, experiment.arms[1].name
        if control in by_arm and treatment in by_arm:
            comparison = compare_arms(by_arm[control], by_arm[treatment])
    adaptive = None
    if experiment is not None and experiment.adaptive is not None:
        history = await services.allocator.history(scope, prompt_id, limit=history_limit)
        adaptive = {
            "current": history[-1].to_dict() if history else None,
            "history": [record.to_dict() for record in history],
            "served_by_day": await services.allocator.served_by_day(scope, prompt_id, experiment, time.time()),
        }
    return JSONResponse(
        {
            "prompt_id": prompt_id,
            "tenant": scope,
            "experiment": experiment.to_dict() if experiment else None,
            "arms": arms,
            "comparison": comparison,
            "adaptive": adaptive,
            "definitions": {
                "ctr": "generations with at least one click / generations",
                "open_rate": "generations with at least one open / generations",
                "click_to_open": "generations clicked / generations opened",
                "interval": "95% Wilson score interval",
                "cost_per_click_usd": "USD spent on the arm's generations / clicks",
                "adaptive.history": "the share of new assignments each arm got per recompute epoch, oldest first",
                "adaptive.served_by_day": "generations each arm's version served per UTC day, and their shares",
                "adaptive.p_best": "posterior probability that the arm has the best CTR (before floor and guardrail)",
            },
        }
    )
