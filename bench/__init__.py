"""Pulso benchmarks: `make bench` (all) or `python -m bench gateway pipeline` (some)."""
