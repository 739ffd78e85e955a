"""Runs alternate between the programs compared (a, b, c, a, b, c, ...) so that the noise of a
shared machine falls on all of them alike; a program that fails once is not run again in that
row (its number would mean nothing) and its cell carries the reason."""

import statistics
import sys

from procs import BenchFailure, kill_all


def interleaved(label, names, runs, measure_one, skipped=None):
    """{name: {"runs": [result, ...], "problem": str|None, "skipped": str|None}} for one row of
    a table; skipped maps a program that cannot take part to the reason (it is not run)."""
    skipped = skipped or {}
    row = {name: {"runs": [], "problem": None, "skipped": skipped.get(name)} for name in names}
    sys.stderr.write(f"{label:<24} ")
    sys.stderr.flush()
    for _ in range(runs):
        for name in names:
            cell = row[name]
            if cell["problem"] or cell["skipped"]:
                continue
            try:
                cell["runs"].append(measure_one(name))
                sys.stderr.write(".")
            except BenchFailure as failure:
                cell["problem"] = str(failure)
                sys.stderr.write("x")
            finally:
                kill_all()  # nothing of one run may load the next
            sys.stderr.flush()
    sys.stderr.write("\n")
    return row


def median(cell, key):
    """The median of key over a cell's runs; None when the cell failed or has no value."""
    if cell is None or cell["problem"] or cell.get("skipped"):
        return None
    values = [run[key] for run in cell["runs"] if run.get(key) is not None]
    return statistics.median(values) if values else None


def ratio(a, b):
    return a / b if a is not None and b else None
