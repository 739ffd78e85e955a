#!/usr/bin/env python3
"""Time the bench workloads in jsl, python3 and tclsh, interleaved, and print a table.

Each workload is bench/workloads/NAME.{jsl,py,tcl}. Every process run is timed from the
outside (wall clock, time.perf_counter around the whole process), so start-up is included;
the `startup` workload (an empty script) shows how much of each time that is.

Runs are interleaved (jsl, python3, tclsh, jsl, python3, tclsh, ...) so that the noise of a
shared 2-core machine falls on all three alike; the table shows medians.

A workload prints its checksum lines on stdout. python3's output is the reference: a language
whose output differs is reported as a MISMATCH and makes the exit status non-zero, as does
any run that fails. A missing tclsh is only a note.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
WORKLOADS_DIR = os.path.join(HERE, "workloads")
# The order of the table; any other workload found in the folder is appended after these.
PREFERRED_ORDER = ["startup", "recursion", "loops", "strings", "lists", "assoc"]
EXTENSIONS = {"jsl": ".jsl", "python3": ".py", "tclsh": ".tcl"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per workload and language (default 5)")
    parser.add_argument("--jsl", default=os.path.join(HERE, "out", "jsl", "jsl"),
                        help="the jsl executable (default bench/out/jsl/jsl)")
    parser.add_argument("--jsl-kind", default="",
                        help="how jsl was built, shown in the header (bench/run sets it)")
    parser.add_argument("--tclsh", default="/usr/bin/tclsh", help="the tclsh executable (default /usr/bin/tclsh)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds before one run is abandoned (default 300)")
    parser.add_argument("--only", nargs="+", metavar="WORKLOAD", help="run only these workloads")
    parser.add_argument("--json", metavar="FILE", help="also write the medians as JSON (for bench/chart.py)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def discover_workloads(only):
    names = sorted({os.path.splitext(f)[0] for f in os.listdir(WORKLOADS_DIR)
                    if os.path.splitext(f)[1] in EXTENSIONS.values()})
    ordered = [n for n in PREFERRED_ORDER if n in names] + [n for n in names if n not in PREFERRED_ORDER]
    if only:
        unknown = [n for n in only if n not in ordered]
        if unknown:
            sys.exit(f"unknown workload(s): {', '.join(unknown)}; known: {', '.join(ordered)}")
        ordered = [n for n in ordered if n in only]
    return ordered


def find_tclsh(path):
    if os.path.isfile(path) and os.access(path, os.X_OK):
        return path
    return shutil.which("tclsh")


def language_commands(args, notes):
    """Map language -> command prefix, or None when the language cannot run (with a note why)."""
    commands = {}
    if os.path.isfile(args.jsl) and os.access(args.jsl, os.X_OK):
        commands["jsl"] = [args.jsl]
    else:
        commands["jsl"] = None
        notes.append(f"jsl: FAILED: no executable at {args.jsl} (build it with bench/run)")
    # sys.executable is the real interpreter even when `python3` on PATH is a pyenv shim,
    # whose extra shell start-up would otherwise be charged to python3.
    commands["python3"] = [sys.executable]
    tclsh = find_tclsh(args.tclsh)
    if tclsh:
        commands["tclsh"] = [tclsh]
    else:
        commands["tclsh"] = None
        notes.append("tclsh: not found; tclsh columns are skipped")
    return commands


def describe(commands, args):
    lines = []
    if commands["jsl"]:
        kind = f" ({args.jsl_kind})" if args.jsl_kind else ""
        lines.append(f"jsl:     {commands['jsl'][0]}{kind}")
    lines.append(f"python3: {sys.executable} (Python {sys.version.split()[0]})")
    if commands["tclsh"]:
        try:
            version = subprocess.run(commands["tclsh"], input="puts [info patchlevel]\n", capture_output=True,
                                     text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            version = "?"
        lines.append(f"tclsh:   {commands['tclsh'][0]} (Tcl {version})")
    return lines


def normalise(output):
    """Checksum text: line ends unified, trailing blanks and trailing empty lines dropped."""
    lines = [line.rstrip() for line in output.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def run_once(command, script, timeout):
    """Run one process; return (seconds, stdout, error text or None)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(command + [script], capture_output=True, text=True, timeout=timeout,
                              cwd=WORKLOADS_DIR, stdin=subprocess.DEVNULL, errors="replace")
    except subprocess.TimeoutExpired:
        return None, "", f"timed out after {timeout:g} s"
    except OSError as error:
        return None, "", f"could not start: {error}"
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        detail = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-1]
        return seconds, proc.stdout, f"exit status {proc.returncode}: {detail}"
    return seconds, proc.stdout, None


def one_line(text, limit=100):
    flat = " | ".join(text.splitlines())
    return flat if len(flat) <= limit else flat[:limit - 3] + "..."


def measure(workloads, commands, args):
    """Return {workload: {language: {"times": [...], "output": str|None, "problem": str|None}}}."""
    results = {}
    languages = [lang for lang in EXTENSIONS if commands[lang]]
    for workload in workloads:
        row = {lang: {"times": [], "output": None, "problem": None} for lang in languages}
        for lang in languages:
            if not os.path.isfile(os.path.join(WORKLOADS_DIR, workload + EXTENSIONS[lang])):
                row[lang]["problem"] = f"missing workloads/{workload}{EXTENSIONS[lang]}"
        sys.stderr.write(f"{workload:<10} ")
        sys.stderr.flush()
        for _ in range(args.runs):
            for lang in languages:
                cell = row[lang]
                if cell["problem"]:
                    continue  # a failed language is not retried: its time would mean nothing
                script = workload + EXTENSIONS[lang]
                seconds, output, error = run_once(commands[lang], script, args.timeout)
                if error:
                    cell["problem"] = f"{error}; stdout: {one_line(output) or '(empty)'}"
                    sys.stderr.write("x")
                    continue
                text = normalise(output)
                if cell["output"] is None:
                    cell["output"] = text
                elif text != cell["output"]:
                    cell["problem"] = "output changed between runs"
                cell["times"].append(seconds)
                sys.stderr.write(".")
                sys.stderr.flush()
        sys.stderr.write("\n")
        check_outputs(workload, row)
        results[workload] = row
    return results


def check_outputs(workload, row):
    """Compare every language's checksum with python3's; mark differences as problems."""
    reference = row.get("python3", {}).get("output")
    if reference is None:
        return
    if workload != "startup" and not reference:
        row["python3"]["problem"] = "printed no checksum"
        return
    for lang, cell in row.items():
        if lang == "python3" or cell["problem"] or cell["output"] is None:
            continue
        if cell["output"] != reference:
            cell["problem"] = (f"MISMATCH: printed {one_line(cell['output'])!r}, "
                               f"python3 printed {one_line(reference)!r}")


def fmt_seconds(cell):
    if cell is None:
        return "-"
    if cell["problem"]:
        return "WRONG" if cell["problem"].startswith("MISMATCH") else "FAILED"
    return f"{statistics.median(cell['times']):.3f}"


def fmt_ratio(row, lang):
    jsl, other = row.get("jsl"), row.get(lang)
    if not jsl or not other or jsl["problem"] or other["problem"] or not jsl["times"] or not other["times"]:
        return "-"
    return f"{statistics.median(jsl['times']) / statistics.median(other['times']):.2f}"


def print_table(results, commands, args):
    headers = ["workload", "jsl s", "python3 s", "tclsh s", "jsl/python3", "jsl/tclsh", "checksum"]
    rows = []
    for workload, row in results.items():
        problems = [cell["problem"] for cell in row.values() if cell["problem"]]
        check = "MISMATCH" if any(p.startswith("MISMATCH") for p in problems) else (
            "FAILED" if problems else "ok")
        rows.append([workload, fmt_seconds(row.get("jsl")), fmt_seconds(row.get("python3")),
                     fmt_seconds(row.get("tclsh")), fmt_ratio(row, "python3"), fmt_ratio(row, "tclsh"), check])
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))
    print()
    print(f"median wall time per process run, {args.runs} run(s) each, interleaved; ratio < 1: jsl is faster")
    print(line)
    print("-" * len(line))
    for r in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))


def write_json(path, results, args):
    """{"setup": ..., "workloads": {workload: {language: {"seconds": median|None, "problem": ...}}}}"""
    workloads = {workload: {lang: {"seconds": statistics.median(cell["times"]) if cell["times"] and not cell["problem"]
                                   else None, "problem": cell["problem"], "times": cell["times"]}
                            for lang, cell in row.items()}
                 for workload, row in results.items()}
    with open(path, "w") as f:
        json.dump({"setup": {"jsl": args.jsl, "jsl_kind": args.jsl_kind, "runs": args.runs,
                             "load_after": list(os.getloadavg())}, "workloads": workloads}, f, indent=1)


def main():
    args = parse_args()
    notes = []
    commands = language_commands(args, notes)
    workloads = discover_workloads(args.only)
    for line in describe(commands, args):
        print(line)
    for note in notes:
        print(note)
    print(flush=True)

    results = measure(workloads, commands, args)
    print_table(results, commands, args)
    if args.json:
        write_json(args.json, results, args)

    failures = [f"{workload} in {lang}: {cell['problem']}"
                for workload, row in results.items() for lang, cell in row.items() if cell["problem"]]
    if commands["jsl"] is None:
        failures.insert(0, "jsl: not built, every jsl cell is empty")
    if failures:
        print()
        mismatches = [f for f in failures if "MISMATCH" in f]
        if mismatches:
            print("!" * 72)
            print("!!! CHECKSUM MISMATCH: the languages did not compute the same result")
            for failure in mismatches:
                print(f"!!!   {failure}")
            print("!" * 72)
        for failure in failures:
            if failure not in mismatches:
                print(f"FAILED: {failure}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
