"""Closed dialogs are deleted, not hidden: each dialog, wizard and question is opened and
closed 50 times, and the number of top-level widgets and the process's memory (RSS) come
back to where they were.

RSS tolerance, measured here (docs/performance.md, "Dialog lifecycle"): once warmed up,
50 cycles of one dialog grow RSS by 0–150 KiB (allocator slack). The warm-up matters: the
first 25 network wizards grow it by about 15 MiB and the next 50 by a few MiB more, with
no object left behind (Python objects, widgets and the connection's children stay
constant) — the heap of the worker threads that read the host's interfaces filling up.
A dialog that stayed alive costs 100 KiB to several MiB each, so 50 of them are well
beyond ``RSS_TOLERANCE_KIB``; the top-level widget count must match exactly.
"""

import gc

import pytest
import shiboken6

from tests.unit.every_dialog import KEPT, OPENERS, Desk, close, never_ask_to_discard, settle, top_levels

CYCLES = 50
WARM_UP = 25  # cycles per warm-up round; two rounds in a row that grow RSS less than
WARM_UP_ROUNDS = 8  # STEADY_KIB end the warm-up (the wizard needs about three)
STEADY_KIB = 256
RSS_TOLERANCE_KIB = 2048


def rss_kib() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


@pytest.fixture
def desk(connected, main_window, qtbot, monkeypatch):
    never_ask_to_discard(monkeypatch)
    main_window.show()
    qtbot.waitUntil(lambda: main_window.proxy.rowCount() == 5, timeout=5000)
    desk = Desk(qtbot, main_window, connected)
    yield desk
    desk.close_all()


def cycle(desk, name, qtbot):
    widget = OPENERS[name](desk)
    assert widget is not None and widget.isVisible(), name
    close(widget)
    settle(qtbot)
    if name in KEPT:
        assert not widget.isVisible()
    else:
        qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=5000)


def steady(qtbot):
    settle(qtbot)
    gc.collect()
    settle(qtbot)


@pytest.mark.qt_log_ignore("does not support", "QXcbConnection")
@pytest.mark.parametrize("name", list(OPENERS))
def test_opening_and_closing_returns_to_where_it_was(desk, name, qtbot):
    # Warm up until steady: the window below it, caches, lazy imports, and the heap of the
    # worker threads (the wizard's host facts are read in workers) fill up first.
    calm = 0
    for _ in range(WARM_UP_ROUNDS):
        before = rss_kib()
        for _ in range(WARM_UP):
            cycle(desk, name, qtbot)
        steady(qtbot)
        calm = calm + 1 if rss_kib() - before < STEADY_KIB else 0
        if calm == 2:
            break
    widgets, rss = top_levels(), rss_kib()
    for _ in range(CYCLES):
        cycle(desk, name, qtbot)
    steady(qtbot)
    grown = rss_kib() - rss
    print(f"\n{name}: RSS {grown:+d} KiB after {CYCLES} cycles")
    assert top_levels() == widgets
    assert grown < RSS_TOLERANCE_KIB, f"{name}: RSS grew {grown} KiB in {CYCLES} cycles"
