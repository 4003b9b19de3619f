"""`pulso`: start the stack, manage topics, run a service, run the demo.

Exit codes: 0 success, 1 a component or service failed, 2 bad usage or settings, 141 (128 + SIGPIPE) its output
was closed before it finished writing (`pulso topics | head`), quietly, as git and coreutils end there.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

import httpx
from redis.exceptions import RedisError

from services.infra.logging import configure_logging
from services.infra.settings import ENV_PREFIX, SettingsError, check_production, load_settings
from services.infra.tcp_ports import PortBusyError, port_open
from services.infra.topics import TOPIC_NAME_RULE, TopicSetupError, ensure_topics, is_topic_name, list_topics
from services.matching.eval_command import add_matching_arguments, run_matching_eval
from services.push import app_admin
from services.stack.embedded import ComponentStartError
from services.stack.eval_command import add_copy_arguments, run_copy_eval
from services.stack.processes import terminate_group
from services.stack.settings import StackSettings
from services.stack.system import (
    PLAYGROUND_LIMITS,
    PLAYGROUND_TENANT,
    SERVICE_ORDER,
    ServiceStartError,
    create_playground_key,
    create_virtual_key,
    service_addresses,
    service_addresses_env,
    start_components,
    start_system,
    write_stack_file,
)

EXIT_FAILED = 1
EXIT_USAGE = 2
#: stdout closed early by its reader: the status a shell reports for git or coreutils killed by SIGPIPE there
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE


class _Parser(argparse.ArgumentParser):
    """argparse already exits 2 on bad usage; this adds the hint to use --help."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\nTry '{self.prog} --help'.\n")


def _raise_keyboard_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def cmd_stack_up(settings: StackSettings) -> int:
    stack_file = settings.stack_dir / "stack.json"
    if stack_file.exists() and _alive_pids(stack_file):
        print(f"the stack is already up ({stack_file}); `pulso stack down` stops it")
        return 0
    components = start_components(settings, settings.stack_dir / "logs", detached=True)
    write_stack_file(stack_file, components)
    for component in components:
        print(f"{component.name}: {component.host}:{component.port} (pid {component.process.pid})")
    print(f"topics ready on {settings.kafka_bootstrap}; `pulso stack down` stops the stack")
    return 0


def _alive_pids(stack_file: Path) -> list[int]:
    alive = []
    for entry in json.loads(stack_file.read_text() or "[]"):
        try:
            os.kill(int(entry["pid"]), 0)
            alive.append(int(entry["pid"]))
        except (ProcessLookupError, PermissionError):
            continue
    return alive


def cmd_stack_down(settings: StackSettings) -> int:
    stack_file = settings.stack_dir / "stack.json"
    if not stack_file.exists():
        print("no stack started by `pulso stack up` here; nothing to stop")
        return 0
    for pid in _alive_pids(stack_file):
        terminate_group(pid)
        print(f"stopped pid {pid}")
    stack_file.unlink()
    return 0


def cmd_stack_status(settings: StackSettings) -> int:
    kafka_host, kafka_port = settings.kafka_host_port
    redis_host, redis_port = settings.redis_host_port
    rows = [("kafka", kafka_host, kafka_port), ("redis", redis_host, redis_port)]
    if settings.embedded_embeddings:
        rows.append(("embeddings", "127.0.0.1", settings.embedded_embeddings_port))
    rows += [(a.name, a.host, a.port) for a in service_addresses(settings)]
    if settings.local_model:
        rows.append(("model", settings.local_model_host, settings.local_model_port))
    all_up = True
    for name, host, port in rows:
        up = port_open(host, port)
        all_up &= up
        print(f"{name:<10} {host}:{port:<6} {'up' if up else 'down'}")
    return 0 if all_up else EXIT_FAILED


def cmd_topics(settings: StackSettings) -> int:
    results = ensure_topics(settings.kafka_bootstrap, settings.topic_partitions)
    partitions = list_topics(settings.kafka_bootstrap)
    for result in results:
        state = "created" if result.created else "exists"
        print(f"{result.name:<22} {partitions.get(result.name, '?'):>3} partitions  {state}")
    return 0


def cmd_keys_create(settings: StackSettings, tenant: str, use_case: str) -> int:
    master_key = settings.gateway_master_key.get_secret_value() if settings.gateway_master_key else ""
    if not master_key:
        print(
            "pulso: set PULSO_GATEWAY_MASTER_KEY to the gateway's master key (`make run` / `pulso demo` generate one "
            "and show it nowhere unless it is set before they start)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    gateway_url = f"http://{settings.gateway_host}:{settings.gateway_port}"
    try:
        print(create_virtual_key(gateway_url, master_key, tenant=tenant, use_case=use_case))
    except httpx.TransportError as error:
        print(f"pulso: cannot reach the gateway at {gateway_url} ({error}); is it running?", file=sys.stderr)
        return EXIT_FAILED
    return 0


def cmd_dlq_replay(settings: StackSettings, args: argparse.Namespace) -> int:
    import redis as redis_sync

    from services.stack import dlq_replay

    now = datetime.now(UTC)
    try:
        if not is_topic_name(args.dlq_topic):
            raise dlq_replay.ReplayError(f"DLQ {args.dlq_topic!r} is not a Kafka topic name ({TOPIC_NAME_RULE})")
        if args.to is not None and not is_topic_name(args.to):
            # an empty --to must not fall back to the topic the dead letters name
            raise dlq_replay.ReplayError(f"--to {args.to!r} is not a Kafka topic name ({TOPIC_NAME_RULE})")
        choice = dlq_replay.ReplayChoice(
            since=dlq_replay.parse_since(args.since, now) if args.since else None, reason=args.reason, force=args.force
        )
        client = redis_sync.Redis.from_url(settings.redis_url, decode_responses=True, socket_timeout=5)
        try:
            report = dlq_replay.replay(
                settings.kafka_bootstrap, client, args.dlq_topic, args.to, choice, dry_run=args.dry_run, now=now
            )
        finally:
            client.close()
    except dlq_replay.ReplayError as error:
        print(f"pulso: {error}", file=sys.stderr)
        return EXIT_USAGE
    except dlq_replay.ReplayPublishError as error:
        print(f"pulso: {error}", file=sys.stderr)
        return EXIT_FAILED
    except RedisError as error:
        print(f"pulso: the replay ledger in Redis ({settings.redis_url}) did not answer: {error}", file=sys.stderr)
        return EXIT_FAILED
    print("\n".join(dlq_replay.summary(report, args.dlq_topic)))
    return 0


def cmd_run(settings: StackSettings, service: str) -> int:
    if settings.env != "production":
        # Next to `pulso stack up` with moved ports (PULSO_EMBEDDED_KAFKA_PORT, PULSO_GATEWAY_PORT, ...) the service
        # must find the broker, redis-server and the other services where the launcher put them, as `pulso demo`'s
        # services do, not at the default ports another stack may hold. What is set explicitly wins. Production sets
        # every address itself, and its checks must still see what is left unset.
        for name, value in service_addresses_env(settings).items():
            os.environ.setdefault(name, value)
    module = importlib.import_module(f"services.{service}.main")
    module.main()
    return 0


def demo_pipeline_policy(settings: StackSettings) -> tuple[dict[str, float | int], dict[str, str]]:
    """The pipeline policy of `pulso demo` (every PipelineSettings field it sets, with its value) and the variables
    that give it to the pipeline it starts. A demo must show pushes in every site now, whatever the hour there:
    quiet hours off, a short gap, a short cart abandonment. What the environment sets for the pipeline
    (PULSO_PIPELINE_*, read through its own settings class) wins and is passed on as it is."""
    from services.pipeline.settings import PipelineSettings

    demo: dict[str, float | int] = {
        "pipeline_cart_abandon_after_s": settings.demo_cart_abandon_after_s,
        "pipeline_quiet_start_hour": 0,
        "pipeline_quiet_end_hour": 0,
        "pipeline_min_gap_s": 120,
        "pipeline_daily_cap": 10,
    }
    pipeline = load_settings(PipelineSettings)
    given = pipeline.model_fields_set
    policy = {name: getattr(pipeline, name) if name in given else value for name, value in demo.items()}
    return policy, {f"{ENV_PREFIX}{name.upper()}": str(value) for name, value in demo.items() if name not in given}


def cmd_demo(settings: StackSettings, duration_s: float | None) -> int:
    from services.pipeline.settings import PipelineSettings
    from services.stack import demo

    print("Pulso demo: starting the embedded broker, redis-server, embeddings server and the services…", flush=True)
    policy, demo_policy = demo_pipeline_policy(settings)
    start, end = policy["pipeline_quiet_start_hour"], policy["pipeline_quiet_end_hour"]
    quiet = "off" if start == end else f"{start}–{end} h local"
    defaults = {name: field.default for name, field in PipelineSettings.model_fields.items()}
    print(
        f"demo policy: cart abandoned after {policy['pipeline_cart_abandon_after_s']}s, quiet hours {quiet}, "
        f"min gap {policy['pipeline_min_gap_s']}s, cap {policy['pipeline_daily_cap']}/day "
        f"(defaults: {defaults['pipeline_cart_abandon_after_s']}s, quiet {defaults['pipeline_quiet_start_hour']}–"
        f"{defaults['pipeline_quiet_end_hour']} h local, gap {defaults['pipeline_min_gap_s']}s, "
        f"cap {defaults['pipeline_daily_cap']}/day)",
        flush=True,
    )
    system = start_system(settings, extra_env=demo_policy)
    feed: demo.InteractionFeed | None = None
    try:
        if system.local_model_url:
            print(
                f"local model: SmolLM2-135M-Instruct at {system.local_model_url} writes push copy; the gateway's "
                "checks replace copy that fails them with template copy, and each push below says which",
                flush=True,
            )
        else:
            print(f"local model: {system.local_model_note}", flush=True)
        users = demo.demo_users(settings.demo_users_per_site)
        products = demo.catalog_for_demo(settings.demo_seed)
        demo.seed_demo(settings.redis_url, users, products)
        demo.publish_catalog(settings.kafka_bootstrap, products)
        demo.register_devices(system.push_url, users, app_admin.issue_app_token(settings.redis_url, demo.DEMO_APP_ID))
        names = {user.user_id: user.first_name for user in users}
        playground_key = create_playground_key(system.gateway_url, system.env["PULSO_GATEWAY_MASTER_KEY"])
        print(
            f"playground key (tenant {PLAYGROUND_TENANT}, ${PLAYGROUND_LIMITS['budget_day_usd']:g}/day, "
            f"{PLAYGROUND_LIMITS['rpm']} requests/min): {playground_key} — paste it at "
            f"http://{settings.gateway_host}:{settings.gateway_port}/playground",
            flush=True,
        )
        print(
            f"ready: gateway http://{settings.gateway_host}:{settings.gateway_port}/playground · "
            f"landing http://{settings.landing_host}:{settings.landing_port} · "
            f"push http://{settings.push_host}:{settings.push_port} · "
            f"pipeline http://{settings.pipeline_web_host}:{settings.pipeline_web_port} · "
            f"matching http://{settings.matching_host}:{settings.matching_port}/health\n"
            f"catalog: {len(products)} products on MLA, MLM, MLB · shoppers: {len(users)} · logs: "
            f"{settings.stack_dir / 'logs'}\nstreaming interactions to interactions.v1 (Ctrl-C stops everything)…",
            flush=True,
        )
        feed = demo.InteractionFeed(
            settings.kafka_bootstrap,
            demo.shopping_sessions(users, products, settings.demo_seed),
            settings.demo_events_per_second,
        )
        feed.send_due(burst=len(users) * 5)
        feed.send_malformed()
        print(
            "sent one malformed event: it goes to interactions.dlq with the reason; the stream goes on",
            flush=True,
        )
        tail = demo.SinkTail(system.sink_path)
        started = time.monotonic()
        delivered = 0
        while duration_s is None or time.monotonic() - started < duration_s:
            crashed = system.crashed_service()
            if crashed:
                name, process = crashed
                print(f"\n{name} stopped unexpectedly; its log ({process.log_path}):\n{process.log_tail(30)}")
                return EXIT_FAILED
            feed.send_due()
            for delivery in tail.new_deliveries():
                delivered += 1
                print(demo.describe_delivery(delivery, names), flush=True)
            time.sleep(0.2)
        print(f"\ndemo finished: {feed.sent} interactions sent, {delivered} pushes delivered")
        return 0
    except KeyboardInterrupt:
        print("\nstopping…", flush=True)
        return 0
    finally:
        if feed is not None:
            feed.close()
        system.stop()
        print("all Pulso processes stopped", flush=True)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pulso", description="Pulso: event-driven, LLM-written recommendation notifications.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    stack = commands.add_parser("stack", help="the embedded Tansu broker and redis-server")
    stack_commands = stack.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    stack_commands.add_parser("up", help="start the embedded broker and redis-server in the background, create topics")
    stack_commands.add_parser("down", help="stop what `pulso stack up` started")
    stack_commands.add_parser("status", help="which parts answer on their ports (exit 1 when any is down)")

    commands.add_parser("topics", help="create Pulso's topics (idempotent) and list them")

    keys = commands.add_parser("keys", help="gateway virtual keys (needs PULSO_GATEWAY_MASTER_KEY)")
    keys_commands = keys.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    create = keys_commands.add_parser("create", help="create a virtual key and print it (shown only once)")
    create.add_argument("--tenant", required=True, help="the team that owns the key, e.g. recommendations")
    create.add_argument("--use-case", required=True, help="what the key is for, e.g. push_copy")

    dlq = commands.add_parser("dlq", help="dead-letter topics")
    dlq_commands = dlq.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    replay = dlq_commands.add_parser(
        "replay",
        help="re-publish dead letters to the topic they came from, as their source-topic header says (once each "
        "unless --force)",
    )
    replay.add_argument("dlq_topic", metavar="DLQ", help="a dead-letter topic: interactions.dlq, push.dlq, catalog.dlq")
    replay.add_argument("--since", help="only dead letters written since: RFC 3339 time or a duration (30m, 2h, 7d)")
    replay.add_argument("--reason", help="only dead letters with this error reason, e.g. retries_exhausted")
    replay.add_argument("--dry-run", action="store_true", help="list what would be replayed; publish nothing")
    replay.add_argument("--force", action="store_true", help="replay records that were replayed before")
    replay.add_argument(
        "--to", help="the topic to re-publish to (default: the one the dead letters' source-topic header names)"
    )

    push = commands.add_parser("push", help="the push service's admin commands")
    push_commands = push.add_subparsers(dest="action", required=True, parser_class=_Parser, metavar="ACTION")
    app_admin.add_arguments(
        push_commands.add_parser("apps", help="app credentials of the device API (bearer tokens, stored hashed)"),
        _Parser,
    )

    run = commands.add_parser("run", help="run one service in the foreground")
    run.add_argument("service", choices=SERVICE_ORDER)

    evaluate = commands.add_parser("eval", help="evaluations on labeled sets (bare `pulso eval` = `pulso eval copy`)")
    add_copy_arguments(evaluate)
    eval_kinds = evaluate.add_subparsers(dest="eval_kind", required=False, parser_class=_Parser, metavar="KIND")
    add_copy_arguments(
        eval_kinds.add_parser("copy", help="the push-copy gate on a labeled set (check-only) or a prompt's generations")
    )
    add_matching_arguments(
        eval_kinds.add_parser("matching", help="product matching: candidates recall@k and each pipeline version")
    )

    demo = commands.add_parser("demo", help="start everything and stream the built-in demo (what `make run` does)")
    demo.add_argument("--duration", type=float, default=None, metavar="SECONDS", help="stop after this long")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(StackSettings)
    except SettingsError as error:
        print(f"pulso: {error}", file=sys.stderr)
        return EXIT_USAGE
    configure_logging(settings.log_level, settings.log_format)
    logging.getLogger("pulso.stack").setLevel(logging.INFO)
    signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
    try:
        if args.command == "stack":
            if args.action == "up":
                check_production(settings)  # what the launcher starts; `run` and the admin commands start nothing
            return {"up": cmd_stack_up, "down": cmd_stack_down, "status": cmd_stack_status}[args.action](settings)
        if args.command == "topics":
            return cmd_topics(settings)
        if args.command == "run":
            return cmd_run(settings, args.service)
        if args.command == "push":
            return app_admin.run(args, settings.redis_url)
        if args.command == "dlq":
            return cmd_dlq_replay(settings, args)
        if args.command == "keys":
            return cmd_keys_create(settings, args.tenant, args.use_case)
        if args.command == "eval":
            if getattr(args, "eval_kind", None) == "matching":
                return run_matching_eval(args, settings.matching_gateway_key)
            return run_copy_eval(args, f"http://{settings.gateway_host}:{settings.gateway_port}", settings.gateway_key)
        check_production(settings)
        return cmd_demo(settings, args.duration)
    except PortBusyError as error:
        print(f"pulso: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (ComponentStartError, ServiceStartError, TopicSetupError) as error:
        print(f"pulso: {error}", file=sys.stderr)
        return EXIT_FAILED
    except SettingsError as error:
        print(f"pulso: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 0


def entrypoint() -> None:
    """The `pulso` console script. A reader that stops early (`pulso topics | head`) ends it quietly with
    EXIT_BROKEN_PIPE, not a traceback: Python ignores SIGPIPE, so a write to the closed pipe raises instead."""
    try:
        try:
            code = main()
        finally:
            # what is still buffered (`--help` too, which exits inside main) fails here, not at exit out of reach
            sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout once more at exit; pointed at devnull, that flush has nowhere to fail
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        sys.exit(EXIT_BROKEN_PIPE)
    sys.exit(code)


if __name__ == "__main__":
    entrypoint()
