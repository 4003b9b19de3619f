"""What the gateway talks to: LLM providers and Redis (keys, limits, cache, usage)."""
