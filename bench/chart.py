#!/usr/bin/env python3
"""Draws docs/performance.png from the JSON results of bench/run-echo and bench/run.

    bench/run-echo --json bench/out/echo.json
    bench/run --json bench/out/interp.json
    /usr/bin/python3 bench/chart.py bench/out/echo.json bench/out/interp.json [-o docs/performance.png]

Needs matplotlib (Debian: apt-get install python3-matplotlib, hence /usr/bin/python3). The panels:
echo round trips per second per server at each connection count; CPU microseconds per round
trip; and jsl's time over python3's (and tclsh's) per interpreter workload, where below 1 is
faster. A cell that failed in the run is left out and named in the panel's note.
"""

import argparse
import json
import os
import sys

try:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
except ImportError:
    sys.exit("chart.py needs matplotlib: apt-get install python3-matplotlib, then run it with /usr/bin/python3")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLOURS = {"jsl": "#d62728", "C epoll": "#7f7f7f", "Python": "#1f77b4", "Tcl": "#2ca02c", "C#": "#9467bd"}


def grouped_bars(axis, groups, series, value, ylabel, title):
    """One group per connection count, one bar per server; a cell with no value (failed, or
    n/a for a server that cannot hold that many connections) is marked n/a at the axis."""
    names = list(series)
    width = 0.8 / len(names)
    for i, name in enumerate(names):
        xs, ys = [], []
        for g, group in enumerate(groups):
            v = value(group, name)
            x = g + (i - (len(names) - 1) / 2) * width
            if v is None:
                axis.text(x, 0, "n/a", ha="center", va="bottom", fontsize=7, rotation=90)
            else:
                xs.append(x)
                ys.append(v)
        axis.bar(xs, ys, width, label=name, color=COLOURS.get(name))
    axis.set_xticks(range(len(groups)), [f"{int(g):,} conn" for g in groups])
    axis.set_ylabel(ylabel)
    axis.set_title(title, fontsize=10)
    axis.grid(axis="y", alpha=0.3)


def echo_panels(echo, rt_axis, cpu_axis):
    groups = list(echo)
    names = list(next(iter(echo.values())))
    grouped_bars(rt_axis, groups, names, lambda g, n: echo[g][n]["rt_per_s"],
                 "round trips per second (median)", "Echo, 64-byte ping-pong, C epoll load generator")
    rt_axis.legend(fontsize=8, ncol=len(names))
    grouped_bars(cpu_axis, groups, names, lambda g, n: echo[g][n]["server_us"],
                 "server CPU µs per round trip (median)", "Echo: what a round trip costs the server (lower is better)")


def interpreter_panel(interp, axis):
    workloads = [w for w in interp["workloads"] if w != "startup"] + (
        ["startup"] if "startup" in interp["workloads"] else [])
    for offset, (other, colour) in enumerate([("python3", "#1f77b4"), ("tclsh", "#2ca02c")]):
        ys, xs = [], []
        for i, w in enumerate(workloads):
            row = interp["workloads"][w]
            jsl, ref = row.get("jsl", {}).get("seconds"), row.get(other, {}).get("seconds")
            if jsl and ref:
                ys.append(i + (offset - 0.5) * 0.4)
                xs.append(jsl / ref)
        axis.barh(ys, xs, 0.4, label=f"jsl / {other}", color=colour)
        for x, y in zip(xs, ys):
            axis.text(x, y, f" {x:.2f}", va="center", fontsize=7)
    axis.axvline(1.0, color="black", linewidth=0.8)
    axis.axvline(0.7, color="#d62728", linewidth=0.8, linestyle="--", label="target 0.7 × python3")
    axis.set_yticks(range(len(workloads)), workloads)
    axis.invert_yaxis()
    axis.set_xlabel("jsl time / other time (median; below 1: jsl is faster)")
    axis.set_title("Interpreter workloads (bench/run)", fontsize=10)
    axis.legend(fontsize=8)
    axis.grid(axis="x", alpha=0.3)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("echo", help="JSON written by bench/run-echo --json")
    parser.add_argument("interp", help="JSON written by bench/run --json")
    parser.add_argument("-o", "--output", default=os.path.join(ROOT, "docs", "performance.png"))
    args = parser.parse_args()
    with open(args.echo) as f:
        echo = json.load(f)
    with open(args.interp) as f:
        interp = json.load(f)
    figure, axes = plt.subplots(3, 1, figsize=(10, 13))
    echo_panels(echo["echo"], axes[0], axes[1])
    interpreter_panel(interp, axes[2])
    setup = echo["setup"]
    figure.suptitle(f"jsl ({setup.get('jsl_kind') or 'build?'}) on {setup['cpus']} CPUs, shared; "
                    f"load average {setup['load_before'][0]:.1f} before / {setup['load_after'][0]:.1f} after the echo run; "
                    f"medians of {setup['runs']} interleaved runs", fontsize=9)
    figure.tight_layout(rect=(0, 0, 1, 0.98))
    figure.savefig(args.output, dpi=110)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
