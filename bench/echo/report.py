"""The tables bench/run-echo prints, and the JSON it writes with --json FILE."""

import json

from interleave import median, ratio


def table(title, headers, rows):
    """Prints a right-aligned table (the first column left-aligned) under its title."""
    rows = [[cell if isinstance(cell, str) else "-" for cell in row] for row in rows]
    widths = [max(len(r[i]) for r in rows + [headers]) for i in range(len(headers))]

    def line(cells):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    print()
    print(title)
    print(line(headers))
    print("-" * len(line(headers)))
    for r in rows:
        print(line(r))


def number(value, digits=0, failed=False):
    if failed:
        return "FAILED"
    return None if value is None else f"{value:,.{digits}f}"


def times(value):
    return None if value is None else f"{value:.2f}"


def cell_text(cell, key, digits=0):
    if cell is not None and cell.get("skipped"):
        return "n/a"
    return number(median(cell, key), digits, failed=cell is not None and bool(cell["problem"]))


def echo_tables(results, runs):
    if not results:
        return
    names = list(next(iter(results.values())))
    rows, cpu_rows = [], []
    for connections, row in results.items():
        rt = {name: median(row[name], "rt_per_s") for name in names}
        rows.append([f"{connections:,}"] + [cell_text(row[name], "rt_per_s") for name in names]
                    + [times(ratio(rt["jsl"], rt["Python"])), times(ratio(rt["jsl"], rt["C epoll"])),
                       times(ratio(rt["Tcl"], rt["Python"]))])
        us = {name: median(row[name], "server_us") for name in names}
        loadgen_us = [run["loadgen_us"] for cell in row.values() for run in cell["runs"]]
        loadgen_cpu = [run["loadgen_cpu"] for cell in row.values() for run in cell["runs"]]
        cpu_rows.append([f"{connections:,}"] + [cell_text(row[name], "server_us", 1) for name in names]
                        + [number(min(loadgen_us), 1) if loadgen_us else None,
                           f"{max(loadgen_cpu):.0%}" if loadgen_cpu else None,
                           times(ratio(us["jsl"], us["Python"]))])
    table(f"echo: median round trips per second, {runs} interleaved run(s) each; ratio > 1: the first is faster",
          ["connections"] + names + ["jsl/Python", "jsl/C epoll", "Tcl/Python"], rows)
    table("echo: server CPU microseconds per round trip (user+system from /proc, counted window); "
          "ratio < 1: jsl spends less",
          ["connections"] + names + ["loadgen min", "loadgen max CPU", "jsl/Python"], cpu_rows)


def single_table(title, row, key, unit, reference, digits=0):
    ref = median(row[reference], key)
    rows = [[name, cell_text(cell, key, digits), times(ratio(median(cell, key), ref))]
            for name, cell in row.items()]
    table(title, ["", unit, f"/{reference}"], rows)


def memory_table(row, connections):
    rows = [[name, cell_text(cell, "before_kib"), cell_text(cell, "after_kib"),
             cell_text(cell, "kib_per_conn", 2)] for name, cell in row.items()]
    table(f"idle connections: server resident memory (VmRSS, KiB), median; {connections:,} connections, "
          "each having done one round trip",
          ["server", "0 conns KiB", f"{connections:,} conns KiB", "KiB per conn"], rows)


def skips(results):
    """Every program left out of a row, with the reason, once per reason."""
    found = {}
    for bench, rows in results.items():
        for key, row in (rows.items() if bench == "echo" else [("", rows)]):
            for name, cell in row.items():
                if cell.get("skipped"):
                    where = f"{bench} at {key:,} connection(s)" if bench == "echo" else bench
                    found.setdefault(f"{name}: {cell['skipped']}", []).append(where)
    return [f"{why} ({', '.join(where)})" for why, where in found.items()]


def problems(results):
    """Every failed cell as "where: why"."""
    found = []
    for bench, rows in results.items():
        if bench == "echo":
            for connections, row in rows.items():
                found += [f"echo, {name} at {connections} connection(s): {c['problem']}"
                          for name, c in row.items() if c["problem"]]
        elif isinstance(rows, dict):
            found += [f"{bench}, {name}: {c['problem']}" for name, c in rows.items()
                      if isinstance(c, dict) and c.get("problem")]
    return found


def write_json(path, setup, results):
    """Medians and every run, for bench/chart.py."""
    def summarise(row, keys):
        return {name: {"problem": cell["problem"], "skipped": cell.get("skipped"), "runs": cell["runs"],
                       **{key: median(cell, key) for key in keys}} for name, cell in row.items()}

    out = {"setup": setup}
    if "echo" in results:
        out["echo"] = {str(n): summarise(row, ["rt_per_s", "server_us", "loadgen_us"])
                       for n, row in results["echo"].items()}
    if "blocking" in results:
        out["blocking"] = summarise(results["blocking"], ["rt_per_s"])
    if "bulk" in results:
        out["bulk"] = summarise(results["bulk"], ["mb_per_s"])
    if "memory" in results:
        out["memory"] = summarise(results["memory"], ["before_kib", "after_kib", "kib_per_conn"])
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
