#!/usr/bin/env python3
"""The Python peer of blocking_client.jsl: 64-byte ping-pong with blocking send/recv against
127.0.0.1:BENCH_PORT; BENCH_WARMUP round trips, then BENCH_ROUNDTRIPS timed; prints
"roundtrips=N seconds=S". Two messages alternate; every echo must equal what was sent."""

import os
import socket
import sys
import time

port = int(os.environ["BENCH_PORT"])
n = int(os.environ["BENCH_ROUNDTRIPS"])
warm = int(os.environ["BENCH_WARMUP"])
messages = [b"0123456789abcdef" * 4, b"FEDCBA9876543210" * 4]
size = len(messages[0])

skt = socket.create_connection(("127.0.0.1", port))
start = time.perf_counter()
for i in range(1, warm + n + 1):
    if i == warm + 1:
        start = time.perf_counter()
    message = messages[i % 2]
    skt.sendall(message)
    echo = b""
    while len(echo) < size:
        chunk = skt.recv(size - len(echo))
        if not chunk:
            sys.exit("recv: the server closed the connection")
        echo += chunk
    if echo != message:
        sys.exit(f"round trip {i}: the echo differs from the message")
seconds = time.perf_counter() - start
skt.close()
print(f"roundtrips={n} seconds={seconds:.6f}")
