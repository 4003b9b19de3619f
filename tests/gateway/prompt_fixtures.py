"""Shared data and servers for the prompt tests: real-looking pipeline variables in three locales,
a fake model whose answers a test scripts in order, and a gateway wired to it."""

from __future__ import annotations

import copy
import json
import shutil
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from services.gateway.api.playground import EXAMPLE_VARIABLES
from tests.gateway.fake_openai import FakeOpenAI, ServerThread, create_key, gateway_config_yaml, start_gateway

REPO_PROMPTS = Path(__file__).resolve().parents[2] / "prompts"

# The playground's examples are the canonical real-looking requests, one per site.
VARIABLES_AR: dict[str, Any] = copy.deepcopy(EXAMPLE_VARIABLES["es-AR"])
VARIABLES_MX: dict[str, Any] = copy.deepcopy(EXAMPLE_VARIABLES["es-MX"])
VARIABLES_BR: dict[str, Any] = copy.deepcopy(EXAMPLE_VARIABLES["pt-BR"])

GOOD_AR = {
    "title": "{first_name}, 12 cuotas sin interés",
    "body": "Tus Topper Boro a $ 84.999 con envío gratis. ¡Comprá!",
}
INVENTED_AR = {
    "title": "{first_name}, 18 cuotas sin interés",
    "body": "Tus Topper Boro a $ 84.999 y un cupón de regalo.",
}


@dataclass
class ScriptedModel(FakeOpenAI):
    """The fake OpenAI server, answering from a queue of texts (then ``reply`` or the default echo)."""

    replies: deque[str] = field(default_factory=deque)

    def answer_text(self, model: str, messages: list[dict[str, Any]]) -> str:
        if self.replies:
            return self.replies.popleft()
        return super().answer_text(model, messages)

    def reset(self) -> None:
        super().reset()
        self.replies.clear()

    def say(self, *copies: dict[str, str] | str) -> None:
        for answer in copies:
            self.replies.append(answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False))


#: the shipped push_copy runs no experiment (its latest version serves everyone); gateways under test
#: run this A/B test between v1 and v2 through an experiment file, so arms and their results are exercised
EXPERIMENT_V1_V2 = (
    "name: push_copy_benefit_first\narms:\n  a: {version: 1, weight: 50}\n  b: {version: 2, weight: 50}\n"
)


def prompts_copy(target: Path) -> Path:
    """A private copy of the repository's prompts, which a test may edit."""
    shutil.copytree(REPO_PROMPTS, target)
    return target


def fake_config(fake_url: str) -> str:
    """The core's test config plus ``push-copy`` served by the fake model."""
    config = json.loads(gateway_config_yaml(fake_url))
    config["aliases"]["push-copy"] = {
        "deployments": [
            {
                "name": "fake-push",
                "provider": "openai_compatible",
                "model": "push-model",
                "base_url": f"{fake_url}/v1",
                "timeout_s": 2.0,
                "max_attempts": 1,
            }
        ],
        "deadline_s": 5,
    }
    config["prices"]["push-model"] = {"input": 0.15, "output": 0.60}
    # the judge step's alias (prompts/copy_judge): another model on the same fake
    config["aliases"]["copy-judge"] = {
        "deployments": [
            {
                "name": "fake-judge",
                "provider": "openai_compatible",
                "model": "judge-model",
                "base_url": f"{fake_url}/v1",
                "timeout_s": 2.0,
                "max_attempts": 1,
            }
        ],
        "deadline_s": 5,
    }
    config["prices"]["judge-model"] = {"input": 1.0, "output": 2.0}
    return json.dumps(config)


@dataclass
class Gateway:
    url: str
    fake: ScriptedModel
    prompts: Path

    def key(self, **fields: Any) -> str:
        fields.setdefault("tenant", "recomendaciones-ar")
        fields.setdefault("use_case", "push_copy")
        return str(create_key(self.url, **fields)["key"])

    def generate(self, key: str, prompt_id: str = "push_copy", **body: Any) -> httpx.Response:
        return httpx.post(
            f"{self.url}/v1/prompts/{prompt_id}/generate",
            json=body,
            headers={"Authorization": f"Bearer {key}"},
            timeout=15,
        )


def run_gateway(redis_url: str, workdir: Path, **settings: Any) -> Iterator[Gateway]:
    """A real gateway (uvicorn) in front of a scripted fake model, on a private copy of prompts/."""
    fake = ScriptedModel()
    with ServerThread(fake.app()) as fake_server:
        config = workdir / "gateway.yaml"
        config.write_text(fake_config(fake_server.url))
        prompts = prompts_copy(workdir / "prompts")
        (prompts / "push_copy" / "experiment.yaml").write_text(EXPERIMENT_V1_V2, encoding="utf-8")
        server = start_gateway(redis_url, config, gateway_prompts_dir=prompts, gateway_prompts_reload_s=0.0, **settings)
        try:
            yield Gateway(url=server.url, fake=fake, prompts=prompts)
        finally:
            server.stop()
