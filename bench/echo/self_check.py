"""Quick mode's self-check: the load generator must fail against corrupting_echo.py (one byte
changed in the 100th block), so a byte check that had stopped checking would be noticed."""

import os
import sys
import time

from procs import BenchFailure, kill, last_error_line, read_line, start, start_listener

HERE = os.path.dirname(os.path.abspath(__file__))


def loadgen_catches_a_wrong_byte(args):
    """None when the load generator caught the wrong byte, else what went wrong."""
    try:
        server, port = start_listener([sys.executable, os.path.join(HERE, "corrupting_echo.py")])
    except BenchFailure as failure:
        return str(failure)
    loadgen = start([os.path.join(args.bin, "echo-loadgen"), "--port", port, "--connections", "1",
                     "--warmup", "0.2", "--duration", "0.5"])
    try:
        while read_line(loadgen, time.monotonic() + 30) is not None:
            pass
        status = loadgen.wait(timeout=30)
        why = last_error_line(loadgen)
        if status != 1 or "differs" not in why:
            return f"the load generator did not catch a changed byte (exit status {status}: {why})"
        return None
    finally:
        kill(loadgen)
        kill(server)
