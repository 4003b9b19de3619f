"""Reading one HTTP/1.1 answer off a raw socket, for tests that send requests no HTTP client would (a body that never
ends): the head and the body may arrive in separate reads, so one ``recv`` is not an answer."""

from __future__ import annotations

import socket


def read_answer(sock: socket.socket) -> bytes:
    """The status line, headers and ``Content-Length`` bytes of body (or all until the peer closes); a socket timeout
    raises, so a server that never answers fails the test."""
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = sock.recv(4096)
        if not chunk:
            return answer
        answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    length = next(
        (
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")[1:]
            if line.lower().startswith(b"content-length:")
        ),
        None,
    )
    while length is None or len(body) < length:
        chunk = sock.recv(4096)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body
