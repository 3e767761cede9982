"""Interleaved A/B timing shared by the benchmark scripts.

Timings on a shared machine drift with the load of other processes, so the
cases are measured round by round in alternating order, and compared by the
median of their per-round ratios (each ratio from neighbouring measurements)
as well as by the ratio of their medians.
"""

from __future__ import annotations

import statistics
import time
from typing import Callable, Mapping


def interleave(cases: Mapping[str, Callable[[], object]], rounds: int, calls: int = 1,
               clock: Callable[[], float] = time.perf_counter) -> dict:
    """Time each case ``calls`` times per round for ``rounds`` rounds, alternating the order.

    Returns ``{name: [seconds per call, one per round]}``. ``clock=time.process_time``
    measures the process's CPU time instead of wall time (steadier on a shared machine).
    """
    names = list(cases)
    times = {name: [] for name in names}
    for index in range(rounds):
        for name in names if index % 2 == 0 else reversed(names):
            start = clock()
            for _ in range(calls):
                cases[name]()
            times[name].append((clock() - start) / calls)
    return times


def report(title: str, times: Mapping[str, list], baseline: str, unit: str = "ms") -> None:
    """Print each case's median time and its ratio to ``baseline``."""
    scale = {"ms": 1e3, "s": 1.0, "us": 1e6}[unit]
    base = times[baseline]
    print(f"\n{title}  ({len(base)} interleaved rounds; ratio = case / {baseline})")
    print(f"  {'case':<34} {'median ' + unit:>12} {'ratio of medians':>17} {'median ratio':>13}")
    for name, values in times.items():
        ratio_of_medians = statistics.median(values) / statistics.median(base)
        median_ratio = statistics.median(a / b for a, b in zip(values, base))
        print(f"  {name:<34} {statistics.median(values) * scale:>12.3f} "
              f"{ratio_of_medians:>16.3f}x {median_ratio:>12.3f}x")
