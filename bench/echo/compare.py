#!/usr/bin/env python3
"""bench/run-echo's driver: jsl's sockets beside C, Python, Tcl and C# on loopback.

  echo      round trips per second of bench/echo/echo_server.jsl (background Accept and Recv
            callbacks) beside a C epoll server, Python selectors, Tcl fileevent and a raw C#
            async server, under the C epoll load generator (N connections, 64-byte ping-pong,
            every byte checked), at each --connections count; and each server's CPU time per
            round trip (utime+stime from /proc/PID/stat around the counted window).
  blocking  64-byte ping-pong from a blocking Send/Recv loop in jsl, Python, Tcl and C
            against the C epoll server.
  bulk      --bulk-mib MiB from a Send loop to a Recv(65536) loop, two jsl processes, beside
            the same pair in Python and raw C#; MB/s.
  memory    the server's resident memory growth per idle connection over --idle-connections.

Startup is not measured here: bench/run's startup row times jsl, python3 and tclsh starting.

Every server is started fresh for every run on a port the system chooses, and killed after it.
Runs alternate between the programs compared; tables show medians. A benchmark, not a test:
nothing is asserted about speed. A failed run (a program that does not start, a socket error,
a byte that differs, a time-out) is marked FAILED, that program is not run again in that row,
and the exit status is 1.
"""

import argparse
import os
import platform
import resource
import signal
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import blocking  # noqa: E402
import bulk  # noqa: E402
import echo_rounds  # noqa: E402
import idle_memory  # noqa: E402
import peers  # noqa: E402
import report  # noqa: E402
import self_check  # noqa: E402
from procs import kill_all  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "out")
BENCHMARKS = ["echo", "blocking", "bulk", "memory"]
QUICK = {"runs": 1, "connections": [1, 10], "warmup": 0.2, "duration": 0.5, "blocking_roundtrips": 2000,
         "bulk_mib": 16, "idle_connections": 200}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="interleaved runs per program (default 3)")
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 100, 1000], metavar="N",
                        help="echo connection counts (default 1 100 1000; add 10000 when wanted)")
    parser.add_argument("--warmup", type=float, default=1.0, help="echo: seconds before counting (default 1)")
    parser.add_argument("--duration", type=float, default=5.0, help="echo: seconds counted (default 5)")
    parser.add_argument("--size", type=int, default=64, help="echo: bytes per message (default 64)")
    parser.add_argument("--blocking-roundtrips", type=int, default=50000,
                        help="blocking: timed round trips, after a tenth as many untimed (default 50000)")
    parser.add_argument("--bulk-mib", type=int, default=1024, help="bulk: MiB sent (default 1024)")
    parser.add_argument("--idle-connections", type=int, default=10000,
                        help="memory: idle connections (default 10000)")
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, help="run only these benchmarks")
    parser.add_argument("--quick", action="store_true",
                        help="seconds, not minutes: one run of each, small counts (CI checks it still works)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON (for bench/chart.py)")
    parser.add_argument("--jsl", default=os.path.join(OUT, "jsl", "jsl"),
                        help="the jsl executable, or a jsl.dll (default bench/out/jsl/jsl)")
    parser.add_argument("--jsl-kind", default="", help="how jsl was built, shown in the header")
    parser.add_argument("--bin", default=OUT, help="where bench/run-echo built the C programs and raw-server")
    args = parser.parse_args()
    args.jsl, args.bin = os.path.abspath(args.jsl), os.path.abspath(args.bin)
    if args.quick:
        for key, value in QUICK.items():
            setattr(args, key, value)
    if min([args.runs, args.size, args.blocking_roundtrips, args.bulk_mib, args.idle_connections]
           + args.connections) < 1 or args.duration <= 0 or args.warmup < 0:
        parser.error("counts, sizes and --duration must be positive")
    return args


def raise_descriptor_limit(needed):
    """The servers inherit this limit (ulimit -n): enough for every connection, up to the hard limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard, max(soft, needed + 256)) if hard != resource.RLIM_INFINITY else max(soft, needed + 256)
    if want > soft:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def machine():
    load = os.getloadavg()
    return {"cpus": os.cpu_count(), "kernel": platform.release(), "python": platform.python_version(),
            "load_before": [round(x, 2) for x in load]}


def main():
    args = parse_args()
    missing = peers.missing_programs(args)
    if missing:
        for m in missing:
            print(f"FAILED: {m}")
        return 1
    limit = raise_descriptor_limit(max(args.connections + [args.idle_connections]))
    setup = {**machine(), "jsl": args.jsl, "jsl_kind": args.jsl_kind, "runs": args.runs,
             "connections": args.connections, "warmup": args.warmup, "duration": args.duration,
             "size": args.size, "blocking_roundtrips": args.blocking_roundtrips, "bulk_mib": args.bulk_mib,
             "idle_connections": args.idle_connections, "descriptor_limit": limit, "quick": args.quick}
    kind = f" ({args.jsl_kind})" if args.jsl_kind else ""
    print(f"jsl: {args.jsl}{kind}; Python {setup['python']} ({sys.executable}); "
          f"{setup['cpus']} CPU(s) shared by everything; load average before: {setup['load_before']}")
    print(f"echo: {args.size}-byte ping-pong, {args.warmup:g} s warm-up, {args.duration:g} s counted; "
          f"ulimit -n {limit}; 127.0.0.1", flush=True)

    chosen = args.only or BENCHMARKS
    if args.quick:
        problem = self_check.loadgen_catches_a_wrong_byte(args)
        if problem:
            print(f"FAILED: self-check: {problem}")
            return 1
        print("self-check: the load generator catches a changed byte", flush=True)
    results = {}
    if "echo" in chosen:
        results["echo"] = echo_rounds.run(args)
    if "blocking" in chosen:
        results["blocking"] = blocking.run(args)
    if "bulk" in chosen:
        results["bulk"] = bulk.run(args)
    if "memory" in chosen:
        results["memory"] = idle_memory.run(args)
    setup["load_after"] = [round(x, 2) for x in os.getloadavg()]

    if "echo" in results:
        report.echo_tables(results["echo"], args.runs)
    if "blocking" in results:
        report.single_table(f"blocking client: round trips per second, {args.blocking_roundtrips:,} timed, "
                            "against the C epoll server", results["blocking"], "rt_per_s", "rt/s", "C")
    if "bulk" in results:
        report.single_table(f"bulk: {args.bulk_mib} MiB over one connection, MB/s (10^6 bytes) at the receiver",
                            results["bulk"], "mb_per_s", "MB/s", "C#")
    if "memory" in results:
        report.memory_table(results["memory"], args.idle_connections)
    print(f"\nload average after: {setup['load_after']}; startup: see bench/run's startup row")
    if args.json:
        report.write_json(args.json, setup, results)
        print(f"results written to {args.json}")
    for note in report.skips(results):
        print(f"note: {note}")
    failures = report.problems(results)
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
        kill_all()
    sys.exit(status)
