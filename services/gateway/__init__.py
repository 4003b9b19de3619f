"""Pulso's LLM gateway: one OpenAI-compatible door to every provider, with keys, budgets, cache and cost."""
