"""The blocking-client benchmark: 64-byte ping-pong from a blocking Send/Recv loop in jsl,
Python, Tcl and C against a fresh C epoll echo server; round trips per second."""

import os
import time

import peers
from interleave import interleaved
from procs import finish, start, start_listener


def measure_once(client_command, args):
    server, port = start_listener([os.path.join(args.bin, "echo-epoll")])
    client = start(client_command, env={"BENCH_PORT": port, "BENCH_ROUNDTRIPS": str(args.blocking_roundtrips),
                                        "BENCH_WARMUP": str(max(1, args.blocking_roundtrips // 10))})
    result = finish(client, time.monotonic() + 300, "the client")
    roundtrips, seconds = int(result["roundtrips"]), float(result["seconds"])
    return {"rt_per_s": roundtrips / seconds if seconds > 0 else None}


def run(args):
    clients = peers.blocking_clients(args)
    return interleaved("blocking client", list(clients), args.runs,
                       lambda name: measure_once(clients[name], args))
