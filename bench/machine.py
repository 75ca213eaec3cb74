"""How fast this machine runs Python right now, printed beside every benchmark's figures.

The VMs these benchmarks run on drift: the same pull page took 1.45 s at one hour and
2.46 s the next. Figures from different runs compare only through this number.
"""

from __future__ import annotations

import time


def machine_speed() -> float:
    """Seconds for a fixed pure-Python loop of ten million additions."""
    started = time.perf_counter()
    total = 0
    for number in range(10_000_000):
        total += number
    return time.perf_counter() - started
