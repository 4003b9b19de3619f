"""HTTP routes: the device registry, /metrics and /healthz. Thin: translate, delegate to the registry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, Field

from schemas.events import Locale
from services.push.adapters.device_registry import RedisDeviceRegistry
from services.push.domain.devices import Device, MalformedTokenError, Platform, check_token
from services.push.instruments import PushMetrics


class DeviceIn(BaseModel):
    """A device as an app registers it."""

    user_id: Annotated[str, Field(min_length=1, max_length=200)]
    platform: Literal["android", "ios", "web"]
    token: Annotated[str, Field(min_length=1, max_length=4096)]
    locale: Locale
    app_version: Annotated[str, Field(max_length=50)] = ""


class DeviceOut(BaseModel):
    user_id: str
    platform: str
    token: str
    locale: str
    app_version: str


def build_router(
    registry: RedisDeviceRegistry,
    metrics: PushMetrics,
    clock: Callable[[], datetime],
    health: Callable[[], dict[str, object]],
) -> APIRouter:
    """The push service's routes over its registry and metrics."""
    router = APIRouter()

    @router.post("/v1/devices", status_code=201)
    async def register_device(device_in: DeviceIn) -> DeviceOut:
        platform = Platform(device_in.platform)
        try:
            check_token(platform, device_in.token)
        except MalformedTokenError as error:
            raise HTTPException(status_code=422, detail=str(error)) from None
        device = Device(
            user_id=device_in.user_id,
            platform=platform,
            token=device_in.token,
            locale=device_in.locale.value,
            app_version=device_in.app_version,
        )
        await registry.register(device, clock())
        return _out(device)

    @router.delete("/v1/devices/{token}", status_code=204)
    async def delete_device(token: str) -> Response:
        if not await registry.remove(token):
            raise HTTPException(status_code=404, detail="no device with this token")
        return Response(status_code=204)

    @router.get("/v1/devices")
    async def list_devices(user_id: Annotated[str, Query(min_length=1)]) -> list[DeviceOut]:
        return [_out(d) for d in await registry.devices_of(user_id) if isinstance(d, Device)]

    @router.get("/metrics")
    async def prometheus_metrics() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @router.get("/healthz")
    async def healthz() -> dict[str, object]:
        return {"status": "ok", **health()}

    return router


def _out(device: Device) -> DeviceOut:
    return DeviceOut(
        user_id=device.user_id,
        platform=device.platform.value,
        token=device.token,
        locale=device.locale,
        app_version=device.app_version,
    )


def create_app(router: APIRouter) -> FastAPI:
    """The FastAPI app around ``router``."""
    app = FastAPI(title="Pulso push", version="1")
    app.include_router(router)

    @app.exception_handler(ConnectionError)
    async def redis_down(_request: Request, error: ConnectionError) -> Response:
        return Response(status_code=503, content=f"device registry unavailable: {error}")

    return app
