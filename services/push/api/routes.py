"""HTTP routes: the device registry, /metrics and /healthz. Thin: translate, delegate to the registry."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated, Literal, TypeVar

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Response
from fastapi.responses import PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from schemas.events import Locale
from schemas.preferences import NotificationPreferences
from services.infra.api_errors import (
    ApiError,
    StoreUnavailableError,
    body_too_large,
    body_too_slow,
    install_error_handlers,
)
from services.infra.api_responses import ERRORS, PROMETHEUS_TEXT, Health, json_answer
from services.infra.body_limit import BodyLimits
from services.infra.health import DependencyHealth
from services.push.adapters.app_credentials import RedisAppCredentials
from services.push.adapters.device_registry import RedisDeviceRegistry, TokenOfAnotherAppError
from services.push.adapters.preferences import RedisPreferences
from services.push.domain.app_credentials import AccessDenied, Scope, authorize, bearer_token
from services.push.domain.devices import Device, MalformedTokenError, Platform, check_token
from services.push.instruments import PushMetrics

T = TypeVar("T")


def _unicode(value: str) -> str:
    # JSON may carry a lone surrogate ("\\ud800"): valid JSON, but no UTF-8 for Redis or the answer.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (no lone surrogates)") from None
    return value


Text = Annotated[str, AfterValidator(_unicode)]


class DeviceIn(BaseModel):
    """A device as an app registers it."""

    # strict: a number where a string belongs is a client bug, refused like the gateway refuses it
    model_config = ConfigDict(strict=True)

    user_id: Annotated[Text, Field(min_length=1, max_length=200)]
    platform: Literal["android", "ios", "web"]
    token: Annotated[Text, Field(min_length=1, max_length=4096)]
    locale: Annotated[Locale, Field(strict=False)]
    app_version: Annotated[Text, Field(max_length=50)] = ""


class PushHealth(Health):
    """Health, with the provider and the consumer's assigned partitions."""

    provider: str
    assigned_partitions: list[str]


class DeviceOut(BaseModel):
    user_id: str
    platform: str
    token: str
    locale: str
    app_version: str


def build_router(
    registry: RedisDeviceRegistry,
    credentials: RedisAppCredentials,
    metrics: PushMetrics,
    clock: Callable[[], datetime],
    health: Callable[[], dict[str, object]],
    registry_timeout_s: float = 2.0,
    dependencies: DependencyHealth | None = None,
    preferences: RedisPreferences | None = None,
) -> APIRouter:
    """The push service's routes over its registry and metrics; a registry call that takes longer than
    ``registry_timeout_s`` (Redis down or paused) is a 503 with Retry-After. The device routes need an app's
    bearer token with the route's scope, and see only the devices that app registered."""
    router = APIRouter()

    async def in_time(call: Awaitable[T]) -> T:
        try:
            async with asyncio.timeout(registry_timeout_s):
                return await call
        except TimeoutError:
            raise StoreUnavailableError(f"no answer from Redis within {registry_timeout_s} s") from None

    def app_with(scope: Scope) -> Callable[[str | None], Awaitable[str]]:
        async def calling_app(authorization: Annotated[str | None, Header()] = None) -> str:
            try:
                token = bearer_token(authorization)
                return authorize(await in_time(credentials.grant(token)), scope, clock())
            except AccessDenied as denied:
                kind = "authentication_error" if denied.status == 401 else "permission_error"
                raise ApiError(
                    denied.status, denied.message, kind, denied.code, headers={"WWW-Authenticate": "Bearer"}
                ) from None

        return calling_app

    # Defaults, not Annotated[...]: with postponed annotations FastAPI cannot see names local to this function.
    registering_app = Depends(app_with(Scope.REGISTER))
    reading_app = Depends(app_with(Scope.READ))
    deleting_app = Depends(app_with(Scope.DELETE))
    preferences_app = Depends(app_with(Scope.PREFERENCES))

    @router.post("/v1/devices", status_code=201, responses=ERRORS)
    async def register_device(device_in: DeviceIn, app_id: str = registering_app) -> DeviceOut:
        platform = Platform(device_in.platform)
        try:
            check_token(platform, device_in.token)
        except MalformedTokenError as error:
            raise ApiError(422, str(error), code="malformed_token") from None
        device = Device(
            user_id=device_in.user_id,
            platform=platform,
            token=device_in.token,
            locale=device_in.locale.value,
            app_version=device_in.app_version,
            app_id=app_id,
        )
        try:
            await in_time(registry.register(device, clock()))
        except TokenOfAnotherAppError as error:
            raise ApiError(409, str(error), code="token_of_another_app") from None
        return _out(device)

    @router.delete("/v1/devices/{token}", status_code=204, response_model=None, responses=ERRORS)
    async def delete_device(token: str, app_id: str = deleting_app) -> Response:
        # another app's device answers like an unknown one: an app learns nothing about the others
        if not await in_time(registry.remove(token, app_id)):
            raise ApiError(404, "no device with this token", code="device_not_found")
        return Response(status_code=204)

    @router.get("/v1/devices", responses=ERRORS)
    async def list_devices(
        user_id: Annotated[Text, Query(min_length=1, max_length=200)], app_id: str = reading_app
    ) -> list[DeviceOut]:
        stored = await in_time(registry.devices_of(user_id))
        mine = [_out(d) for d in stored if isinstance(d, Device) and d.app_id == app_id]
        if not mine:
            # the same answer whether the user is unknown or registered only by another app
            raise ApiError(404, "no devices of this user registered by this app", code="device_not_found")
        return mine

    @router.get("/v1/users/{user_id}/preferences", responses=ERRORS)
    async def get_preferences(user_id: str, app_id: str = preferences_app) -> NotificationPreferences:
        """The shopper's preferences; the defaults (everything on, the site's quiet hours) when none were set."""
        if preferences is None:
            raise ApiError(404, "preferences are not served here", code="not_found")
        return await in_time(preferences.get(user_id)) or NotificationPreferences()

    @router.put("/v1/users/{user_id}/preferences", responses=ERRORS)
    async def put_preferences(
        user_id: str, wanted: NotificationPreferences, app_id: str = preferences_app
    ) -> NotificationPreferences:
        """Replace the shopper's preferences; the pipeline reads them on its next decision for the shopper."""
        if preferences is None:
            raise ApiError(404, "preferences are not served here", code="not_found")
        if not user_id.strip() or len(user_id) > 200:
            raise ApiError(422, "invalid request: path.user_id: 1-200 characters", code="invalid_request")
        await in_time(preferences.put(user_id, wanted))
        return wanted

    @router.get("/metrics", response_class=PlainTextResponse, response_model=None, responses=PROMETHEUS_TEXT)
    async def prometheus_metrics() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @router.get("/healthz", response_model=None, responses={200: json_answer(PushHealth)})
    async def healthz() -> dict[str, object]:
        # degraded, naming Redis or the broker, while the API answers 503s and the consumer waits: still 200
        report = await dependencies.report() if dependencies is not None else {"status": "ok"}
        return {**report, **health()}

    return router


def _out(device: Device) -> DeviceOut:
    return DeviceOut(
        user_id=device.user_id,
        platform=device.platform.value,
        token=device.token,
        locale=device.locale,
        app_version=device.app_version,
    )


#: a device registration is a few hundred bytes; nothing the API accepts comes near this
MAX_BODY_BYTES = 64 * 1024


def create_app(router: APIRouter, body_timeout_s: float = 30.0) -> FastAPI:
    """The FastAPI app around ``router``; a body not complete within ``body_timeout_s`` is answered 408."""
    app = FastAPI(title="Pulso push", version="1")
    app.include_router(router)
    install_error_handlers(app, store="device registry")
    app.add_middleware(
        BodyLimits,
        limit=MAX_BODY_BYTES,
        too_large=body_too_large,
        timeout_s=body_timeout_s,
        too_slow=body_too_slow,
    )
    return app
