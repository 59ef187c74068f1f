"""A time bound for tests of things that must never hang: a hang fails the test instead of stalling the suite."""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


class Hung(AssertionError):
    """The code under test was still running when its time was up."""


@contextmanager
def within(seconds: int) -> Iterator[None]:
    """Fail with `Hung` if the block runs longer than `seconds` (SIGALRM interrupts even a blocking open)."""

    def give_up(signum, frame):
        raise Hung(f"still running after {seconds} s: it hangs")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
