"""`pulso push apps …`: the admin commands that create, rotate, revoke and list the device API's app
credentials, straight in push's Redis (an operator's command, not an HTTP route: no credential can
mint credentials)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime, timedelta

from redis.exceptions import RedisError

from services.infra.durations import parse_duration
from services.infra.redis_client import open_redis
from services.push.adapters.app_credentials import AppExistsError, RedisAppCredentials, UnknownAppError
from services.push.domain.app_credentials import BadAppSpecError, Scope, parse_scopes

EXIT_FAILED = 1
EXIT_USAGE = 2


def add_arguments(apps: argparse.ArgumentParser, parser_class: type[argparse.ArgumentParser]) -> None:
    actions = apps.add_subparsers(dest="apps_action", required=True, parser_class=parser_class, metavar="ACTION")
    create = actions.add_parser("create", help="a new app and its token (printed once; only its hash is stored)")
    create.add_argument("app_id", help="e.g. mercado-app-android")
    create.add_argument("--scopes", default="register,read,delete", help="some of register,read,delete,preferences")
    create.add_argument("--expires-in", metavar="DURATION", help="e.g. 90d; default: until rotated or revoked")
    rotate = actions.add_parser("rotate", help="a new token for the app; the old ones end after --grace")
    rotate.add_argument("app_id")
    rotate.add_argument("--grace", default="0s", metavar="DURATION", help="old tokens keep working this long")
    rotate.add_argument("--expires-in", metavar="DURATION")
    revoke = actions.add_parser("revoke", help="remove the app and all its tokens at once")
    revoke.add_argument("app_id")
    actions.add_parser("list", help="apps, their scopes and how many tokens each has")


def issue_app_token(redis_url: str, app_id: str, now: datetime | None = None) -> str:
    """A token with every scope for ``app_id``: created, or rotated (old tokens end at once) when the app
    exists. What the demo launcher and tests use to call the device API as an app would."""

    async def issue() -> str:
        when = now or datetime.now(UTC)
        redis = open_redis(redis_url, max_connections=2)
        try:
            credentials = RedisAppCredentials(redis)
            try:
                return await credentials.create(app_id, frozenset(Scope), when, None)
            except AppExistsError:
                return await credentials.rotate(app_id, when, timedelta(0), None)
        finally:
            await redis.aclose()

    return asyncio.run(issue())


def _duration(text: str | None, flag: str) -> timedelta | None:
    if text is None:
        return None
    value = parse_duration(text)
    if value is None:
        raise BadAppSpecError(f"{flag} {text!r} is not a duration (90s, 30m, 2h, 7d)")
    return value


def run(args: argparse.Namespace, redis_url: str) -> int:
    """Run one `pulso push apps` action; the exit code."""
    try:
        return asyncio.run(_run(args, redis_url, datetime.now(UTC)))
    except (BadAppSpecError, AppExistsError, UnknownAppError) as error:
        print(f"pulso: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (RedisError, OSError) as error:
        print(f"pulso: push's Redis ({redis_url}) did not answer: {error}", file=sys.stderr)
        return EXIT_FAILED


async def _run(args: argparse.Namespace, redis_url: str, now: datetime) -> int:
    redis = open_redis(redis_url, max_connections=4)
    try:
        credentials = RedisAppCredentials(redis)
        if args.apps_action == "create":
            scopes = parse_scopes(args.scopes)
            token = await credentials.create(args.app_id, scopes, now, _duration(args.expires_in, "--expires-in"))
            print(token)
            print(f"app {args.app_id}: scopes {','.join(sorted(scopes))}; the token is shown only now", file=sys.stderr)
        elif args.apps_action == "rotate":
            grace = _duration(args.grace, "--grace") or timedelta(0)
            token = await credentials.rotate(args.app_id, now, grace, _duration(args.expires_in, "--expires-in"))
            print(token)
            print(f"app {args.app_id}: new token; the old ones end in {grace}", file=sys.stderr)
        elif args.apps_action == "revoke":
            removed = await credentials.revoke(args.app_id)
            print(f"app {args.app_id} revoked ({removed} token(s))")
        else:
            for app in await credentials.apps():
                print(
                    f"{app.app_id:<30} {','.join(sorted(app.scopes)):<22} tokens {app.tokens}  since {app.created_at}"
                )
        return 0
    finally:
        await redis.aclose()
