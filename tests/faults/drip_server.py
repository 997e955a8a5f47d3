"""A fake model server that answers one byte every `interval_s` seconds (never a socket timeout, never
done in time), except the routes in `fast`, which it answers at once. For the model deadline tests."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def drip_server(interval_s: float = 2.0, fast: dict[str, object] | None = None) -> Iterator[str]:
    listener = socket.create_server(("127.0.0.1", 0))
    stopping = threading.Event()

    def serve(conn: socket.socket) -> None:
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                request += chunk
            route = request.split(b" ", 2)[1].decode()
            body = json.dumps(fast[route] if fast and route in fast else {"data": [{"id": "irlens-drip"}]})
            reply = (f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                     f"Connection: close\r\n\r\n{body}").encode()
            if fast and route in fast:
                conn.sendall(reply)
                return
            for byte in reply:
                if stopping.wait(interval_s):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:  # the client gave up and closed: what the deadline should do
                    return

    def accept() -> None:
        while not stopping.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stopping.set()
        listener.close()
