"""The GUI thread's wait for a CPU, read from the kernel's schedstat."""

from __future__ import annotations

import os
import threading

import pytest

from kvmgui.utils import cpuwait
from kvmgui.utils.cpuwait import Backoff, WaitGauge, run_delay_ns

MS = 1_000_000


@pytest.mark.skipif(not os.path.exists(cpuwait.SCHEDSTAT), reason="no schedstat here")
def test_the_run_delay_is_the_calling_threads_and_never_goes_back():
    def by_id() -> int:
        with open(f"/proc/self/task/{threading.get_native_id()}/schedstat", "rb") as f:
            return int(f.read().split()[1])

    def readings() -> tuple[int | None, int, int | None]:
        return run_delay_ns(), by_id(), run_delay_ns()

    for got in (readings(), run_in_thread(readings)):
        before, mine, after = got
        assert before is not None and after is not None
        assert 0 <= before <= mine <= after


def run_in_thread(job):
    out = []
    thread = threading.Thread(target=lambda: out.append(job()))
    thread.start()
    thread.join()
    return out[0]


def test_an_unreadable_schedstat_says_nothing(tmp_path):
    assert run_delay_ns(str(tmp_path / "none")) is None
    junk = tmp_path / "junk"
    junk.write_text("12 x 3\n")
    assert run_delay_ns(str(junk)) is None
    junk.write_text("12\n")
    assert run_delay_ns(str(junk)) is None
    junk.write_text("120 34 5\n")
    assert run_delay_ns(str(junk)) == 34


def test_shared_when_the_thread_waited_its_share_or_more_since_the_last_reading():
    waits = iter([0, 5 * MS, 15 * MS, 25 * MS, None, 40 * MS, 41 * MS, 41 * MS])
    clock = iter([0, 1000 * MS, 2000 * MS, 3000 * MS, 4000 * MS, 5000 * MS, 6000 * MS,
                  6000 * MS])
    gauge = WaitGauge(0.01, read=lambda: next(waits), clock=lambda: next(clock))
    assert gauge.shared()  # nothing to compare with yet: assume the worst
    assert not gauge.shared()  # 5 ms in a second: under 1 %
    assert gauge.shared()  # 10 ms: 1 %
    assert gauge.shared()  # 10 ms again
    assert gauge.shared()  # the kernel did not say
    assert gauge.shared()  # and the next has nothing to compare with
    assert not gauge.shared()  # 1 ms in a second
    assert gauge.shared()  # no time went by: unknown


def test_waited_is_the_share_of_the_time_since_the_last_reading():
    waits = iter([0, 5 * MS, 5 * MS, None, 40 * MS, 60 * MS])
    clock = iter([0, 1000 * MS, 1000 * MS, 2000 * MS, 3000 * MS, 3500 * MS])
    gauge = WaitGauge(read=lambda: next(waits), clock=lambda: next(clock))
    assert gauge.waited() is None  # nothing to compare with
    assert gauge.waited() == pytest.approx(0.005)
    assert gauge.waited() is None  # no time went by
    assert gauge.waited() is None  # the kernel did not say
    assert gauge.waited() is None  # and the next has nothing to compare with
    assert gauge.waited() == pytest.approx(0.04)


class Shares:
    """A gauge that reads the given shares in turn."""

    def __init__(self, *shares: float | None) -> None:
        self._shares = iter(shares)

    def waited(self) -> float | None:
        return next(self._shares)


@pytest.fixture
def backoff_on(monkeypatch):
    monkeypatch.setattr(Backoff, "enabled", True)  # (the suite's fixture turns it off)


def test_a_starved_thread_lets_at_most_two_turns_in_a_row_pass(backoff_on):
    starved = 0.03
    backoff = Backoff(0.02, 2, gauge=Shares(*[starved] * 7, 0.001, starved))  # type: ignore[arg-type]
    assert [backoff.let_pass() for _ in range(9)] == [
        True, True, False, True, True, False, True,  # the job still runs every third turn
        False,  # a quiet turn: the count starts again
        True]


def test_a_thread_that_waited_less_than_its_share_or_cannot_tell_lets_no_turn_pass(backoff_on):
    backoff = Backoff(0.02, 2, gauge=Shares(0.0199, None, 0.0, None))  # type: ignore[arg-type]
    assert not any(backoff.let_pass() for _ in range(4))


def test_a_disabled_backoff_lets_no_turn_pass(monkeypatch):
    monkeypatch.setattr(Backoff, "enabled", False)
    assert not Backoff(0.02, 2, gauge=Shares(1.0, 1.0)).let_pass()  # type: ignore[arg-type]
