"""Echo benchmark driver: round trips per second of examples/socket_echo_server.jsl run by jsl,
beside a Python selectors echo server, at 1 and 100 connections, runs interleaved.

Usage: python3 compare_echo.py --jsl PATH --load PATH [--runs N] [--seconds S] [--connections 1,100]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ECHO_JSL = os.path.join(ROOT, "examples", "socket_echo_server.jsl")
ECHO_PY = os.path.join(ROOT, "bench", "echo", "echo_server.py")


def start_server(command, env=None):
    """Starts a server that prints 'listening on port N'; returns (process, port)."""
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.time() + 20
    while time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if "listening on port" in line:
            return proc, int(line.strip().strip('"').split()[-1])
    stop(proc)
    raise RuntimeError(f"{command[0]} did not report its port: {proc.stderr.read()[:500]}")


def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def measure(server_command, load, connections, seconds, env=None):
    proc, port = start_server(server_command, env)
    try:
        out = subprocess.run([load, str(port), str(connections), str(seconds), "1", "64"],
                             capture_output=True, text=True, timeout=seconds + 60)
        if out.returncode != 0:
            raise RuntimeError(f"load failed: {out.stderr.strip()[:500]}")
        return float(out.stdout.split()[-1])
    finally:
        stop(proc)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jsl", required=True)
    parser.add_argument("--load", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--connections", default="1,100")
    args = parser.parse_args()
    env = dict(os.environ, JSL_PORT="0")
    servers = {
        "jsl": [args.jsl, ECHO_JSL],
        "python3": [sys.executable, ECHO_PY, "0"],
    }
    results = {}
    failed = False
    for connections in [int(c) for c in args.connections.split(",")]:
        for run in range(args.runs):
            for name, command in servers.items():
                try:
                    rate = measure(command, args.load, connections, args.seconds, env)
                    results.setdefault((connections, name), []).append(rate)
                    print(f"  {connections:>4} conn  run {run + 1}  {name:<8} {rate:>10.0f} rt/s", flush=True)
                except Exception as e:  # report and go on: one failure must not hide the rest
                    failed = True
                    print(f"  {connections:>4} conn  run {run + 1}  {name:<8} FAILED: {e}", flush=True)
    print()
    print(f"median round trips per second, {args.runs} run(s) of {args.seconds:g} s each, interleaved; ratio > 1: jsl is faster")
    print(f"{'connections':>11}  {'jsl rt/s':>10}  {'python3 rt/s':>12}  {'jsl/python3':>11}")
    for connections in [int(c) for c in args.connections.split(",")]:
        j = results.get((connections, "jsl"))
        p = results.get((connections, "python3"))
        jm = statistics.median(j) if j else float("nan")
        pm = statistics.median(p) if p else float("nan")
        ratio = jm / pm if j and p and pm else float("nan")
        print(f"{connections:>11}  {jm:>10.0f}  {pm:>12.0f}  {ratio:>11.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
