"""The echo benchmark: round trips per second of each echo server under the C load generator,
and the CPU each server and the load generator spend per round trip in the counted window."""

import os
import time

import peers
from interleave import interleaved
from procs import BenchFailure, cpu_seconds, fields, kill, last_error_line, read_line, start, start_listener

CONNECT_TIMEOUT = 120.0  # seconds for every connection's first round trip (10,000 on a slow server)


def measure_once(server_command, connections, args):
    server, port = start_listener(server_command)
    command = [os.path.join(args.bin, "echo-loadgen"), "--port", port, "--connections", str(connections),
               "--warmup", str(args.warmup), "--duration", str(args.duration), "--size", str(args.size),
               "--connect-timeout", str(CONNECT_TIMEOUT)]
    loadgen = start(command)
    deadline = time.monotonic() + CONNECT_TIMEOUT + args.warmup + args.duration + 30
    if read_line(loadgen, deadline) != "measuring":
        raise BenchFailure(failure(loadgen, server))
    cpu_start = cpu_seconds(server.pid)
    line = read_line(loadgen, deadline)
    cpu_end = cpu_seconds(server.pid)
    if line is None or loadgen.wait(timeout=max(1.0, deadline - time.monotonic())) != 0:
        raise BenchFailure(failure(loadgen, server))
    result = fields(line)
    roundtrips = int(result["roundtrips"])
    if roundtrips == 0:
        raise BenchFailure("no round trip completed in the counted window")
    if int(result["errors"]) != 0:
        raise BenchFailure(f"{result['errors']} connection error(s)")
    server_us = None
    if cpu_start is not None and cpu_end is not None:
        server_us = (cpu_end - cpu_start) / roundtrips * 1e6
    return {"rt_per_s": float(result["rt_per_s"]), "server_us": server_us,
            "loadgen_us": float(result["cpu_s"]) / roundtrips * 1e6,
            "loadgen_cpu": float(result["cpu_s"]) / float(result["seconds"]),
            "min_per_conn": int(result["min_per_conn"])}


def failure(loadgen, server):
    kill(loadgen)
    state = "the server had exited" if server.poll() is not None else "the server was running"
    return f"load generator exit status {loadgen.returncode}: {last_error_line(loadgen)} ({state})"


def run(args):
    """{connections: row} for every --connections count."""
    servers = peers.echo_servers(args)
    return {n: interleaved(f"echo, {n} connection(s)", list(servers), args.runs,
                           lambda name, n=n: measure_once(servers[name], n, args), skipped_above(servers, n))
            for n in args.connections}


def skipped_above(servers, connections):
    """{server: why} for the servers that cannot hold that many connections."""
    limits = {name: peers.connection_limit(name) for name in servers}
    return {name: why for name, (most, why) in limits.items() if most is not None and connections > most}
