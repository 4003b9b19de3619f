"""Prompt files on disk: load prompts/<id>/*.yaml into the registry, and reload them without a restart.

Reloading is cheap: a request asks ``refresh()``, which at most once per ``min_interval_s``
stats the files and re-reads them only when a file's mtime, size or name changed. A file that
fails to parse, or that changes a published version, is logged and counted; what was already
published keeps serving. A file removed from disk does not unpublish its version (published
versions are immutable and may still be pinned by callers).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import redis.asyncio as aioredis
import yaml
from redis.exceptions import RedisError

from services.gateway.domain.prompt_registry import (
    ImmutableVersionError,
    PromptDocumentError,
    PromptRegistry,
    Rejection,
    parse_experiment,
    parse_prompt_document,
)

log = logging.getLogger(__name__)

EXPERIMENT_FILE = "experiment.yaml"


@dataclass(frozen=True)
class ReloadReport:
    """What one reload did."""

    published: tuple[str, ...] = ()
    rejected: tuple[Rejection, ...] = ()


@dataclass
class PromptFiles:
    """The registry as the files in ``root`` define it, re-read when they change."""

    root: Path
    min_interval_s: float = 1.0
    clock: Callable[[], float] = time.monotonic
    #: called with each rejection's kind ("invalid", "immutable_version_changed"), e.g. to count it
    on_rejection: Callable[[str], None] | None = None
    registry: PromptRegistry = field(default_factory=PromptRegistry)
    #: problems found by the latest reload that are still on disk (shown by GET /v1/prompts)
    problems: tuple[Rejection, ...] = ()
    _signature: tuple[tuple[str, int, int], ...] | None = None
    _checked_at: float | None = None

    def _files(self) -> list[Path]:
        if not self.root.is_dir():
            return []
        return sorted(path for pattern in ("*/*.yaml", "*/*.yml") for path in self.root.glob(pattern))

    def _current_signature(self) -> tuple[tuple[str, int, int], ...]:
        signature = []
        for path in self._files():
            try:
                stat = path.stat()
            except FileNotFoundError:  # removed between glob and stat: the next check sees it gone
                continue
            signature.append((str(path), stat.st_mtime_ns, stat.st_size))
        return tuple(signature)

    def refresh(self, force: bool = False) -> ReloadReport | None:
        """Re-read the files if any changed (checked at most once per interval); None when nothing changed."""
        now = self.clock()
        if not force and self._checked_at is not None and now - self._checked_at < self.min_interval_s:
            return None
        self._checked_at = now
        signature = self._current_signature()
        if not force and signature == self._signature:
            return None
        self._signature = signature
        return self._load()

    def _load(self) -> ReloadReport:
        published: list[str] = []
        rejected: list[Rejection] = []
        if not self.root.is_dir():
            rejected.append(Rejection(source=str(self.root), reason="invalid: the prompts folder does not exist"))
        experiments = {}
        for path in self._files():
            source = str(path.relative_to(self.root)) if path.is_relative_to(self.root) else str(path)
            try:
                document = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
                rejected.append(Rejection(source=source, reason=f"invalid: cannot read YAML: {error}"))
                continue
            try:
                if path.name == EXPERIMENT_FILE:
                    prompt_id = str((document or {}).get("prompt_id") or path.parent.name)
                    experiments[prompt_id] = parse_experiment(document, source)
                    continue
                version = parse_prompt_document(document, source)
                if self.registry.publish(version):
                    published.append(f"{version.prompt_id}@{version.version}")
            except PromptDocumentError as error:
                rejected.append(Rejection(source=source, reason=f"invalid: {error}"))
            except ImmutableVersionError as error:
                rejected.append(
                    Rejection(
                        source=source,
                        reason=f"immutable_version_changed: {error}",
                        prompt_id=version.prompt_id,
                        version=version.version,
                    )
                )
        self.registry.experiments = experiments
        for rejection in rejected:
            kind = rejection.reason.split(":", 1)[0]
            log.error("prompt file refused: %s", rejection.reason, extra={"reason": kind})
            if self.on_rejection is not None:
                self.on_rejection(kind)
        if published:
            log.info("prompts published: %s", ", ".join(published))
        self.problems = tuple(rejected)
        return ReloadReport(published=tuple(published), rejected=tuple(rejected))


LEDGER_KEY = "pulso:gw:prompts:published"


class RedisPromptLedger:
    """Published versions recorded in Redis, so immutability holds across restarts and replicas.

    The first content any gateway process publishes for (id, version) is recorded with its hash
    and document (HSETNX: first writer wins). A file that later disagrees is refused, and the
    recorded document keeps serving, even in a process that never saw the original file.
    """

    def __init__(self, redis: aioredis.Redis, key: str = LEDGER_KEY) -> None:
        self._redis = redis
        self._key = key

    async def reconcile(self, files: PromptFiles, report: ReloadReport) -> ReloadReport:
        """Record the versions this reload published; put back recorded content where a file changed it."""
        rejected = list(report.rejected)
        kept: list[str] = []
        for name in report.published:
            prompt_id, _, number = name.partition("@")
            version = files.registry.get(prompt_id, number)
            entry = json.dumps(
                {"content_hash": version.content_hash, "document": version.document, "source": version.source},
                ensure_ascii=False,
                default=str,
            )
            if await self._redis.hsetnx(self._key, name, entry):
                kept.append(name)
                continue
            recorded = json.loads(str(await self._redis.hget(self._key, name)))
            if recorded["content_hash"] == version.content_hash:
                kept.append(name)
                continue
            files.registry.restore(parse_prompt_document(recorded["document"], f"ledger:{name}"))
            rejection = Rejection(
                source=version.source,
                reason=(
                    f"immutable_version_changed: {prompt_id} v{number} was published with {recorded['content_hash']}; "
                    f"{version.source} has {version.content_hash}. Publish a new version instead."
                ),
                prompt_id=prompt_id,
                version=number,
            )
            log.error("prompt file refused: %s", rejection.reason, extra={"reason": "immutable_version_changed"})
            if files.on_rejection is not None:
                files.on_rejection("immutable_version_changed")
            rejected.append(rejection)
        files.problems = tuple(rejected)
        return ReloadReport(published=tuple(kept), rejected=tuple(rejected))


@dataclass
class PromptCatalog:
    """The prompt files plus the optional Redis ledger: what the routes read prompts from."""

    files: PromptFiles
    ledger: RedisPromptLedger | None = None

    @property
    def registry(self) -> PromptRegistry:
        return self.files.registry

    @property
    def problems(self) -> tuple[Rejection, ...]:
        return self.files.problems

    async def refresh(self, force: bool = False) -> ReloadReport | None:
        """Re-read changed files (throttled) and reconcile new versions with the ledger."""
        report = self.files.refresh(force)
        if report is None or self.ledger is None:
            return report
        try:
            return await self.ledger.reconcile(self.files, report)
        except RedisError as error:
            # Files still serve; immutability across restarts is checked again on the next forced reload.
            log.error("prompt ledger unreachable: %s", error, extra={"reason": "redis"})
            return report
