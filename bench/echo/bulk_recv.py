#!/usr/bin/env python3
"""The Python peer of bulk_recv.jsl: accepts one connection on 127.0.0.1 (port 0), reads it with
recv(65536) until the sender closes, prints "bytes=N seconds=S" (from the accept to the close)."""

import socket
import time

server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
server.listen(1)
print(f"bulk receiver listening on port {server.getsockname()[1]}", flush=True)
conn, _ = server.accept()
start = time.perf_counter()
total = 0
while True:
    data = conn.recv(65536)
    if not data:
        break
    total += len(data)
seconds = time.perf_counter() - start
conn.close()
print(f"bytes={total} seconds={seconds:.6f}")
