"""Switching a rules version's mechanisms for one test: every switch off but the one the test is about."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def only_switch(switches: dict[str, bool], name: str) -> Iterator[None]:
    """``switches`` (a rules version's ``V…_MECHANISMS``) all off but ``name``, restored afterwards."""
    if name not in switches:
        raise KeyError(f"{name} is not one of {sorted(switches)}")
    saved = dict(switches)
    switches.update(dict.fromkeys(saved, False))
    switches[name] = True
    try:
        yield
    finally:
        switches.update(saved)
