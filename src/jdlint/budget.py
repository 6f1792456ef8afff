"""A time budget for rules from user packs.

A user's pattern such as ``(a+)+$`` backtracks exponentially on a long line; Python's regular
expression engine checks for signals while it matches, so an interval timer can stop it. The
budget needs SIGALRM and the main thread (the command line); elsewhere rules run unbounded.
Bundled rules are not timed: they are tested, and a timer must never interrupt the imports
some of them make on first use.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BASE_SECONDS = 5.0
SECONDS_PER_100K_CHARS = 1.0  # a 10 MB posting gets 105 s per rule


class OutOfTime(Exception):
    """A rule ran past its budget."""


def seconds_for(text_length: int) -> float:
    return BASE_SECONDS + SECONDS_PER_100K_CHARS * text_length / 100_000


def _available() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )  # never steal a timer someone else set


@contextmanager
def limit(seconds: float) -> Iterator[None]:
    """Raise OutOfTime in the block when it runs longer than ``seconds``."""
    if not _available():
        yield
        return

    def expire(signum, frame) -> None:
        raise OutOfTime

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
