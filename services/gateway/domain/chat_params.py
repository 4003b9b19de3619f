"""Which OpenAI Chat Completions parameters each kind of deployment honours, and the refusal for the rest.

OpenAI-shaped deployments (OpenAI, Azure, OpenAI-compatible servers) get every OpenAI parameter as the
caller wrote it. The native translators (Anthropic, Bedrock, Vertex) and the template provider honour a
subset; a request that sets a parameter outside a deployment's subset is never sent there (routing passes
that deployment over), and when no deployment of the alias is left it is a 400 naming the parameter.
A field that is no OpenAI parameter at all is refused for every deployment: a typo such as ``max_token``
would otherwise be ignored by the server and the caller would never know.

Pure: parameter names and values in, a reason or None out.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any

from services.gateway.domain import anthropic_format, bedrock_format, gemini_format
from services.gateway.domain.chat_format import DEFAULT_VALUES

#: every field of OpenAI's Chat Completions request body (the openai SDK's ``CompletionCreateParams``)
OPENAI_CHAT_FIELDS = frozenset(
    {
        "model",
        "messages",
        "stream",
        "stream_options",
        "audio",
        "frequency_penalty",
        "function_call",
        "functions",
        "logit_bias",
        "logprobs",
        "max_completion_tokens",
        "max_tokens",
        "metadata",
        "modalities",
        "moderation",
        "n",
        "parallel_tool_calls",
        "prediction",
        "presence_penalty",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "reasoning_effort",
        "response_format",
        "safety_identifier",
        "seed",
        "service_tier",
        "stop",
        "store",
        "temperature",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "user",
        "verbosity",
        "web_search_options",
    }
)
#: every field of OpenAI's Embeddings request body, plus the gateway's documented ``input_type`` extension
OPENAI_EMBEDDING_FIELDS = frozenset({"model", "input", "encoding_format", "dimensions", "user", "input_type"})

OPENAI_SHAPED = ("openai", "azure", "openai_compatible")
#: the template provider's copy is fixed by the messages: sampling, length and format settings leave it as it
#: is (the prompt registry's fallback copy is already in the asked format); ``stop`` cuts it. What would change
#: the answer's shape (tools, several choices, log probabilities, audio) it cannot do.
TEMPLATE_PARAMS = frozenset(
    {
        "temperature",
        "top_p",
        "seed",
        "presence_penalty",
        "frequency_penalty",
        "max_tokens",
        "max_completion_tokens",
        "stop",
        "response_format",
        "user",
    }
)
#: what each native translator carries (its own module's list, which it checks again when it translates)
NATIVE_PARAMS: Mapping[str, frozenset[str]] = {
    "anthropic": frozenset(anthropic_format.SUPPORTED_PARAMS),
    "bedrock": frozenset(bedrock_format.SUPPORTED_PARAMS),
    "vertex": frozenset(gemini_format.SUPPORTED_PARAMS),
    "template": TEMPLATE_PARAMS,
}
#: honoured by every chat deployment: a request setting only these needs no per-deployment check
COMMON_CHAT_PARAMS = frozenset.intersection(*NATIVE_PARAMS.values())


def requested_params(params: Mapping[str, Any]) -> frozenset[str]:
    """The parameters ``params`` actually sets: not None, and not a value that only restates the default."""
    return frozenset(
        name
        for name, value in params.items()
        if value is not None and not (name in DEFAULT_VALUES and value == DEFAULT_VALUES[name])
    )


def unknown_fields(fields: AbstractSet[str], known: frozenset[str]) -> str | None:
    """The refusal naming every field that is no OpenAI parameter of the endpoint (nor, for chat, a deployment's
    ``extra_params``), or None."""
    unknown = fields - known
    if not unknown:
        return None
    names = ", ".join(f"`{name}`" for name in sorted(unknown))
    return (
        f"{names}: not OpenAI parameter(s) of this endpoint, nor taken by any deployment "
        "(see the gateway README for what each provider takes)"
    )


def chat_params_refusal(
    provider: str,
    requested: frozenset[str],
    features: frozenset[str] = frozenset(),
    extra_params: frozenset[str] = frozenset(),
) -> tuple[str, str] | None:
    """None when a ``provider`` deployment (taking ``extra_params`` beyond OpenAI's) honours every parameter in
    ``requested`` and every conversation feature in ``features`` (``conversation_features``), else (the first
    it does not, why)."""
    if provider in OPENAI_SHAPED:
        extra = requested - OPENAI_CHAT_FIELDS - extra_params
    else:
        honoured = NATIVE_PARAMS.get(provider)
        if honoured is None:
            return "messages", f"provider {provider} serves no chat completions"
        extra = (requested - honoured) | features
    if not extra:
        return None
    name = min(extra)
    return name, f"`{name}` is not supported by {provider} deployments"


def conversation_features(messages: list[dict[str, Any]]) -> frozenset[str]:
    """What the messages use beyond text turns, named as a refusal names them: tool results
    (``messages[].role=tool``), assistant tool or function calls (``messages[].tool_calls``) and content parts
    that are not text (``messages[].content[].type=image_url``). Only OpenAI-shaped deployments carry these;
    the native translators and the template provider do not (the template would answer past a tool result)."""
    features: set[str] = set()
    for message in messages:
        role = message.get("role")
        if role == "tool" or role == "function":
            features.add(f"messages[].role={role}")
        if message.get("tool_calls") or message.get("function_call"):
            features.add("messages[].tool_calls")
        content = message.get("content")
        if isinstance(content, list):
            for part in content:
                kind = part.get("type") if isinstance(part, dict) else None
                if kind != "text":
                    features.add(f"messages[].content[].type={kind}")
    return frozenset(features)
