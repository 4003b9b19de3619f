"""The embeddings translators alone (domain/embedding_formats.py): which deployments embed, bodies, answers."""

from __future__ import annotations

from typing import Any

import pytest

from services.gateway.domain import embedding_formats as formats
from services.gateway.domain.chat_format import UnsupportedParameterError

TITLES = ["Mate de calabaza", "Bombilla de alpaca"]


@pytest.mark.parametrize(
    ("provider", "model", "serves"),
    [
        ("openai", "text-embedding-3-small", True),
        ("openai_compatible", "multilingual-e5-small", True),
        ("bedrock", "amazon.titan-embed-text-v2:0", True),
        # an inference profile and an ARN name the same model
        ("bedrock", "us.cohere.embed-v4:0", True),
        ("bedrock", "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v1", True),
        ("bedrock", "anthropic.claude-3-haiku-20240307-v1:0", False),
        ("vertex", "text-embedding-005", True),
        ("vertex", "gemini-embedding-001", True),
        ("vertex", "gemini-2.5-flash", False),
        ("anthropic", "claude-haiku-4-5", False),
        ("template", "template", False),
        ("outpaint", "outpaint", False),
    ],
)
def test_which_deployments_answer_embeddings(provider: str, model: str, serves: bool) -> None:
    assert (formats.embeddings_refusal(provider, model) is None) is serves


@pytest.mark.parametrize(
    ("provider", "model", "dimensions", "makes"),
    [
        ("openai_compatible", "multilingual-e5-small", 384, True),
        ("openai_compatible", "multilingual-e5-small", 256, False),
        ("openai", "text-embedding-3-small", 1536, True),
        ("openai", "text-embedding-3-small", 1537, False),
        # a model of unknown size: its server judges
        ("openai_compatible", "bge-m3", 5000, True),
        ("bedrock", "amazon.titan-embed-text-v2:0", 512, True),
        ("bedrock", "amazon.titan-embed-text-v2:0", 500, False),
        ("bedrock", "amazon.titan-embed-text-v1", 1536, False),
        ("bedrock", "cohere.embed-multilingual-v3", 1024, False),
        ("vertex", "gemini-embedding-001", 3072, True),
        ("vertex", "text-embedding-005", 769, False),
        ("vertex", "textembedding-gecko@003", 768, False),
    ],
)
def test_which_deployments_make_the_asked_dimensions(provider: str, model: str, dimensions: int, makes: bool) -> None:
    refusal = formats.dimensions_refusal(provider, model, dimensions)
    assert (refusal is None) is makes
    assert refusal is None or model in refusal


def test_titan_v1_has_one_size_and_titan_v2_three() -> None:
    assert formats.bedrock_bodies("titan_v2", "titan-v2", TITLES, {"dimensions": 512}) == [
        {"inputText": text, "normalize": True, "dimensions": 512} for text in TITLES
    ]
    with pytest.raises(UnsupportedParameterError, match="dimensions=500"):
        formats.bedrock_bodies("titan_v2", "titan-v2", TITLES, {"dimensions": 500})
    with pytest.raises(UnsupportedParameterError, match="one fixed size"):
        formats.bedrock_bodies("titan_v1", "titan-v1", TITLES, {"dimensions": 512})


def test_cohere_batches_of_96_default_to_documents_and_v4_takes_an_output_dimension() -> None:
    bodies = formats.bedrock_bodies("cohere_v4", "cohere.embed-v4:0", ["t"] * 200, {"dimensions": 256})
    assert [len(body["texts"]) for body in bodies] == [96, 96, 8]
    assert {(body["input_type"], body["output_dimension"]) for body in bodies} == {("search_document", 256)}


def test_vertex_gecko_has_one_size_and_gemini_embedding_one_text_per_call() -> None:
    with pytest.raises(UnsupportedParameterError, match="`dimensions`"):
        formats.vertex_bodies("vertex_gecko", "textembedding-gecko@003", TITLES, {"dimensions": 256})
    bodies = formats.vertex_bodies("vertex_gemini", "gemini-embedding-001", TITLES, {"input_type": "query"})
    assert [body["instances"] for body in bodies] == [
        [{"content": text, "task_type": "RETRIEVAL_QUERY"}] for text in TITLES
    ]


@pytest.mark.parametrize("params", [{"user": "u-1"}, {"encoding": "int8"}])
def test_a_parameter_without_a_native_equivalent_is_refused(params: dict[str, Any]) -> None:
    with pytest.raises(UnsupportedParameterError, match=f"`{next(iter(params))}`"):
        formats.bedrock_bodies("titan_v2", "titan-v2", TITLES, params)


def test_token_counts_come_from_the_body_or_the_header_and_are_none_when_absent() -> None:
    titan = [({"embedding": [0.6, 0.8], "inputTextTokenCount": 4}, None), ({"embedding": [1.0, 0.0]}, 5)]
    assert formats.bedrock_vectors("titan_v2", titan, [{}, {}]) == ([[0.6, 0.8], [1.0, 0.0]], 9)
    cohere = [({"embeddings": {"float": [[0.1], [0.2]]}}, None)]
    assert formats.bedrock_vectors("cohere_v3", cohere, [{"texts": TITLES}]) == ([[0.1], [0.2]], None)


@pytest.mark.parametrize(
    ("family", "answer"),
    [
        ("titan_v2", {"results": [{"outputText": "hola"}]}),
        ("titan_v2", {"embedding": []}),
        ("cohere_v3", {"embeddings": [[0.1]]}),  # one vector for two texts
        ("cohere_v3", {"embeddings": {"int8": [[1], [2]]}}),
    ],
)
def test_a_bedrock_answer_of_another_shape_is_a_value_error(family: Any, answer: Any) -> None:
    with pytest.raises(ValueError):
        formats.bedrock_vectors(family, [(answer, 3)], [{"texts": TITLES}])


def test_a_vertex_answer_of_another_shape_is_a_value_error() -> None:
    body = {"instances": [{"content": text} for text in TITLES]}
    good = {"embeddings": {"values": [0.6, 0.8], "statistics": {"token_count": 3.0}}}
    assert formats.vertex_vectors([{"predictions": [good, good]}], [body]) == ([[0.6, 0.8], [0.6, 0.8]], 6)
    for answer in ({"predictions": [good]}, {"predictions": [{"content": "hola"}] * 2}, ["hola"]):
        with pytest.raises(ValueError):
            formats.vertex_vectors([answer], [body])
