"""Subscriptions: register what the driver supports, undo everything on any failure,
and callbacks that copy plain values (driven by a fake virConnect as libvirt would)."""

import libvirt
import pytest

from kvmgui.libvirt.eventcodes import DOMAIN_EVENT_IDS
from kvmgui.libvirt.subscriptions import RawEvent, Subscription
from tests.helpers import FakeError
from tests.unit.libvirt.fakes import NO_SUPPORT, FakeConnect, FakeNetwork

ALL = len(DOMAIN_EVENT_IDS) + 3  # + network lifecycle, pool lifecycle, pool refresh


def subscribe(fake, gen=7):
    events, closes = [], []
    sub = Subscription(fake, gen, events.append, closes.append)
    return sub, events, closes


def test_registers_every_callback_and_cancel_undoes_them():
    fake = FakeConnect()
    sub, _events, _closes = subscribe(fake)
    sub.register()
    assert len(fake.registered()) == ALL
    assert fake.registered("network") == [("network", libvirt.VIR_NETWORK_EVENT_ID_LIFECYCLE)]
    assert fake.close_cb is not None
    sub.cancel()
    assert fake.registered() == [] and fake.close_cb is None
    sub.cancel()  # twice is harmless: nothing left to undo


@pytest.mark.parametrize("method", ["networkEventRegisterAny", "storagePoolEventRegisterAny",
                                    "domainEventRegisterAny"])
def test_a_driver_without_an_event_kind_skips_it(method):
    fake = FakeConnect(fail={method: FakeError("not supported by the driver", NO_SUPPORT)})
    sub, _events, _closes = subscribe(fake)
    sub.register()
    kinds = {k for k, _eid in fake.registered()}
    skipped = {"networkEventRegisterAny": "network", "storagePoolEventRegisterAny": "pool",
               "domainEventRegisterAny": "domain"}[method]
    assert kinds == {"domain", "network", "pool"} - {skipped}


def test_a_real_failure_undoes_what_was_registered_and_raises():
    error = FakeError("connection reset", libvirt.VIR_ERR_RPC)
    fake = FakeConnect(fail={"storagePoolEventRegisterAny": error})
    sub, _events, _closes = subscribe(fake)
    with pytest.raises(FakeError, match="connection reset"):
        sub.register()
    assert fake.registered() == [], "domain and network callbacks were deregistered"
    assert fake.close_cb is None, "the close callback was unregistered"


def test_callbacks_copy_plain_values():
    fake = FakeConnect(("alpha",))
    sub, events, closes = subscribe(fake, gen=3)
    sub.register()
    dom = fake.by_name("alpha")
    fake.fire_lifecycle(dom, libvirt.VIR_DOMAIN_EVENT_STARTED, 0)
    fake.fire_domain(libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, dom, 2, None)
    fake.fire_network(FakeNetwork("default"), libvirt.VIR_NETWORK_EVENT_STOPPED)
    fake.drop(libvirt.VIR_CONNECT_CLOSE_REASON_KEEPALIVE)
    assert events[0] == RawEvent(3, "domain", dom.UUIDString(), "alpha",
                                 libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                 libvirt.VIR_DOMAIN_EVENT_STARTED, 0, (), dom)
    assert events[1].event_id == libvirt.VIR_DOMAIN_EVENT_ID_METADATA_CHANGE
    assert (events[1].event, events[1].args) == (-1, (2,))  # None is not a plain value
    assert events[2][:7] == (3, "network", FakeNetwork("default").UUIDString(), "default",
                             libvirt.VIR_NETWORK_EVENT_ID_LIFECYCLE,
                             libvirt.VIR_NETWORK_EVENT_STOPPED, 0)
    assert closes == [(3, libvirt.VIR_CONNECT_CLOSE_REASON_KEEPALIVE)]


def test_callbacks_libvirt_keeps_after_cancel_lead_nowhere():
    """On a dead connection deregistering fails and libvirt-python keeps the callbacks;
    the test driver never frees a close callback. What they hold must not lead to the
    connection's inboxes, or a removed host is never freed."""
    fake = FakeConnect(("alpha",), fail={
        "domainEventDeregisterAny": FakeError("connection closed", libvirt.VIR_ERR_RPC)})
    sub, events, closes = subscribe(fake, gen=3)
    sub.register()
    close_cb, opaque = fake.close_cb
    sub.cancel()
    assert fake.registered("domain")  # kept, as libvirt-python keeps them
    fake.fire_lifecycle(fake.by_name("alpha"), libvirt.VIR_DOMAIN_EVENT_STARTED, 0)
    close_cb(fake, libvirt.VIR_CONNECT_CLOSE_REASON_EOF, opaque)
    assert events == [] and closes == []
