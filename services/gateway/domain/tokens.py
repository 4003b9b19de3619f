"""Token estimates for when a provider reports no usage.

tiktoken would need to download its BPE files from the internet at first use, which this
deployment cannot do, so the gateway estimates instead: about 4 characters per token for
Latin-script text (OpenAI's own rule of thumb, which holds within ~15% for es/pt/en prose),
plus OpenAI's documented per-message framing overhead (3 tokens per message, 3 for the
reply primer). Usage computed this way is marked ``estimated`` in accounting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

CHARS_PER_TOKEN = 4.0
TOKENS_PER_MESSAGE = 3
TOKENS_REPLY_PRIMER = 3


def estimate_text_tokens(text: str) -> int:
    """Tokens in a piece of text (0 for empty text)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN) if text else 0


def message_text(message: dict[str, Any]) -> str:
    """The text of a chat message, whether ``content`` is a string or a list of parts."""
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""


def estimate_prompt_tokens(messages: Sequence[dict[str, Any]]) -> int:
    """Tokens a chat prompt costs, including per-message framing."""
    return TOKENS_REPLY_PRIMER + sum(
        TOKENS_PER_MESSAGE
        + estimate_text_tokens(message_text(message))
        + estimate_text_tokens(str(message.get("role", "")))
        for message in messages
    )
