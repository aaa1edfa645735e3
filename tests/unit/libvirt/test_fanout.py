"""Fan-out: calls side by side (so that N round trips over a slow link cost about one),
results in order, failures in their place; and the connection's use of it: every
callback registered at once, then the listing's calls at once — never the listing
before the last callback is registered."""

import os
import sys
import threading

import libvirt
import pytest

from kvmgui.libvirt import fanout, fetch
from kvmgui.libvirt.eventcodes import DOMAIN_EVENT_IDS
from kvmgui.libvirt.subscriptions import Subscription
from kvmgui.utils import background
from tests.helpers import FakeError
from tests.unit.libvirt.fakes import FakeConnect

ALL = len(DOMAIN_EVENT_IDS) + 3 + 1  # + network, pool lifecycle, pool refresh, close callback


def test_calls_run_side_by_side_and_results_keep_their_order():
    # Each call waits until all have started: run one after the other, the barrier breaks.
    barrier = threading.Barrier(6, timeout=5)
    calls = [lambda i=i: (barrier.wait(), i)[1] for i in range(6)]
    assert fanout.gather(calls) == list(range(6))


def test_failures_stay_in_their_place_and_gather_raises_the_first():
    finished = []

    def boom(message):
        def call():
            finished.append(message)
            raise ValueError(message)
        return call

    calls = [lambda: 1, boom("first"), lambda: finished.append("late") or 3, boom("second")]
    results = fanout.outcomes(calls)
    assert results[0] == 1 and results[2] == 3
    assert [r.error.args[0] for r in results if isinstance(r, fanout.Failure)] == ["first", "second"]
    finished.clear()
    with pytest.raises(ValueError, match="first"):
        fanout.gather(calls)
    assert sorted(finished) == ["first", "late", "second"], "every call ended before the raise"


def test_a_refusal_is_libvirts_error_and_any_other_failure_is_raised():
    denied = FakeError("access denied", libvirt.VIR_ERR_ACCESS_DENIED)

    def refuse():
        raise denied

    answer, refused, broken = fanout.outcomes([lambda: 0, refuse, lambda: 1 / 0])
    assert fanout.refusal(answer) is None  # an answer, even a falsy one
    assert fanout.refusal(refused) is denied
    with pytest.raises(ZeroDivisionError):
        fanout.refusal(broken)


def test_no_call_and_one_call_need_no_thread():
    assert fanout.outcomes([]) == []
    assert fanout.gather([threading.current_thread]) == [threading.current_thread()]


@pytest.mark.skipif(sys.platform != "linux", reason="a thread's own nice is Linux's")
def test_helpers_run_below_the_calling_thread():
    """The helpers a round trip's replies wake together yield the CPU to the GUI thread
    (its process's share is theirs too): ten nice steps below the thread that fanned out."""
    barrier = threading.Barrier(4, timeout=5)

    def where():
        barrier.wait()  # all four at once: each on a thread of its own
        tid = threading.get_native_id()
        return tid, os.getpriority(os.PRIO_PROCESS, tid)

    caller = threading.get_native_id()
    mine = os.getpriority(os.PRIO_PROCESS, caller)
    seen = dict(fanout.gather([where] * 4))
    assert seen.pop(caller) == mine
    assert sorted(seen.values()) == [min(19, mine + background.STEPS)] * 3
    assert os.getpriority(os.PRIO_PROCESS, caller) == mine


class BarrierConnect(FakeConnect):
    """A fake whose named calls each wait until all of them are in flight at once."""

    def __init__(self, names, calls, **kwargs):
        super().__init__(names, **kwargs)
        self.barrier = threading.Barrier(len(calls), timeout=5)
        self.waiting = set(calls)

    def note(self, call):
        super().note(call)
        if call.rsplit(".", 1)[-1] in self.waiting:
            self.barrier.wait()


def test_every_callback_is_registered_at_once():
    fake = BarrierConnect(("alpha",), ["domainEventRegisterAny", "networkEventRegisterAny",
                                       "storagePoolEventRegisterAny", "registerCloseCallback"])
    fake.barrier = threading.Barrier(ALL, timeout=5)  # (each of the kinds, several times)
    sub = Subscription(fake, 1, lambda e: None, lambda c: None)
    sub.register()
    assert len(fake.registered()) == ALL - 1 and fake.close_cb is not None
    fake.barrier = threading.Barrier(1)  # deregistering goes side by side too, unchecked
    sub.cancel()
    assert fake.registered() == [] and fake.close_cb is None


class ListingConnect(FakeConnect):
    """Bulk stats, the two filtered listings, networks, pools and the host name: the six
    first calls of a listing, which must all be in flight at once."""

    FIRST = ("getAllDomainStats", "listAllDomains", "listAllNetworks", "listAllStoragePools",
             "getHostname")

    def __init__(self, names):
        super().__init__(names)
        self.barrier = threading.Barrier(6, timeout=5)

    def note(self, call):
        super().note(call)
        if call.rsplit(".", 1)[-1] in self.FIRST:
            self.barrier.wait()

    def getAllDomainStats(self, stats, flags):
        self.note("virConnect.getAllDomainStats")
        return [(d, {"state.state": d.state_value, "state.reason": 1, "balloon.maximum": 2048,
                     "balloon.current": 1024, "vcpu.current": 2}) for d in self.domains.values()]

    def listAllDomains(self, flags=0):
        self.note("virConnect.listAllDomains")
        if flags & libvirt.VIR_CONNECT_LIST_DOMAINS_TRANSIENT:
            return [self.by_name("beta")]
        return []


def test_the_listing_asks_everything_at_once():
    fake = ListingConnect(("alpha", "beta"))
    listing = fetch.list_host(fake, "test:///fake")
    assert sorted((r.name, r.persistent, r.max_memory_kib) for r in listing.domains) == [
        ("alpha", True, 2048), ("beta", False, 2048)]
    assert listing.hostname == "fakehost"


def test_a_failing_listing_call_fails_the_listing():
    fake = FakeConnect(("alpha",), fail={"listAllStoragePools": FakeError("Cannot recv data",
                                                                          libvirt.VIR_ERR_RPC)})
    with pytest.raises(FakeError, match="Cannot recv data"):
        fetch.list_host(fake, "test:///fake")


def test_failures_leave_no_reference_cycle():
    """A libvirt object freed by a later garbage collection resets the libvirt error of
    the thread the collection runs in (virDomain.__del__ -> virDomainFree); a failure
    kept in a cycle made vanished VMs look like failures. Freed at once instead."""
    import gc
    import weakref

    class Handle:
        def state(self):
            raise FakeError("Domain not found", libvirt.VIR_ERR_NO_DOMAIN)

    gc.collect()
    automatic = gc.isenabled()  # off in the suite already (kvmgui/utils/gcthread.py)
    gc.disable()
    try:
        handle = Handle()
        alive = weakref.ref(handle)
        results = fanout.outcomes([handle.state, handle.state, lambda: 1])
        assert isinstance(results[0], fanout.Failure) and results[2] == 1
        del handle, results
        assert alive() is None, "only a garbage collection would free it"
    finally:
        if automatic:
            gc.enable()


class _Uri:
    def __init__(self, uri):
        self.uri = uri

    def getURI(self):
        return self.uri


def test_each_runs_a_far_hosts_calls_side_by_side_a_slice_at_a_time(monkeypatch):
    monkeypatch.setattr(fanout, "SLICE", 3)
    barrier = threading.Barrier(3, timeout=5)  # each slice of 3 only passes whole
    seen = []

    def call(i):
        seen.append(i)
        barrier.wait()
        if i == 4:
            raise FakeError("four")
        return i * 10

    got = list(fanout.each(_Uri("qemu+ssh://far/system"), list(range(6)), call))
    assert [item for item, _ in got] == list(range(6))
    assert [r for _, r in got if not isinstance(r, fanout.Failure)] == [0, 10, 20, 30, 50]
    assert str(got[4][1].error) == "four"
    assert sorted(seen[:3]) == [0, 1, 2]  # the second slice waits for the first


def test_each_runs_this_machines_calls_one_by_one_on_the_calling_thread():
    """Threads only add their cost where a call is no round trip: 3,000 VMs of the test
    driver read side by side took 2.5-3 times as long."""
    threads = set()
    got = list(fanout.each(_Uri("qemu:///system"), [1, 2, 3],
                           lambda i: threads.add(threading.current_thread()) or i))
    assert [r for _, r in got] == [1, 2, 3] and threads == {threading.current_thread()}
