"""The pipelined Redis connection of the hot path: every concurrent caller gets its own reply, Redis errors
and lost connections surface as redis-py's exceptions, and it reconnects by itself (real redis-server)."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from services.gateway.adapters.redis_multiplexed import MultiplexedRedis
from services.infra.redis_client import open_redis

pytestmark = pytest.mark.integration


async def test_concurrent_commands_each_get_their_own_reply(redis_url: str) -> None:
    client = open_redis(redis_url)
    fast = MultiplexedRedis.like(client)
    assert fast is not None
    prefix = f"pulso:test:mux:{uuid.uuid4().hex}:"
    try:
        carts = {f"{prefix}carrito-{n}": f"zapatillas Topper talle {n}" for n in range(200)}
        await asyncio.gather(*(fast.execute("SET", name, value, "EX", 60) for name, value in carts.items()))
        replies = await asyncio.gather(*(fast.execute("GET", name) for name in carts))
        assert replies == list(carts.values())
        assert await fast.execute("GET", prefix + "no-existe") is None
        assert await client.get(prefix + "carrito-7") == "zapatillas Topper talle 7"  # the same server and db
    finally:
        await fast.aclose()
        await client.aclose()


async def test_a_redis_error_is_a_response_error_and_the_connection_stays_usable(redis_url: str) -> None:
    client = open_redis(redis_url)
    fast = MultiplexedRedis.like(client)
    assert fast is not None
    try:
        with pytest.raises(ResponseError, match="NOSCRIPT"):
            await fast.execute("EVALSHA", "0" * 40, 0)
        assert await fast.execute("ECHO", "cuotas sin interés") == "cuotas sin interés"
    finally:
        await fast.aclose()
        await client.aclose()


async def test_a_lost_connection_fails_with_connection_error_and_the_next_command_reconnects(redis_url: str) -> None:
    client = open_redis(redis_url)
    fast = MultiplexedRedis.like(client)
    assert fast is not None
    try:
        own_id = await fast.execute("CLIENT", "ID")
        blocked = asyncio.create_task(fast.execute("BLPOP", f"pulso:test:mux:{uuid.uuid4().hex}", 3))
        await asyncio.sleep(0.2)
        await client.client_kill_filter(_id=own_id)
        with pytest.raises(RedisConnectionError):
            await blocked
        assert await fast.execute("ECHO", "envío gratis") == "envío gratis"
        assert await fast.execute("CLIENT", "ID") != own_id
    finally:
        await fast.aclose()
        await client.aclose()


async def test_an_unreachable_server_is_a_connection_error(redis_url: str) -> None:
    from services.infra.tcp_ports import free_port

    fast = MultiplexedRedis("127.0.0.1", free_port(), timeout_s=1.0)
    with pytest.raises(RedisConnectionError):
        await fast.execute("PING")


async def test_a_server_that_does_not_speak_redis_fails_the_command_with_connection_error() -> None:
    async def answer_garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(100)
        writer.write(b"HTTP/1.1 400 Bad Request\r\n\r\n")
        await writer.drain()

    server = await asyncio.start_server(answer_garbage, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    fast = MultiplexedRedis("127.0.0.1", port, timeout_s=2.0)
    try:
        with pytest.raises(RedisConnectionError):
            await fast.execute("GET", "pulso:test:mux:carrito")
    finally:
        await fast.aclose()
        server.close()
        await server.wait_closed()


async def test_a_command_without_a_reply_times_out_and_a_late_reply_is_dropped_in_order() -> None:
    """A server that answers the first command late: it fails with TimeoutError, the next gets its own reply."""

    async def answer_late(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(100)
        await asyncio.sleep(0.6)  # past the client's timeout
        writer.write(b"+late\r\n")
        await reader.read(100)
        writer.write(b"+second\r\n")
        await writer.drain()
        await reader.read(100)

    server = await asyncio.start_server(answer_late, "127.0.0.1", 0)
    fast = MultiplexedRedis("127.0.0.1", server.sockets[0].getsockname()[1], timeout_s=0.4)
    try:
        started = asyncio.get_running_loop().time()
        with pytest.raises(RedisTimeoutError):
            await fast.execute("GET", "pulso:test:mux:tarde")
        assert 0.4 <= asyncio.get_running_loop().time() - started < 0.9
        await asyncio.sleep(0.3)  # the late reply arrives meanwhile and is dropped
        assert await fast.execute("GET", "pulso:test:mux:segundo") == "second"
    finally:
        await fast.aclose()
        server.close()
        await server.wait_closed()
