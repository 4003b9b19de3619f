"""One GGUF model on llama.cpp (the ``cyllama`` wheel's prebuilt bindings): chat prompt → text, token by token.

Built on cyllama's public model, context and sampler bindings rather than its ``server`` command,
whose 0.2.18 release (the last with CPython 3.11 wheels) ignores ``stream``, formats chats as
``User:``/``Assistant:`` lines instead of the model's chat template, and decodes each token on its
own, so a character split over two tokens ("¡", "ã") comes out as U+FFFD. Here the model's own
template is applied and the text is decoded from the whole token sequence.

The KV cache keeps the last request's tokens, and the computed keys and values of the last few
prompts are saved: a request that starts the same way as one of them (the same system prompt, as
push copy requests of one locale do) computes only what differs. Most of a push copy prompt's ~400
tokens are its system prompt, and they are the larger part of its CPU time.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

#: GBNF for ``response_format: {"type": "json_object"}``: one flat JSON object of string values, at most
#: four keys of at most 160 characters each. Narrower than any JSON object on purpose: it is what Pulso's
#: prompts ask for (title, body, within push limits), and a small model given room for nesting, more keys
#: or longer values fills its token budget with invented fields (measured on push_copy v3: 20 % less
#: CPU per answer than a grammar of eight unbounded keys, fewer answers cut at max_tokens).
JSON_OBJECT_GRAMMAR = r"""
root   ::= "{" ws pair ( "," ws pair ){0,3} ws "}"
pair   ::= string ws ":" ws string
string ::= "\"" char{0,160} "\""
char   ::= [^"\\\x7F\x00-\x1F] | "\\" (["\\/bfnrt] | "u" [0-9a-fA-F]{4})
ws     ::= [ \t\n]{0,4}
"""


#: prompts whose computed keys and values are kept for later requests that start the same way
SAVED_PROMPTS = 4
#: restore a saved prompt only when it saves at least this many tokens over the context as it is
RESTORE_MIN_TOKENS = 32


class ModelLoadError(Exception):
    """The model file is missing or llama.cpp could not load it."""


class PromptTooLongError(Exception):
    """The prompt does not leave room for an answer in the context window."""


@dataclass(frozen=True)
class ChatMessage:
    role: str
    content: str


@dataclass(frozen=True)
class SamplingParams:
    """What a request may set; temperature 0 means greedy (deterministic)."""

    max_tokens: int = 256
    temperature: float = 0.8
    top_p: float = 0.95
    seed: int | None = None
    stop: tuple[str, ...] = ()
    json_object: bool = False


@dataclass
class Generation:
    """Token counts and why the text ended; filled in while the text is read."""

    prompt_tokens: int
    completion_tokens: int = 0
    finish_reason: str = "stop"
    pieces: list[str] = field(default_factory=list)


class ChatEngine:
    """A loaded model and one context. Not thread-safe: callers serialize requests (the server does)."""

    def __init__(self, model_path: Path, ctx_size: int = 2048, threads: int = 2) -> None:
        if not model_path.is_file():
            raise ModelLoadError(f"model file not found: {model_path}")
        try:
            from cyllama.llama import llama_cpp
        except ImportError as error:
            raise ModelLoadError(f"the cyllama package is not installed ({error})") from None
        self._cpp = llama_cpp
        llama_cpp.disable_logging()
        llama_cpp.ggml_backend_load_all()
        try:
            self._model = llama_cpp.LlamaModel(str(model_path), llama_cpp.LlamaModelParams())
        except Exception as error:  # the bindings raise plain exceptions for unreadable files
            raise ModelLoadError(f"llama.cpp could not load {model_path}: {error}") from None
        self._vocab = self._model.get_vocab()
        self._template = self._model.get_default_chat_template()
        params = llama_cpp.LlamaContextParams()
        params.n_ctx = ctx_size
        params.n_batch = ctx_size
        params.n_threads = threads
        params.n_threads_batch = threads
        self._ctx = llama_cpp.LlamaContext(self._model, params)
        self.ctx_size = ctx_size
        self._lock = threading.Lock()
        #: the tokens whose keys and values are in the context now, position by position
        self._in_cache: list[int] = []
        #: the last prompts' keys and values (about 9 MB each for SmolLM2-135M): push copy prompts of one
        #: locale share most of their tokens, of different locales hardly any, and requests interleave them
        self._saved: list[tuple[list[int], bytes]] = []

    def prompt_tokens(self, messages: Sequence[ChatMessage]) -> list[int]:
        """The chat rendered with the model's template and tokenized; PromptTooLongError past the context."""
        chat = [self._cpp.LlamaChatMessage(role=m.role, content=m.content) for m in messages]
        if self._template:
            prompt = self._model.chat_apply_template(self._template, chat, True)
        else:  # a model without a template: plain role lines
            prompt = "".join(f"{m.role}: {m.content}\n" for m in messages) + "assistant:"
        tokens = list(self._vocab.tokenize(prompt, add_special=True, parse_special=True))
        if len(tokens) >= self.ctx_size - 1:
            raise PromptTooLongError(
                f"the prompt is {len(tokens)} tokens; the context window is {self.ctx_size} tokens"
            )
        return tokens

    def _sampler(self, params: SamplingParams) -> object:
        cpp = self._cpp
        sampler = cpp.LlamaSampler(cpp.LlamaSamplerChainParams())
        if params.json_object:
            # over the whole vocabulary: cutting to the top k first is faster, but when no token there fits
            # the grammar, llama.cpp aborts the process ("empty grammar stack")
            sampler.add_grammar(self._vocab, JSON_OBJECT_GRAMMAR, "root")
        if params.temperature <= 0:
            sampler.add_greedy()
        else:
            sampler.add_top_p(params.top_p, 1)
            sampler.add_temp(params.temperature)
            sampler.add_dist(params.seed if params.seed is not None else 0xFFFFFFFF)
        return sampler

    def generate(self, tokens: list[int], params: SamplingParams, generation: Generation) -> Generator[str, None, None]:
        """Text pieces as they are decoded; ``generation`` holds the counts once the iterator is done.

        Pieces are cut from the text of the whole answer so far, never from one token alone, and a
        trailing partial character waits for the next token.
        """
        with self._lock:
            yield from self._generate(tokens, params, generation)

    def _generate(
        self, tokens: list[int], params: SamplingParams, generation: Generation
    ) -> Generator[str, None, None]:
        cpp, ctx, vocab = self._cpp, self._ctx, self._vocab
        sampler = self._sampler(params)
        # keep the cached prefix this prompt shares (at least its last token is decoded again: the
        # next token's logits come from it), from the context as it is or from a saved prompt
        keep = min(_common_prefix(self._in_cache, tokens), len(tokens) - 1)
        saved = max(self._saved, key=lambda entry: _common_prefix(entry[0], tokens), default=None)
        if saved is not None and min(_common_prefix(saved[0], tokens), len(tokens) - 1) > keep + RESTORE_MIN_TOKENS:
            ctx.kv_cache_clear()
            ctx.set_state_seq_data(saved[1], 0)
            self._in_cache = saved[0]
            keep = min(_common_prefix(saved[0], tokens), len(tokens) - 1)
        if keep == 0 or not ctx.memory_seq_rm(0, keep, -1):
            ctx.kv_cache_clear()
            keep = 0
        self._in_cache = tokens[:keep]
        # the last prompt token in a batch of its own, as when the prefix comes from the cache: with
        # llama.cpp here, a whole prompt decoded in one batch gives other logits than the same prompt
        # decoded in any split (split ones agree with token-by-token decoding), so without this the
        # same request would answer differently cold and warm
        if keep < len(tokens) - 1:
            ctx.decode(cpp.llama_batch_get_one(tokens[keep:-1], keep))
        ctx.decode(cpp.llama_batch_get_one(tokens[-1:], len(tokens) - 1))
        self._in_cache = list(tokens)
        self._saved = [entry for entry in self._saved if entry[0] != tokens][1 - SAVED_PROMPTS :]
        self._saved.append((list(tokens), ctx.get_state_seq_data(0)))
        budget = min(params.max_tokens, self.ctx_size - len(tokens) - 1)
        answer: list[int] = []
        sent = ""
        generation.finish_reason = "length"
        for _ in range(budget):
            token = sampler.sample(ctx, -1)  # type: ignore[attr-defined]
            if vocab.is_eog(token):
                generation.finish_reason = "stop"
                break
            answer.append(token)
            generation.completion_tokens = len(answer)
            text = vocab.detokenize(answer, text_len_max=8 * len(answer) + 16)
            stop_at = _first_stop(text, params.stop)
            if stop_at is not None:
                if stop_at > len(sent):
                    generation.pieces.append(text[len(sent) : stop_at])
                    yield text[len(sent) : stop_at]
                generation.finish_reason = "stop"
                return
            if not text.endswith("\ufffd") and len(text) > len(sent):
                # hold back what could be the start of a stop sequence
                ready = len(text) - _stop_prefix_len(text, params.stop)
                if ready > len(sent):
                    generation.pieces.append(text[len(sent) : ready])
                    yield text[len(sent) : ready]
                    sent = text[:ready]
            ctx.decode(cpp.llama_batch_get_one([token], len(tokens) + len(answer) - 1))
            self._in_cache.append(token)
        text = vocab.detokenize(answer, text_len_max=8 * len(answer) + 16) if answer else ""
        if len(text) > len(sent):
            generation.pieces.append(text[len(sent) :])
            yield text[len(sent) :]


def _common_prefix(a: list[int], b: list[int]) -> int:
    size = 0
    for left, right in zip(a, b, strict=False):
        if left != right:
            break
        size += 1
    return size


def _first_stop(text: str, stops: tuple[str, ...]) -> int | None:
    found = [index for index in (text.find(stop) for stop in stops if stop) if index >= 0]
    return min(found) if found else None


def _stop_prefix_len(text: str, stops: tuple[str, ...]) -> int:
    """Length of the longest tail of ``text`` that begins some stop sequence."""
    longest = 0
    for stop in stops:
        for size in range(min(len(stop) - 1, len(text)), longest, -1):
            if stop.startswith(text[-size:]):
                longest = size
                break
    return longest
