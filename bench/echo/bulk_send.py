#!/usr/bin/env python3
"""The Python peer of bulk_send.jsl: sends BENCH_BYTES bytes to 127.0.0.1:BENCH_PORT with a
sendall loop of one 64 KiB block, then closes."""

import os
import socket

port = int(os.environ["BENCH_PORT"])
blocks = int(os.environ["BENCH_BYTES"]) // 65536
block = b"0123456789abcdef" * 4096
skt = socket.create_connection(("127.0.0.1", port))
for _ in range(blocks):
    skt.sendall(block)
skt.close()
