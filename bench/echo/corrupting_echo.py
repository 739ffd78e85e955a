#!/usr/bin/env python3
"""A deliberately wrong echo server for bench/run-echo's self-check: it echoes like
echo_server.py but changes one byte of the 100th block it receives, so the load generator must
report an echoed byte that differs. Quick mode runs it to prove the byte check can fail."""

import os
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", int(os.environ.get("JSL_PORT") or "0")))
server.listen(16)
print(f"echo server listening on port {server.getsockname()[1]}", flush=True)
conn, _ = server.accept()
blocks = 0
while True:
    data = conn.recv(65536)
    if not data:
        break
    blocks += 1
    if blocks == 100:
        data = bytes([data[0] ^ 0x20]) + data[1:]
    conn.sendall(data)
