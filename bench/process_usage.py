"""CPU time and resident memory of the processes a benchmark starts (psutil, which reads /proc on Linux)."""

from __future__ import annotations

import contextlib

import psutil


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of one process; psutil.NoSuchProcess when it is gone."""
    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def process_rss_kb(pid: int) -> int:
    """Resident memory of one process in KiB; psutil.NoSuchProcess when it is gone."""
    return int(psutil.Process(pid).memory_info().rss // 1024)


def process_tree(pid: int) -> list[int]:
    """A process and its live descendants (uvicorn workers are children of the supervisor); [] when it is gone.

    psutil finds children from each process's parent in /proc/*/stat, so they are found also on kernels
    without /proc/<pid>/task/*/children (CONFIG_PROC_CHILDREN).
    """
    try:
        root = psutil.Process(pid)
        return [pid, *(child.pid for child in root.children(recursive=True))]
    except psutil.Error:
        return []


def tree_cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of a process and its live descendants (0 for None or a process gone)."""
    total = 0.0
    for member in process_tree(pid) if pid is not None else []:
        with contextlib.suppress(psutil.Error):
            total += process_cpu_seconds(member)
    return total


def tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and its live descendants, in KiB (0 for a process gone)."""
    total = 0
    for member in process_tree(pid):
        with contextlib.suppress(psutil.Error):
            total += process_rss_kb(member)
    return total
