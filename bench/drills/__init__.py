"""Whole-system drills: the system on the embedded broker and redis-server, with two pipeline workers,
two push workers and a gateway with two workers, under a steady stream of interactions while parts
fail. `make drills` (or `python -m bench.drills --help`); results in bench/results/drills-*.json,
the write-up in docs/drills.md. Not tests: they take minutes and report figures, they assert nothing.
"""
