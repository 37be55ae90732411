"""What a benchmark ran on. Every figure a benchmark prints names its machine,
and the load beside it: this project is measured on shared 2-core machines,
where other work can halve a figure."""

from __future__ import annotations

import os
import platform
import sqlite3
from pathlib import Path


def cpu_model() -> str:
    """The processor's model name (from /proc/cpuinfo where there is one)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def memory_gib() -> float | None:
    """Physical memory in GiB, or None where the system does not say."""
    try:
        return round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        return None


def load_average() -> list[float] | None:
    """The 1, 5 and 15 minute load averages, or None where unknown."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return None


def machine() -> dict:
    """The machine as a JSON-ready dict (load average at the time of the call)."""
    return {
        "cpu": cpu_model(),
        "cpus": os.cpu_count(),
        "memory_gib": memory_gib(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "load_average": load_average(),
    }


def describe(host: dict) -> str:
    """One line for a benchmark's printout: "AMD EPYC, 2 CPUs, 23.5 GiB;
    Python 3.11.7, SQLite 3.40.1"."""
    return (
        f"{host['cpu']}, {host['cpus']} CPUs, {host['memory_gib']} GiB; "
        f"Python {host['python']}, SQLite {host['sqlite']}"
    )
