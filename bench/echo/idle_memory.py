"""The idle-connection benchmark: the server's resident memory (VmRSS) with no connection and
after --idle-connections connections have each done one round trip and sit idle (every server
then waits for their next bytes: jsl with a background Recv( 65536 ) armed on each), divided by
the number of connections."""

import os
import subprocess
import time

import peers
from echo_rounds import CONNECT_TIMEOUT, skipped_above
from interleave import interleaved
from procs import BenchFailure, kill, last_error_line, read_line, rss_kib, start, start_listener

SETTLE = 1.0  # seconds for a server to reach its steady state before its memory is read


def measure_once(server_command, args):
    server, port = start_listener(server_command)
    time.sleep(SETTLE)
    before = rss_kib(server.pid)
    holder = start([os.path.join(args.bin, "echo-loadgen"), "--port", port, "--connections",
                    str(args.idle_connections), "--hold", "--connect-timeout", str(CONNECT_TIMEOUT)],
                   stdin=subprocess.PIPE)
    line = read_line(holder, time.monotonic() + CONNECT_TIMEOUT + 30)
    if line != f"holding {args.idle_connections}":
        kill(holder)
        raise BenchFailure(f"the connections were not all served: {last_error_line(holder)}")
    time.sleep(SETTLE)
    if server.poll() is not None:
        raise BenchFailure(f"the server exited: {last_error_line(server)}")
    after = rss_kib(server.pid)
    holder.stdin.close()
    kill(holder)
    return {"before_kib": before, "after_kib": after,
            "kib_per_conn": (after - before) / args.idle_connections}


def run(args):
    servers = peers.echo_servers(args)
    return interleaved(f"idle, {args.idle_connections} conns", list(servers), args.runs,
                       lambda name: measure_once(servers[name], args),
                       skipped_above(servers, args.idle_connections))
