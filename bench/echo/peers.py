"""The programs bench/echo compares: the echo servers, the blocking clients and the bulk pairs,
as command lines. Every server of one table gets the same load; the order here is the order of
the table's columns and of the interleaved runs."""

import functools
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def jsl_command(path):
    """jsl as a command: a NativeAOT (or apphost) executable, or a jsl.dll run by dotnet."""
    return ["dotnet", path] if path.endswith(".dll") else [path]


def find_tclsh():
    return "/usr/bin/tclsh" if os.access("/usr/bin/tclsh", os.X_OK) else shutil.which("tclsh")


@functools.lru_cache(maxsize=1)
def tcl_version():
    try:
        return subprocess.run([find_tclsh() or "tclsh"], input="puts [info patchlevel]\n", capture_output=True,
                              text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def connection_limit(name):
    """(most connections, why) for a server that cannot take more, else (None, None).

    Decision: Tcl 8's notifier waits with select(), and glibc aborts the process (a "bit out of
    range 0 - FD_SETSIZE on fd_set" fatal error) at descriptor 1024, so Tcl 8 is shown as n/a
    above 1,000 connections instead of failing the run; Tcl 9 waits with epoll and is run.
    """
    if name == "Tcl" and tcl_version().startswith("8."):
        return 1000, f"n/a: Tcl {tcl_version()} waits with select(), which aborts at descriptor 1024"
    return None, None


def missing_programs(args):
    """What cannot run, as sentences (an empty list when everything is there)."""
    missing = []
    if not os.path.isfile(args.jsl):
        missing.append(f"jsl: no file at {args.jsl} (build with bench/run-echo)")
    for name in ("echo-loadgen", "echo-epoll", "blocking-client"):
        if not os.access(os.path.join(args.bin, name), os.X_OK):
            missing.append(f"{name}: not built in {args.bin} (bench/run-echo builds it with gcc)")
    if not os.path.isfile(raw_server(args)[-1]):
        missing.append(f"raw-server: not built in {args.bin}/raw-server (bench/run-echo builds it)")
    if not find_tclsh():
        missing.append("tclsh: not installed (apt-get install tcl)")
    return missing


def raw_server(args):
    return ["dotnet", os.path.join(args.bin, "raw-server", "raw-server.dll")]


def echo_servers(args):
    """{column name: command} of the echo servers."""
    return {
        "jsl": jsl_command(args.jsl) + [os.path.join(HERE, "echo_server.jsl")],
        "C epoll": [os.path.join(args.bin, "echo-epoll")],
        # The real interpreter, not a pyenv shim in front of it.
        "Python": [sys.executable, os.path.join(HERE, "echo_server.py")],
        "Tcl": [find_tclsh() or "tclsh", os.path.join(HERE, "echo_server.tcl")],
        "C#": raw_server(args) + ["echo"],
    }


def blocking_clients(args):
    return {
        "jsl": jsl_command(args.jsl) + [os.path.join(HERE, "blocking_client.jsl")],
        "Python": [sys.executable, os.path.join(HERE, "blocking_client.py")],
        "Tcl": [find_tclsh() or "tclsh", os.path.join(HERE, "blocking_client.tcl")],
        "C": [os.path.join(args.bin, "blocking-client")],
    }


def bulk_pairs(args):
    """{name: (receiver command, sender command)}"""
    jsl = jsl_command(args.jsl)
    return {
        "jsl": (jsl + [os.path.join(HERE, "bulk_recv.jsl")], jsl + [os.path.join(HERE, "bulk_send.jsl")]),
        "Python": ([sys.executable, os.path.join(HERE, "bulk_recv.py")],
                   [sys.executable, os.path.join(HERE, "bulk_send.py")]),
        "C#": (raw_server(args) + ["bulk-recv"], raw_server(args) + ["bulk-send"]),
    }
