"""Python's cyclic garbage collector runs on the GUI thread only.

Python starts a collection in whichever thread happens to allocate when the counts pass
their thresholds: often a worker or a ``fanout`` thread. Everything unreachable is then
freed in that thread. For a QObject caught in a reference cycle (e.g. a model that keeps
bound methods of its own, as ``DomainModel`` does for its signal links) that means its C++
destructor runs off the GUI thread, which Qt does not allow, while the GUI thread may be
delivering signals to it or to the objects it is connected to. The unit suite crashed
that way in 3 of 15 runs of tests/unit/models (2026-11-29, three core dumps alike): a
worker or ``fanout`` thread collected a ``DomainModel`` left by an earlier test, and inside
``QObject::~QObject`` PySide's lookup of a Python ``disconnectNotify`` override read freed
memory (a segfault in ``PyDict_GetItem``). A ``virDomain`` freed by such a collection
also resets that thread's libvirt error (see ``kvmgui.libvirt.fanout``).

``install`` turns automatic collection off and checks the counts on a GUI-thread timer
instead, collecting the generations that Python itself would have collected by now.
``collect_due`` does one such check (tests call it between tests). Objects freed by their
reference count still go in whichever thread drops the last reference; this is only about
the cycles.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QTimer

CHECK_MS = 250  # how long garbage may wait; a check when nothing is due costs ~0.3 µs

_timer: QTimer | None = None
_old = {"size": 0, "next_look": 0}  # the oldest generation after the last full collection


def collect_due() -> int:
    """On the GUI thread: collect what Python's automatic collection would have collected
    by now (the generations whose counts passed their thresholds); 0 if nothing is due."""
    if threading.current_thread() is not threading.main_thread():
        return 0  # the whole point: never here
    counts = gc.get_count()  # allocations since gen 0 ran, gen 0 runs since gen 1 ran, ...
    limits = gc.get_threshold()
    if counts[0] <= limits[0]:
        return 0
    if counts[1] <= limits[1]:
        return gc.collect(0)
    if counts[2] > limits[2] and counts[2] >= _old["next_look"]:
        # Python's own rule: a full collection only once the oldest generation grew by a
        # quarter since the last one (else big heaps cost quadratic time). Its count is
        # not public; counted here at most every ``limits[2]`` middle collections.
        size = len(gc.get_objects(generation=2))
        if size - _old["size"] > _old["size"] // 4:
            found = gc.collect(2)
            _old["size"], _old["next_look"] = len(gc.get_objects(generation=2)), 0
            return found
        _old["next_look"] = counts[2] + limits[2]
    return gc.collect(1)


def install(app: QCoreApplication) -> None:
    """Automatic collection off; a timer of ``app`` (GUI thread) collects instead.
    Idempotent; call right after creating the application, before any worker starts."""
    global _timer
    gc.disable()
    if _timer is not None:
        return
    _timer = QTimer(app)
    _timer.setObjectName("kvmgui-gc")
    _timer.setInterval(CHECK_MS)
    _timer.timeout.connect(collect_due)
    _timer.start()


def keep_startup() -> int:
    """Move every object made so far out of all later collections (``gc.freeze``) and
    return how many there are now. For what start-up made: modules, classes, functions,
    the window and its models, about 60,000 objects. Left in, about half of the first
    middle collection after a 5,000-VM listing walked them: 72,000 objects, 13-26 ms of
    the GUI thread (docs/performance.md, "Garbage collection, flips, re-reads and
    removals").

    Frozen objects are freed by their reference count as before, but a cycle among them
    is never collected. Whatever start-up left as garbage in cycles (66 objects measured)
    stays, once. A host's Connection is made by start-up, holds cycles (its inbox keeps
    its bound methods) and may be removed by the user: app.py then calls
    ``release_startup``."""
    gc.freeze()
    return gc.get_freeze_count()


def release_startup() -> None:
    """Give start-up's objects back to the collector (``gc.unfreeze``: to the oldest
    generation), so a dropped one in a cycle can be freed. The next full collection then
    walks them all once."""
    gc.unfreeze()
