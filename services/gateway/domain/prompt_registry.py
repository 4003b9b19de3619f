"""The prompt registry: versioned prompt documents, their immutability, experiments, and sandboxed rendering.

Pure: documents come in as parsed YAML (mappings) and leave as rendered chat messages; reading
files and watching them for changes is ``adapters/prompt_files.py``. A published version is
immutable: its content hash is recorded the first time it is seen, and a document that claims
the same version with different content is refused while the first one stays in service.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from schemas import Locale
from services.gateway.domain.adaptive_experiments import AdaptivePolicy, arm_for_point, user_point
from services.gateway.domain.chat_params import OPENAI_CHAT_FIELDS
from services.gateway.domain.output_checks import BENEFITS_RULES
from services.infra.copy_text import PRODUCT_NAME_MAX, in_sentence, join_list, shorten_title
from services.infra.money import MoneyStyle, format_money

#: what a prompt version's ``parameters`` may set: OpenAI's chat parameters, less what the request itself fixes
PROMPT_PARAMETERS = OPENAI_CHAT_FIELDS - {"model", "messages", "stream", "stream_options"}

#: locales a prompt may define variants for (the marketplace sites, plus English for developers)
KNOWN_LOCALES: tuple[str, ...] = ("es-AR", "es-MX", "pt-BR", "en")

_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_VERSION_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$")
_ARM_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,15}$")


class PromptDocumentError(Exception):
    """A prompt or experiment document is malformed; the message names the file and the field."""


class ImmutableVersionError(Exception):
    """A document changes the content of a version that is already published."""


class UnknownPromptError(Exception):
    """No prompt (or no such version of it) is registered."""


class UnsupportedLocaleError(Exception):
    """The prompt version has no variant for the requested locale."""


class MissingVariableError(Exception):
    """A template referenced a variable the caller did not pass."""

    def __init__(self, variable: str, template: str) -> None:
        super().__init__(f"missing template variable {variable!r} (needed by the {template} template)")
        self.variable = variable
        self.template = template


class TemplateRenderError(Exception):
    """A template failed for a reason other than a missing variable (bad types, sandbox violation)."""


@dataclass(frozen=True)
class CopyTemplate:
    """Template copy for one locale: the fallback when the model's output cannot be used."""

    title: str
    body: str


@dataclass(frozen=True)
class LocaleVariant:
    """What a prompt says differently per locale."""

    locale: str
    style_notes: str
    fallback: CopyTemplate
    #: optional per-locale overrides of the prompt-wide templates
    system: str | None = None
    user: str | None = None
    banned_phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class LengthLimits:
    title_max: int = 65
    body_max: int = 178


@dataclass(frozen=True)
class JudgeStep:
    """An optional step after the checks: ``votes`` runs of a judge prompt on another alias vote on the copy.

    The copy ships only when the checks pass and a majority of the votes says "ok".
    """

    prompt_id: str
    #: the judge prompt's version; None = its latest
    version: str | None = None
    #: the alias the judges run on; None = the judge prompt's own ``model``
    model: str | None = None
    votes: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"prompt": self.prompt_id, "version": self.version, "model": self.model, "votes": self.votes}


#: most judge votes one generation may ask for (each is a model call)
MAX_JUDGE_VOTES = 9


@dataclass(frozen=True)
class ExperimentArm:
    name: str
    version: str
    weight: int


@dataclass(frozen=True)
class Experiment:
    """A running A/B test between versions of one prompt; arms are sticky per user."""

    name: str
    arms: tuple[ExperimentArm, ...]
    #: when set, shares follow clicks (``domain/adaptive_experiments.py``) and the fixed weights are unused
    adaptive: AdaptivePolicy | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "arms": {arm.name: {"version": arm.version, "weight": arm.weight} for arm in self.arms},
            "adaptive": self.adaptive.to_dict() if self.adaptive else None,
        }


@dataclass(frozen=True)
class PromptVersion:
    """One immutable, published version of a prompt."""

    prompt_id: str
    version: str
    model: str
    parameters: Mapping[str, Any]
    system: str
    user: str
    locales: Mapping[str, LocaleVariant]
    limits: LengthLimits
    banned_phrases: tuple[str, ...]
    #: the fields the model must answer with, as a JSON object
    output_fields: tuple[str, ...]
    #: which input facts the copy must mention: "benefits", "first_product_price"
    required_facts: tuple[str, ...]
    description: str
    content_hash: str
    experiment: Experiment | None = None
    #: an optional judge vote after the checks (``judge:`` in the file)
    judge: JudgeStep | None = None
    #: ``checks.benefits``: how many of the benefits passed in the copy must state (all, at_least_one,
    #: none); None (versions without the field) means "all" when ``required_facts`` lists benefits, else none
    benefits_rule: str | None = None
    source: str = ""
    #: the parsed document the version was built from (what the ledger records)
    document: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def variant(self, locale: str) -> LocaleVariant:
        """The variant for ``locale``; UnsupportedLocaleError naming what exists otherwise."""
        try:
            return self.locales[locale]
        except KeyError:
            raise UnsupportedLocaleError(
                f"prompt {self.prompt_id} v{self.version} has no variant for locale {locale!r}; "
                f"it has {', '.join(sorted(self.locales))}"
            ) from None

    def banned_for(self, locale: str) -> tuple[str, ...]:
        """Prompt-wide banned phrases plus the locale's own."""
        variant = self.locales.get(locale)
        return self.banned_phrases + (variant.banned_phrases if variant else ())

    def summary(self) -> dict[str, Any]:
        """What the registry API shows for this version."""
        return {
            "version": self.version,
            "model": self.model,
            "content_hash": self.content_hash,
            "description": self.description,
            "locales": sorted(self.locales),
            "parameters": dict(self.parameters),
            "limits": {"title_max": self.limits.title_max, "body_max": self.limits.body_max},
            "output_fields": list(self.output_fields),
            "required_facts": list(self.required_facts),
            "benefits": self.benefits_rule or ("all" if "benefits" in self.required_facts else "none"),
            "judge": self.judge.to_dict() if self.judge else None,
        }


def content_hash(document: Mapping[str, Any]) -> str:
    """A stable hash of a document's content (key order and YAML formatting do not matter)."""
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def _require(document: Mapping[str, Any], name: str, kind: type, source: str) -> Any:
    value = document.get(name)
    if value is None:
        raise PromptDocumentError(f"{source}: missing field {name!r}")
    if not isinstance(value, kind):
        raise PromptDocumentError(f"{source}: field {name!r} must be a {kind.__name__}, got {type(value).__name__}")
    return value


def _phrases(value: Any, source: str, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise PromptDocumentError(f"{source}: {name} must be a list of non-empty strings")
    return tuple(item.strip() for item in value)


def parse_judge_step(data: Any, source: str) -> JudgeStep:
    """A judge step from ``{prompt, version?, model?, votes?}``."""
    if not isinstance(data, Mapping):
        raise PromptDocumentError(f"{source}: judge must be a mapping: {{prompt, version?, model?, votes?}}")
    unknown = set(data) - {"prompt", "version", "model", "votes"}
    if unknown:
        raise PromptDocumentError(f"{source}: unknown judge fields {sorted(unknown)}")
    prompt = data.get("prompt")
    if not isinstance(prompt, str) or not _ID_PATTERN.match(prompt):
        raise PromptDocumentError(f"{source}: judge.prompt must be a prompt id")
    version = data.get("version")
    if version is not None and (isinstance(version, bool) or not _VERSION_PATTERN.match(str(version))):
        raise PromptDocumentError(f"{source}: judge.version must be a short string or number")
    model = data.get("model")
    if model is not None and (not isinstance(model, str) or not model.strip()):
        raise PromptDocumentError(f"{source}: judge.model must be a model alias")
    votes = data.get("votes", 1)
    if not isinstance(votes, int) or isinstance(votes, bool) or not 1 <= votes <= MAX_JUDGE_VOTES:
        raise PromptDocumentError(f"{source}: judge.votes must be an integer from 1 to {MAX_JUDGE_VOTES}")
    return JudgeStep(prompt_id=prompt, version=None if version is None else str(version), model=model, votes=votes)


def parse_experiment(data: Any, source: str) -> Experiment:
    """An experiment from ``{name?, arms: {a: {version, weight}, ...}}``."""
    if not isinstance(data, Mapping):
        raise PromptDocumentError(f"{source}: experiment must be a mapping")
    arms_data = data.get("arms")
    if not isinstance(arms_data, Mapping) or len(arms_data) < 1:
        raise PromptDocumentError(f"{source}: experiment.arms must map arm names to {{version, weight}}")
    arms = []
    for name, arm in arms_data.items():
        if not isinstance(name, str) or not _ARM_PATTERN.match(name):
            raise PromptDocumentError(f"{source}: experiment arm name {name!r} must match {_ARM_PATTERN.pattern}")
        if not isinstance(arm, Mapping) or "version" not in arm:
            raise PromptDocumentError(f"{source}: experiment arm {name!r} needs a version")
        weight = arm.get("weight", 1)
        if not isinstance(weight, int) or isinstance(weight, bool) or weight < 0:
            raise PromptDocumentError(f"{source}: experiment arm {name!r} weight must be a non-negative integer")
        arms.append(ExperimentArm(name=name, version=str(arm["version"]), weight=weight))
    if sum(arm.weight for arm in arms) <= 0:
        raise PromptDocumentError(f"{source}: experiment weights add up to zero")
    adaptive = parse_adaptive_policy(data["adaptive"], len(arms), source) if data.get("adaptive") else None
    return Experiment(name=str(data.get("name") or "default"), arms=tuple(arms), adaptive=adaptive)


def _number(data: Mapping[str, Any], name: str, default: float, low: float, high: float, source: str) -> float:
    value = data.get(name, default)
    if not isinstance(value, int | float) or isinstance(value, bool) or not low <= value <= high:
        raise PromptDocumentError(f"{source}: experiment.adaptive.{name} must be a number from {low} to {high}")
    return float(value)


def parse_adaptive_policy(data: Any, arm_count: int, source: str) -> AdaptivePolicy:
    """``experiment.adaptive``: ``true`` for the defaults, or ``{floor, recompute_minutes, guardrail_drop, ...}``."""
    if data is True:
        data = {}
    if not isinstance(data, Mapping):
        raise PromptDocumentError(f"{source}: experiment.adaptive must be true or a mapping")
    unknown = set(data) - {"floor", "recompute_minutes", "guardrail_drop", "guardrail_min_gated"}
    if unknown:
        raise PromptDocumentError(f"{source}: experiment.adaptive has unknown fields {sorted(unknown)}")
    floor = _number(data, "floor", 0.1, 0.0, 1.0, source)
    if floor * arm_count > 1:
        raise PromptDocumentError(f"{source}: experiment.adaptive.floor x {arm_count} arms is more than all traffic")
    return AdaptivePolicy(
        floor=floor,
        recompute_s=int(_number(data, "recompute_minutes", 5, 1, 1440, source) * 60),
        guardrail_drop=_number(data, "guardrail_drop", 0.2, 0.0, 1.0, source),
        guardrail_min_gated=int(_number(data, "guardrail_min_gated", 20, 1, 1_000_000, source)),
    )


def parse_prompt_document(document: Mapping[str, Any], source: str) -> PromptVersion:
    """Validate a prompt document (parsed YAML) and build its immutable version.

    Templates are compiled here, so a syntax error is found when the file is loaded, not
    when a request needs it.
    """
    if not isinstance(document, Mapping):
        raise PromptDocumentError(f"{source}: a prompt file must be a mapping")
    prompt_id = _require(document, "id", str, source)
    if not _ID_PATTERN.match(prompt_id):
        raise PromptDocumentError(f"{source}: id {prompt_id!r} must match {_ID_PATTERN.pattern}")
    raw_version = document.get("version")
    if raw_version is None or isinstance(raw_version, bool) or not _VERSION_PATTERN.match(str(raw_version)):
        raise PromptDocumentError(f"{source}: version must be a short string or number, got {raw_version!r}")
    model = _require(document, "model", str, source)
    parameters = document.get("parameters") or {}
    if not isinstance(parameters, Mapping):
        raise PromptDocumentError(f"{source}: parameters must be a mapping")
    # a typo here (max_token) would otherwise refuse every generation of the version at request time
    unknown = sorted(set(parameters) - PROMPT_PARAMETERS)
    if unknown:
        raise PromptDocumentError(f"{source}: parameters {', '.join(unknown)} are not OpenAI chat parameters")
    system = _require(document, "system", str, source)
    user = _require(document, "user", str, source)
    output = document.get("output") or {"fields": ["title", "body"]}
    fields = output.get("fields") if isinstance(output, Mapping) else None
    if not isinstance(fields, list) or not fields or not all(isinstance(item, str) for item in fields):
        raise PromptDocumentError(f"{source}: output.fields must be a non-empty list of field names")
    limits_data = document.get("limits") or {}
    if not isinstance(limits_data, Mapping):
        raise PromptDocumentError(f"{source}: limits must be a mapping")
    try:
        limits = LengthLimits(
            title_max=int(limits_data.get("title_max", LengthLimits.title_max)),
            body_max=int(limits_data.get("body_max", LengthLimits.body_max)),
        )
    except (TypeError, ValueError):
        raise PromptDocumentError(f"{source}: limits.title_max and limits.body_max must be integers") from None
    checks = document.get("checks") or {}
    required = tuple(str(item) for item in (checks.get("required_facts") or ()))
    unknown_facts = set(required) - {"benefits", "first_product_price"}
    if unknown_facts:
        raise PromptDocumentError(f"{source}: unknown checks.required_facts {sorted(unknown_facts)}")
    benefits_rule = checks.get("benefits")
    if benefits_rule is not None and benefits_rule not in BENEFITS_RULES:
        raise PromptDocumentError(f"{source}: checks.benefits must be one of {', '.join(BENEFITS_RULES)}")
    locales_data = _require(document, "locales", Mapping, source)
    locales: dict[str, LocaleVariant] = {}
    for locale, variant in locales_data.items():
        where = f"{source}: locales.{locale}"
        if locale not in KNOWN_LOCALES:
            raise PromptDocumentError(f"{where}: unknown locale (known: {', '.join(KNOWN_LOCALES)})")
        if not isinstance(variant, Mapping):
            raise PromptDocumentError(f"{where} must be a mapping")
        fallback = variant.get("fallback")
        if not isinstance(fallback, Mapping) or not all(isinstance(fallback.get(k), str) for k in ("title", "body")):
            raise PromptDocumentError(f"{where}.fallback needs a title and a body")
        locales[locale] = LocaleVariant(
            locale=locale,
            style_notes=str(variant.get("style_notes") or ""),
            fallback=CopyTemplate(title=fallback["title"], body=fallback["body"]),
            system=variant.get("system"),
            user=variant.get("user"),
            banned_phrases=_phrases(variant.get("banned_phrases"), where, "banned_phrases"),
        )
    if not locales:
        raise PromptDocumentError(f"{source}: locales is empty")
    experiment = parse_experiment(document["experiment"], source) if document.get("experiment") else None
    judge = parse_judge_step(document["judge"], source) if document.get("judge") is not None else None
    if judge is not None and judge.prompt_id == prompt_id:
        raise PromptDocumentError(f"{source}: a prompt cannot be its own judge")
    version = PromptVersion(
        prompt_id=prompt_id,
        version=str(raw_version),
        model=model,
        parameters=dict(parameters),
        system=system,
        user=user,
        locales=locales,
        limits=limits,
        banned_phrases=_phrases(document.get("banned_phrases"), source, "banned_phrases"),
        output_fields=tuple(fields),
        required_facts=required,
        description=str(document.get("description") or ""),
        content_hash=content_hash(document),
        experiment=experiment,
        judge=judge,
        benefits_rule=benefits_rule,
        source=source,
        document=dict(document),
    )
    for name, template in _templates_of(version):
        try:
            _compiled(template)
        except TemplateSyntaxError as error:
            raise PromptDocumentError(f"{source}: template {name} line {error.lineno}: {error.message}") from None
    return version


def _templates_of(version: PromptVersion) -> list[tuple[str, str]]:
    found = [("system", version.system), ("user", version.user)]
    for locale, variant in version.locales.items():
        found += [
            (f"{locale}.fallback.title", variant.fallback.title),
            (f"{locale}.fallback.body", variant.fallback.body),
        ]
        if variant.system:
            found.append((f"{locale}.system", variant.system))
        if variant.user:
            found.append((f"{locale}.user", variant.user))
    return found


def version_sort_key(version: str) -> tuple[int, int | str]:
    """Numeric versions sort numerically and after non-numeric ones ("2" < "10")."""
    return (1, int(version)) if version.isdigit() else (0, version)


# --- rendering -------------------------------------------------------------------------------


def money(value: Any, currency: str, locale: str) -> str:
    """A price as shoppers in ``locale`` read it: ``$ 12.345`` (ARS), ``$1,299`` (MXN), ``R$ 249,90`` (BRL).

    Whole amounts drop the cents, as push copy does (``services/infra/money.py`` has the per-site rules).
    """
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise TemplateRenderError(f"money: {value!r} is not a number") from None
    try:
        reader = Locale(str(locale))
    except ValueError:
        reader = Locale.EN
    return format_money(amount, str(currency), reader, MoneyStyle.PUSH_COPY)


def benefit_labels(benefits: Any) -> list[str]:
    """The labels of the benefits passed in, as they read mid-sentence ("Envío gratis" → "envío gratis")."""
    if not isinstance(benefits, list | tuple):
        return []
    return [
        in_sentence(benefit["label"])
        for benefit in benefits
        if isinstance(benefit, Mapping) and isinstance(benefit.get("label"), str) and benefit["label"].strip()
    ]


def _join_list(items: Any, locale: str) -> str:
    if not isinstance(items, list | tuple):
        raise TemplateRenderError(f"join_list: expected a list, got {type(items).__name__}")
    return join_list([str(item) for item in items], str(locale))


def _product_name(title: Any, limit: int = PRODUCT_NAME_MAX) -> str:
    text = str(title)
    # The gateway renders the model's messages with caller text wrapped in « » (input_screening): cut the name
    # inside and keep both marks. Cut with them, a long title lost its closing », and the small local model read
    # an unclosed quote and repeated the name until max_tokens (unparseable_output).
    if len(text) >= 2 and text.startswith("«") and text.endswith("»"):
        return "«" + shorten_title(text[1:-1], int(limit)) + "»"
    return shorten_title(text, int(limit))


def _make_environment() -> ImmutableSandboxedEnvironment:
    # Sandboxed and immutable: a prompt file can read the variables it is given, never call into
    # Python or mutate them. StrictUndefined makes a missing variable an error naming it.
    environment = ImmutableSandboxedEnvironment(
        undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False
    )
    environment.filters["money"] = money
    # copy that reads as a native speaker writes it (services/infra/copy_text.py)
    environment.filters["benefit_labels"] = benefit_labels
    environment.filters["join_list"] = _join_list
    environment.filters["product_name"] = _product_name
    return environment


_ENVIRONMENT = _make_environment()


@lru_cache(maxsize=2048)
def _compiled(template: str) -> Template:
    # Compiling is ~1000x the cost of rendering; templates come from a bounded set of files.
    return _ENVIRONMENT.from_string(template)


_UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'|no element (\S+)")


def render_template(template: str, variables: Mapping[str, Any], name: str) -> str:
    """Render one template in the sandbox; MissingVariableError names a variable the caller forgot."""
    try:
        return _compiled(template).render(**variables).strip()
    except UndefinedError as error:
        match = _UNDEFINED_NAME.search(str(error))
        missing = next((group for group in match.groups() if group), str(error)) if match else str(error)
        raise MissingVariableError(missing, name) from None
    except SecurityError as error:
        raise TemplateRenderError(f"{name} template: sandbox refused: {error}") from None
    except (TypeError, ValueError, AttributeError, LookupError) as error:
        raise TemplateRenderError(f"{name} template: {error}") from None


def template_context(version: PromptVersion, locale: str, variables: Mapping[str, Any]) -> dict[str, Any]:
    """The variables a template sees: the caller's, plus ``locale`` and the locale's ``style_notes``."""
    variant = version.variant(locale)
    context = dict(variables)
    context.setdefault("locale", locale)
    context["style_notes"] = variant.style_notes
    context["title_max"] = version.limits.title_max
    context["body_max"] = version.limits.body_max
    return context


def render_messages(version: PromptVersion, locale: str, variables: Mapping[str, Any]) -> list[dict[str, str]]:
    """The chat messages for one generation."""
    variant = version.variant(locale)
    context = template_context(version, locale, variables)
    system = render_template(variant.system or version.system, context, "system")
    user = render_template(variant.user or version.user, context, "user")
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def render_fallback(version: PromptVersion, locale: str, variables: Mapping[str, Any]) -> dict[str, str]:
    """The locale's template copy, filled with the products and benefits passed in."""
    variant = version.variant(locale)
    context = template_context(version, locale, variables)
    return {
        "title": render_template(variant.fallback.title, context, f"{locale} fallback title"),
        "body": render_template(variant.fallback.body, context, f"{locale} fallback body"),
    }


# --- the registry ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rejection:
    """A document the registry refused, and why."""

    source: str
    reason: str
    prompt_id: str | None = None
    version: str | None = None


@dataclass
class PromptRegistry:
    """Published prompt versions by id, and each prompt's experiment.

    ``publish`` enforces immutability: the first content seen for (id, version) wins for the
    life of the registry; the adapter may pre-seed it with hashes recorded elsewhere.
    """

    versions: dict[str, dict[str, PromptVersion]] = field(default_factory=dict)
    #: experiments from a prompt folder's experiment file; they override one declared in a version
    experiments: dict[str, Experiment] = field(default_factory=dict)

    def publish(self, version: PromptVersion) -> bool:
        """Add a version; False when it is already published with the same content.

        Raises ImmutableVersionError when the content differs from the published one.
        """
        published = self.versions.setdefault(version.prompt_id, {}).get(version.version)
        if published is None:
            self.versions[version.prompt_id][version.version] = version
            return True
        if published.content_hash != version.content_hash:
            raise ImmutableVersionError(
                f"{version.source}: {version.prompt_id} v{version.version} is published with "
                f"{published.content_hash}; this file has {version.content_hash}. Publish a new version instead."
            )
        return False

    def restore(self, version: PromptVersion) -> None:
        """Serve ``version`` as the published content of its number (the ledger knew it first)."""
        self.versions.setdefault(version.prompt_id, {})[version.version] = version

    def prompt_ids(self) -> list[str]:
        return sorted(self.versions)

    def all_versions(self, prompt_id: str) -> list[PromptVersion]:
        """Every version of a prompt, oldest first."""
        if prompt_id not in self.versions:
            raise UnknownPromptError(f"unknown prompt {prompt_id!r}")
        return [self.versions[prompt_id][v] for v in sorted(self.versions[prompt_id], key=version_sort_key)]

    def get(self, prompt_id: str, version: str) -> PromptVersion:
        try:
            return self.versions[prompt_id][version]
        except KeyError:
            if prompt_id not in self.versions:
                raise UnknownPromptError(f"unknown prompt {prompt_id!r}") from None
            raise UnknownPromptError(
                f"prompt {prompt_id!r} has no version {version!r}; it has {', '.join(self.versions[prompt_id])}"
            ) from None

    def latest(self, prompt_id: str) -> PromptVersion:
        return self.all_versions(prompt_id)[-1]

    def version_or_latest(self, prompt_id: str, version: str | None) -> PromptVersion:
        """``version`` of the prompt, or its latest when None; UnknownPromptError when there is none."""
        return self.get(prompt_id, version) if version is not None else self.latest(prompt_id)

    def experiment(self, prompt_id: str) -> Experiment | None:
        """The prompt's running experiment: its experiment file, else the one its latest version declares.

        Arms naming a version that is not published make the experiment invalid (None).
        """
        experiment = self.experiments.get(prompt_id) or self.latest(prompt_id).experiment
        if experiment is None:
            return None
        if any(arm.version not in self.versions.get(prompt_id, {}) for arm in experiment.arms):
            return None
        return experiment


@dataclass(frozen=True)
class Selection:
    """Which version serves a request, and through which experiment arm (None when pinned or latest)."""

    version: PromptVersion
    arm: str | None


def assign_arm(experiment: Experiment, prompt_id: str, user_id: str) -> ExperimentArm:
    """The arm a user is in: a hash of prompt id and user id mapped onto the weights (sticky per user)."""
    total = sum(arm.weight for arm in experiment.arms)
    digest = hashlib.sha256(f"{prompt_id}:{user_id}".encode()).digest()
    point = int.from_bytes(digest[:8], "big") % total
    for arm in experiment.arms:
        if point < arm.weight:
            return arm
        point -= arm.weight
    return experiment.arms[-1]  # unreachable: the weights add up to total


def assign_arm_by_shares(
    experiment: Experiment, shares: Mapping[str, float], prompt_id: str, user_id: str
) -> ExperimentArm:
    """The arm a user is in under an adaptive experiment's current shares (sticky within an epoch)."""
    name = arm_for_point(shares, [arm.name for arm in experiment.arms], user_point(prompt_id, user_id))
    return next(arm for arm in experiment.arms if arm.name == name)


def select_version(
    registry: PromptRegistry,
    prompt_id: str,
    user_id: str,
    pinned: str | None,
    shares: Mapping[str, float] | None = None,
) -> Selection:
    """Pinned version if asked, else the experiment arm for this user, else the latest version.

    ``shares`` are an adaptive experiment's current shares; without them the arms' fixed weights decide.
    """
    if pinned is not None:
        return Selection(version=registry.get(prompt_id, pinned), arm=None)
    experiment = registry.experiment(prompt_id)
    if experiment is not None:
        if shares is not None and any(shares.get(arm.name, 0.0) > 0 for arm in experiment.arms):
            arm = assign_arm_by_shares(experiment, shares, prompt_id, user_id)
        else:
            arm = assign_arm(experiment, prompt_id, user_id)
        return Selection(version=registry.get(prompt_id, arm.version), arm=arm.name)
    return Selection(version=registry.latest(prompt_id), arm=None)
