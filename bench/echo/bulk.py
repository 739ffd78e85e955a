"""The bulk benchmark: --bulk-mib MiB from a Send loop to a Recv(65536) loop over loopback,
two processes of the same language; MB/s (10^6 bytes) as the receiver times it, from its
accept to the sender's close. The receiver's byte count must be exactly what was sent."""

import time

import peers
from interleave import interleaved
from procs import BenchFailure, finish, start, start_listener


def measure_once(pair, args):
    receiver_command, sender_command = pair
    expected = args.bulk_mib * 1024 * 1024
    receiver, port = start_listener(receiver_command)
    sender = start(sender_command, env={"BENCH_PORT": port, "BENCH_BYTES": str(expected)})
    deadline = time.monotonic() + 600
    finish(sender, deadline, "the sender", prints=False)
    result = finish(receiver, deadline, "the receiver")
    if int(result["bytes"]) != expected:
        raise BenchFailure(f"the receiver counted {result['bytes']} bytes, {expected} were sent")
    seconds = float(result["seconds"])
    return {"mb_per_s": expected / seconds / 1e6 if seconds > 0 else None}


def run(args):
    pairs = peers.bulk_pairs(args)
    return interleaved(f"bulk, {args.bulk_mib} MiB", list(pairs), args.runs,
                       lambda name: measure_once(pairs[name], args))
