#!/usr/bin/env python3
"""Round trips per second of examples/socket_echo_server.jsl (run by jsl) beside
bench/echo/echo_server.py (python3, selectors), at 1 and 100 concurrent connections.

For every measurement a fresh server is started on a port the system chooses (each prints
"echo server listening on port N"), the load generator (bench/echo/LoadGen, built by
bench/run-echo) opens the connections, each sends a message, waits for all of it to come back,
checks every byte and repeats; after a warm-up it counts the round trips completed in the
measured interval. Then the server is killed. Runs are interleaved (jsl, python3, jsl,
python3, ...) so that the noise of a shared 2-core machine falls on both alike; the table shows
medians, and the server's CPU time per round trip during the measured interval.

A benchmark, not a test: nothing is asserted about speed. A run that fails (server does not
start, a connection error, an echo that differs from what was sent, a time-out) is marked FAILED,
that server is not run again at that connection count, and the exit status is 1.
"""

import argparse
import os
import re
import resource
import select
import signal
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(os.path.dirname(HERE), "out")
SERVER_START_TIMEOUT = 15.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

running = []  # servers and load generators alive right now, killed on any exit


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs per server and connection count (default 3)")
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 100], metavar="N",
                        help="concurrent connection counts (default 1 100)")
    parser.add_argument("--warmup", type=float, default=1.0, help="seconds before counting starts (default 1)")
    parser.add_argument("--duration", type=float, default=5.0, help="seconds counted (default 5)")
    parser.add_argument("--size", type=int, default=64, help="bytes per message (default 64)")
    parser.add_argument("--jsl", default=os.path.join(OUT, "jsl", "jsl"),
                        help="the jsl executable (default bench/out/jsl/jsl)")
    parser.add_argument("--jsl-kind", default="", help="how jsl was built, shown in the header")
    parser.add_argument("--loadgen", default=os.path.join(OUT, "echo-loadgen", "echo-loadgen"),
                        help="the load generator (default bench/out/echo-loadgen/echo-loadgen)")
    args = parser.parse_args()
    if args.runs < 1 or args.size < 1 or args.duration <= 0 or args.warmup < 0 \
            or any(n < 1 for n in args.connections):
        parser.error("--runs, --connections, --size and --duration must be positive")
    return args


def server_commands(args):
    return {
        "jsl": [args.jsl, os.path.join(ROOT, "examples", "socket_echo_server.jsl")],
        # The real interpreter, not a pyenv shim in front of it.
        "python3": [sys.executable, os.path.join(HERE, "echo_server.py")],
    }


def kill(proc):
    """SIGTERM, then SIGKILL if it has not gone within 3 s. Safe to call twice."""
    if proc.poll() is None:
        try:
            proc.terminate()
            proc.wait(timeout=3)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=3)
    if proc in running:
        running.remove(proc)


def read_line(proc, deadline):
    """The next stdout line of proc (without the line end), or None at end of file or deadline."""
    data = b""
    fd = proc.stdout.fileno()
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return None
        chunk = os.read(fd, 1)  # one byte at a time: nothing past the line is consumed
        if not chunk:
            return None
        data += chunk
    return data.decode(errors="replace").rstrip("\r\n")


def cpu_seconds(pid):
    """User + system CPU time of a live process, from /proc; None where that is unavailable."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        return None


def start(command, **kwargs):
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, **kwargs)
    running.append(proc)
    return proc


def measure_once(server_command, connections, args):
    """Start a server, load it, kill it. Returns ({rt_per_s, server_us, loadgen_cpu}, None) or (None, why)."""
    server = start(server_command, stderr=subprocess.PIPE, cwd=ROOT, env={**os.environ, "JSL_PORT": "0"})
    loadgen = None
    try:
        line = read_line(server, time.monotonic() + SERVER_START_TIMEOUT)
        port = re.search(r"listening on port (\d+)", line or "")
        if not port:
            return None, f"server printed {line!r} instead of its port (exit status {server.poll()})"
        command = [args.loadgen, "--port", port.group(1), "--connections", str(connections),
                   "--warmup", str(args.warmup), "--duration", str(args.duration), "--size", str(args.size)]
        # Inline completions: the load generator runs its callbacks on its one epoll thread
        # instead of handing them to the thread pool, so it stays on (at most) one core.
        env = {**os.environ, "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS": "1", "DOTNET_TieredPGO": "1"}
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.monotonic()
        loadgen = start(command, stderr=subprocess.PIPE, env=env)
        deadline = started + args.warmup + args.duration + 30
        if read_line(loadgen, deadline) != "measuring":
            return None, loadgen_failure(loadgen, server)
        cpu_start = cpu_seconds(server.pid)
        result = read_line(loadgen, deadline)
        cpu_end = cpu_seconds(server.pid)
        if result is None or loadgen.wait(timeout=max(1.0, deadline - time.monotonic())) != 0:
            return None, loadgen_failure(loadgen, server)
        wall = time.monotonic() - started
        children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
        fields = dict(item.split("=", 1) for item in result.split())
        rt_per_s, roundtrips = float(fields["rt_per_s"]), int(fields["roundtrips"])
        if roundtrips == 0:
            return None, "no round trip completed in the measured interval"
        server_us = None
        if cpu_start is not None and cpu_end is not None:
            server_us = (cpu_end - cpu_start) / roundtrips * 1e6
        loadgen_cpu = (children_after.ru_utime + children_after.ru_stime
                       - children_before.ru_utime - children_before.ru_stime) / wall
        return {"rt_per_s": rt_per_s, "server_us": server_us, "loadgen_cpu": loadgen_cpu,
                "min_per_conn": int(fields["min_per_conn"])}, None
    except subprocess.TimeoutExpired:
        return None, "the load generator did not finish in time"
    except OSError as error:
        return None, f"could not start: {error}"
    finally:
        if loadgen is not None:
            kill(loadgen)
        kill(server)


def loadgen_failure(loadgen, server):
    kill(loadgen)
    why = (loadgen.stderr.read().decode(errors="replace").strip().splitlines() or ["(no message)"])[-1]
    state = "the server had exited" if server.poll() is not None else "the server was running"
    return f"load generator exit status {loadgen.returncode}: {why} ({state})"


def measure(args):
    """{connections: {server: {"runs": [...], "problem": str|None}}}"""
    commands = server_commands(args)
    results = {}
    for connections in args.connections:
        row = {name: {"runs": [], "problem": None} for name in commands}
        sys.stderr.write(f"{connections:>5} connection(s) ")
        sys.stderr.flush()
        for _ in range(args.runs):
            for name, command in commands.items():
                cell = row[name]
                if cell["problem"]:
                    continue  # a failed server is not retried: its number would mean nothing
                run, problem = measure_once(command, connections, args)
                if problem:
                    cell["problem"] = problem
                    sys.stderr.write("x")
                else:
                    cell["runs"].append(run)
                    sys.stderr.write(".")
                sys.stderr.flush()
        sys.stderr.write("\n")
        results[connections] = row
    return results


def median(cell, key):
    values = [run[key] for run in cell["runs"] if run[key] is not None]
    return statistics.median(values) if values and not cell["problem"] else None


def print_table(results, args):
    headers = ["connections", "jsl rt/s", "python3 rt/s", "jsl/python3",
               "jsl us CPU/rt", "python3 us CPU/rt", "loadgen CPU"]
    rows = []
    for connections, row in results.items():
        jsl, py = median(row["jsl"], "rt_per_s"), median(row["python3"], "rt_per_s")
        loadgen = [run["loadgen_cpu"] for cell in row.values() for run in cell["runs"]]
        rows.append([str(connections),
                     f"{jsl:,.0f}" if jsl else "FAILED",
                     f"{py:,.0f}" if py else "FAILED",
                     f"{jsl / py:.2f}" if jsl and py else "-",
                     fmt_us(median(row["jsl"], "server_us")),
                     fmt_us(median(row["python3"], "server_us")),
                     f"{max(loadgen):.0%}" if loadgen else "-"])
    widths = [max(len(r[i]) for r in rows + [headers]) for i in range(len(headers))]
    line = "  ".join(h.rjust(w) for h, w in zip(headers, widths))
    print()
    print(f"median round trips per second, {args.runs} run(s) each, interleaved; "
          f"ratio > 1: jsl is faster")
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(c.rjust(w) for c, w in zip(r, widths)))


def fmt_us(value):
    return f"{value:.1f}" if value is not None else "-"


def describe(args):
    kind = f" ({args.jsl_kind})" if args.jsl_kind else ""
    print(f"jsl:     {args.jsl}{kind} examples/socket_echo_server.jsl")
    print(f"python3: {sys.executable} (Python {sys.version.split()[0]}) bench/echo/echo_server.py")
    print(f"load:    {args.loadgen}: {args.size}-byte messages, one in flight per connection, "
          f"{args.warmup:g} s warm-up, {args.duration:g} s counted; 127.0.0.1; {os.cpu_count()} CPU(s) "
          f"shared by server and load generator")
    print(flush=True)


def main():
    args = parse_args()
    missing = [f"{what}: no executable at {path}" for what, path in
               (("jsl", args.jsl), ("load generator", args.loadgen))
               if not (os.path.isfile(path) and os.access(path, os.X_OK))]
    if missing:
        for m in missing:
            print(f"FAILED: {m} (build with bench/run-echo)")
        return 1
    describe(args)
    results = measure(args)
    print_table(results, args)
    failures = [f"{name} at {connections} connection(s): {cell['problem']}"
                for connections, row in results.items() for name, cell in row.items() if cell["problem"]]
    starved = [f"{name} at {connections} connection(s): a connection completed only "
               f"{min(r['min_per_conn'] for r in cell['runs'])} round trips in a run"
               for connections, row in results.items() for name, cell in row.items()
               if connections > 1 and cell["runs"] and min(r["min_per_conn"] for r in cell["runs"]) == 0]
    for note in starved:
        print(f"note: {note}")
    for failure in failures:
        print(f"FAILED: {failure}")
    return 1 if failures else 0


def on_signal(signum, _frame):
    raise KeyboardInterrupt(f"signal {signum}")


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, on_signal)
    status = 130
    try:
        status = main()
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
    finally:
        for proc in list(running):
            kill(proc)
    sys.exit(status)
