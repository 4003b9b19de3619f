"""Image generations on Bedrock (Titan Image Generator, InvokeModel signed with SigV4) and Vertex AI (Imagen,
:predict with a service account's OAuth2 bearer), against the local fakes that verify that authentication."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from services.gateway.adapters.bedrock_converse import BedrockProvider
from services.gateway.adapters.provider_base import ProviderError, ProviderRejectedRequest
from services.gateway.adapters.vertex_gemini import VertexProvider
from services.gateway.domain.image_formats import imagen_aspect_ratio
from services.gateway.domain.images import ImageReply, ImageRequest, ImageRequestError
from services.gateway.domain.routing import Deployment
from tests.gateway.fake_openai import ServerThread
from tests.gateway.fake_providers import FakeBedrock, FakeVertex, aws_chain_from_environment

pytestmark = pytest.mark.integration

TITAN = "amazon.titan-image-generator-v2:0"
IMAGEN = "imagen-4.0-generate-001"
AWS_KEY_ID = "AKIAPULSOTEST0000001"
PROMPT = "Zapatillas rojas sobre fondo blanco, foto de producto"


@dataclass
class Fakes:
    bedrock: FakeBedrock
    vertex: FakeVertex
    bedrock_url: str
    vertex_url: str
    key_file: Path


@pytest.fixture(scope="module")
def fakes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fakes]:
    folder = tmp_path_factory.mktemp("native-images")
    monkeypatch = pytest.MonkeyPatch()
    bedrock, vertex = FakeBedrock(), FakeVertex()
    aws_chain_from_environment(monkeypatch, folder, AWS_KEY_ID, bedrock.secrets[AWS_KEY_ID])
    try:
        with ServerThread(bedrock.app()) as bedrock_server, ServerThread(vertex.app()) as vertex_server:
            vertex.url = vertex_server.url
            key_file = vertex.write_service_account(folder / "service-account.json")
            yield Fakes(bedrock, vertex, bedrock_server.url, vertex_server.url, key_file)
    finally:
        monkeypatch.undo()


def titan(fakes: Fakes) -> BedrockProvider:
    return BedrockProvider(
        Deployment(name="titan", provider="bedrock", model=TITAN, base_url=fakes.bedrock_url, region="us-east-1")
    )


def imagen(fakes: Fakes) -> VertexProvider:
    return VertexProvider(
        Deployment(name="imagen", provider="vertex", model=IMAGEN, base_url=fakes.vertex_url, project="pulso-test",
                   region="us-central1", api_key_file=str(fakes.key_file))
    )  # fmt: skip


def run(provider: Any, request: ImageRequest) -> ImageReply:
    async def call() -> ImageReply:
        try:
            reply: ImageReply = await provider.images(request, 5.0)
            return reply
        finally:
            await provider.close()

    return asyncio.run(call())


def sizes(reply: ImageReply) -> list[tuple[int, int]]:
    return [Image.open(io.BytesIO(image.data)).size for image in reply.images]


def test_titan_generates_through_a_signed_invoke_model(fakes: Fakes) -> None:
    reply = run(titan(fakes), ImageRequest(operation="generate", prompt=PROMPT, size=(512, 512), n=2))
    assert sizes(reply) == [(512, 512), (512, 512)]
    sent = fakes.bedrock.received[-1]
    assert sent.path.endswith("/invoke") and sent.model == TITAN
    assert sent.body["taskType"] == "TEXT_IMAGE" and sent.body["textToImageParams"]["text"] == PROMPT
    assert fakes.bedrock.auth_failures == []


def test_titan_refuses_a_wrong_signature_edits_and_sizes_it_cannot_make(
    fakes: Fakes, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ProviderRejectedRequest, match="size"):
        run(titan(fakes), ImageRequest(operation="generate", prompt=PROMPT, size=(500, 500)))
    with pytest.raises(ProviderRejectedRequest, match="edits are not adapted"):
        run(titan(fakes), ImageRequest(operation="edit", prompt=PROMPT, image=b"\x89PNG"))
    with pytest.raises(ProviderRejectedRequest, match="`style`"):
        run(titan(fakes), ImageRequest(operation="generate", prompt=PROMPT, params={"style": "vivid"}))
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "un-secreto-que-no-es")
    with pytest.raises(ProviderError) as refused:
        run(titan(fakes), ImageRequest(operation="generate", prompt=PROMPT))
    assert refused.value.kind == "auth" and fakes.bedrock.auth_failures


def test_titan_throttling_is_retryable_and_garbage_is_malformed(fakes: Fakes) -> None:
    fakes.bedrock.script(TITAN, ["429", "garbage"])
    with pytest.raises(ProviderError) as throttled:
        run(titan(fakes), ImageRequest(operation="generate", prompt=PROMPT))
    assert throttled.value.kind == "rate_limited" and throttled.value.retryable
    with pytest.raises(ProviderError) as garbage:
        run(titan(fakes), ImageRequest(operation="generate", prompt=PROMPT))
    assert garbage.value.kind == "malformed"


def test_imagen_generates_with_the_bearer_and_the_sizes_ratio(fakes: Fakes) -> None:
    reply = run(imagen(fakes), ImageRequest(operation="generate", prompt=PROMPT, size=(1280, 960), n=2))
    assert sizes(reply) == [(1280, 960), (1280, 960)]
    sent = fakes.vertex.received[-1]
    assert sent.body == {"instances": [{"prompt": PROMPT}], "parameters": {"sampleCount": 2, "aspectRatio": "4:3"}}
    assert sent.headers["authorization"].startswith("Bearer ") and fakes.vertex.auth_failures == []


def test_imagen_refusals_and_unknown_shapes(fakes: Fakes) -> None:
    with pytest.raises(ImageRequestError):
        imagen_aspect_ratio((1000, 700))
    with pytest.raises(ProviderRejectedRequest, match="size"):
        run(imagen(fakes), ImageRequest(operation="generate", prompt=PROMPT, size=(1000, 700)))
    fakes.vertex.script(IMAGEN, ["filtered", "unknown_shape"])
    with pytest.raises(ProviderRejectedRequest, match="safety filter"):
        run(imagen(fakes), ImageRequest(operation="generate", prompt=PROMPT))
    with pytest.raises(ProviderError) as unknown:
        run(imagen(fakes), ImageRequest(operation="generate", prompt=PROMPT))
    assert unknown.value.kind == "malformed"  # a failed attempt the router falls back from, never a 500
