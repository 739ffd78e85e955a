#!/usr/bin/env python3
"""The Python peer of examples/socket_echo_server.jsl for bench/echo: an echo server on one
thread, non-blocking sockets and selectors.DefaultSelector (epoll here). Every byte a client
sends comes back to it; a client that closes (or resets) is closed.

Like the jsl server it listens on localhost, port JSL_PORT or else 0 (the system chooses), prints
"echo server listening on port N", sets TCP_NODELAY on accepted connections (jsl does too) and
reads up to 65536 bytes at a time. Data the kernel will not take at once is kept and sent when
the socket is writable, reading from that client paused meanwhile.
"""

import os
import selectors
import signal
import socket
import sys

READ_SIZE = 65536


def main():
    port = int(os.environ.get("JSL_PORT") or "0")
    selector = selectors.DefaultSelector()
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(4096)
    server.setblocking(False)
    selector.register(server, selectors.EVENT_READ, None)
    print(f"echo server listening on port {server.getsockname()[1]}", flush=True)

    pending = {}  # connection -> bytes not yet sent

    def close(conn):
        selector.unregister(conn)
        pending.pop(conn, None)
        conn.close()

    def accept():
        while True:
            try:
                conn, _ = server.accept()
            except BlockingIOError:
                return
            conn.setblocking(False)
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            selector.register(conn, selectors.EVENT_READ, None)

    def send(conn, data):
        try:
            sent = conn.send(data)
        except BlockingIOError:
            sent = 0
        if sent < len(data):
            pending[conn] = data[sent:]
            selector.modify(conn, selectors.EVENT_WRITE, None)
        elif conn in pending:
            del pending[conn]
            selector.modify(conn, selectors.EVENT_READ, None)

    def serve(conn, events):
        try:
            if events & selectors.EVENT_WRITE:
                send(conn, pending[conn])
                return
            data = conn.recv(READ_SIZE)
            if data:
                send(conn, data)
            else:
                close(conn)
        except BlockingIOError:
            pass
        except OSError:
            close(conn)

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        while True:
            for key, events in selector.select():
                if key.fileobj is server:
                    accept()
                else:
                    serve(key.fileobj, events)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
