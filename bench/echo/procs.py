"""Processes for bench/echo's driver: start them, read their lines with a deadline, read their
CPU time and resident memory from /proc, and kill them (every one still alive is killed when
the driver exits, also on Ctrl-C or SIGTERM)."""

import os
import re
import select
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
SERVER_START_TIMEOUT = 30.0

running = []  # processes alive right now


class BenchFailure(Exception):
    """A run that cannot be counted: the message says why."""


def start(command, stdin=subprocess.DEVNULL, env=None):
    """Starts command in the repository root, stdout piped. Its stderr goes to a temporary file,
    not a pipe: a server that writes much there must not stall on a full pipe mid-run."""
    errors = tempfile.TemporaryFile()
    try:
        proc = subprocess.Popen(command, stdin=stdin, stdout=subprocess.PIPE, stderr=errors,
                                cwd=ROOT, env={**os.environ, **(env or {})})
    except OSError as error:
        errors.close()
        raise BenchFailure(f"could not start {command[0]}: {error}") from error
    proc.errors = errors
    running.append(proc)
    return proc


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


def kill_all():
    for proc in list(running):
        kill(proc)


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


def last_error_line(proc):
    """The last line proc wrote on stderr (after it has been killed or has exited)."""
    try:
        proc.errors.seek(0)
        text = proc.errors.read().decode(errors="replace").strip()
    except (OSError, ValueError):
        text = ""
    return (text.splitlines() or ["(nothing on stderr)"])[-1]


def start_listener(command, env=None):
    """Starts a server that prints "... listening on port N"; returns (proc, port)."""
    proc = start(command, env={"JSL_PORT": "0", **(env or {})})
    line = read_line(proc, time.monotonic() + SERVER_START_TIMEOUT)
    port = re.search(r"listening on port (\d+)", line or "")
    if not port:
        kill(proc)
        raise BenchFailure(f"{os.path.basename(command[0])} printed {line!r} instead of its port "
                           f"(exit status {proc.returncode}: {last_error_line(proc)})")
    return proc, port.group(1)


def fields(line):
    """{"key": "value"} of a "key=value key=value" result line."""
    return dict(item.split("=", 1) for item in (line or "").split() if "=" in item)


def finish(proc, deadline, what, prints=True):
    """Waits for proc's exit status 0 and, when it prints, its one result line; returns the
    line's fields ({} for a program that prints nothing)."""
    line = read_line(proc, deadline) if prints else ""
    try:
        status = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        kill(proc)
        raise BenchFailure(f"{what} did not finish in time") from None
    if status != 0:
        raise BenchFailure(f"{what} exit status {status}: {last_error_line(proc)}")
    if line is None:
        raise BenchFailure(f"{what} exited (status 0) without printing its result")
    if proc in running:
        running.remove(proc)
    return fields(line)


def cpu_seconds(pid):
    """User + system CPU time of a live process, from /proc/PID/stat; None when unavailable."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read().rsplit(")", 1)[1].split()
        return (int(stat[11]) + int(stat[12])) / CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        return None


def rss_kib(pid):
    """Resident set size of a live process in KiB, from /proc/PID/status."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    raise BenchFailure(f"no VmRSS for process {pid}")
