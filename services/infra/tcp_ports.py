"""TCP ports: a clear failure for a busy one (naming the setting that moves it), a free one for tests."""

from __future__ import annotations

import socket


class PortBusyError(Exception):
    """A port Pulso needs is already taken."""


def ensure_port_free(host: str, port: int, setting: str) -> None:
    """Raise PortBusyError naming ``setting`` when ``host:port`` cannot be bound."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as error:
            raise PortBusyError(
                f"port {port} on {host} is busy ({error.strerror}); stop what uses it or set {setting} to another port"
            ) from None


def free_port(host: str = "127.0.0.1") -> int:
    """A port the OS says is free right now (for tests and embedded components)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def port_open(host: str, port: int, timeout_s: float = 0.5) -> bool:
    """Whether something accepts TCP connections at host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False
