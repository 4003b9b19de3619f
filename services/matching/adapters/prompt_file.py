"""The matching prompts, read from prompts/<id>/v<N>.yaml (the gateway registry's format) and rendered here.

The matching service renders them itself so that the consensus node can ask the same question with
the listings swapped; the call still goes through the gateway (keys, limits, cache, cost).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)


class PromptFileError(Exception):
    """A matching prompt file is missing or malformed; the message names it."""


@dataclass(frozen=True)
class MatchingPrompt:
    """One published prompt version: its model alias, parameters and templates."""

    prompt_id: str
    version: str
    model: str
    parameters: dict[str, Any]
    system: str
    user: str
    content_hash: str

    @property
    def ref(self) -> str:
        """``product_match@1``: how decisions name the prompt version that made them."""
        return f"{self.prompt_id}@{self.version}"

    def messages(self, variables: dict[str, Any]) -> list[dict[str, str]]:
        """The chat messages for these variables (a missing variable is a PromptFileError)."""
        try:
            return [
                {"role": "system", "content": _ENV.from_string(self.system).render(**variables).strip()},
                {"role": "user", "content": _ENV.from_string(self.user).render(**variables).strip()},
            ]
        except Exception as error:  # jinja2's errors have no common base worth naming here
            raise PromptFileError(f"{self.ref}: cannot render: {error}") from None


def load_prompt(prompts_dir: Path, prompt_id: str, version: str) -> MatchingPrompt:
    """``prompts_dir/<prompt_id>/v<version>.yaml``."""
    path = prompts_dir / prompt_id / f"v{version}.yaml"
    try:
        raw = path.read_text()
        document = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as error:
        raise PromptFileError(f"cannot read prompt {path}: {error}") from None
    if not isinstance(document, dict):
        raise PromptFileError(f"prompt {path} is not a mapping")
    try:
        return MatchingPrompt(
            prompt_id=str(document["id"]),
            version=str(document["version"]),
            model=str(document["model"]),
            parameters=dict(document.get("parameters") or {}),
            system=str(document["system"]),
            user=str(document["user"]),
            content_hash=hashlib.sha256(raw.encode()).hexdigest()[:12],
        )
    except KeyError as error:
        raise PromptFileError(f"prompt {path} has no {error.args[0]!r}") from None
