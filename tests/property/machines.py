"""State machines for the model-against-libvirt property tests.

Each machine drives libvirt's test driver through kvmgui's own connection (its worker,
as kvmgui's actions do), reads libvirt's truth in the same job, and after every step
waits, on the model's signals, until the model's rows show exactly that truth: the
same objects, names, states and autostart/persistence as the user sees them.  Calls
libvirt refuses (starting a running VM...) are valid steps too: the model must then
still equal the truth.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import libvirt
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from lxml import etree
from PySide6.QtCore import QAbstractItemModel, Qt

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.records import DomainState
from kvmgui.libvirt.registry import ConnectionRegistry
from kvmgui.models import words as kvmgui_words
from kvmgui.models.domainrow import Column as DomainColumn
from kvmgui.models.networks import Column as NetworkColumn
from kvmgui.models.pools import PoolColumn
from kvmgui.models.roles import Role
from tests.helpers import open_connection
from tests.property.support import Driver, StepCounter, wait_for

SETTLE_S = 5.0  # a step whose events have not shown by then is a failure (they take ms;
# 2 s was once missed by a pool undefine on a machine at load 9, and passed on replay)
MAX_OBJECTS = 14  # keeps the host small: defines are refused beyond this

# Names as users type them, including characters that need escaping in XML and rich text.
NAMES = st.text(alphabet=st.sampled_from("abcxyz019-_.<>&'\" é"), min_size=1, max_size=10)
# How often a new name is made unique with a counter (the rest may clash: libvirt refuses).
UNIQUE = st.integers(0, 3)


def _xml(tag: str, name: str, uuid: str, **extra: Any) -> str:
    root = etree.Element(tag, **({"type": "test"} if tag == "domain" else {}))
    etree.SubElement(root, "name").text = name
    etree.SubElement(root, "uuid").text = uuid
    if tag == "domain":
        etree.SubElement(root, "memory").text = "65536"
        os_el = etree.SubElement(root, "os")
        etree.SubElement(os_el, "type").text = "hvm"
    elif tag == "pool":
        root.set("type", "dir")
        target = etree.SubElement(root, "target")
        etree.SubElement(target, "path").text = f"/var/lib/kvmgui-test/{extra['path']}"
    return etree.tostring(root, encoding="unicode")


class ModelMachine(RuleBasedStateMachine):
    """Shared parts; subclasses say how to read libvirt and the model.

    Every example starts from the same state: a fresh copy of the host file, opened as a
    new connection of ``registry`` (Hypothesis replays examples, so what it draws must not
    depend on earlier ones).  New objects get UUIDs from a counter, so the objects a step
    picks (by sorted UUID) are the same in a replay.
    """

    registry: ClassVar[ConnectionRegistry]
    qtbot: ClassVar[Any]
    new_host: ClassVar[Callable[[], str]]  # a fresh test:///... URI
    make_model: ClassVar[Callable[[Connection], QAbstractItemModel]]
    counter: ClassVar[StepCounter]

    def __init__(self) -> None:
        super().__init__()
        self.conn = open_connection(self.registry, self.qtbot, self.new_host())
        self.driver = Driver(self.conn)
        self.model = self.make_model(self.conn)
        self._uuids = 0
        self.truth: dict[str, tuple] = self.driver.call(self.snapshot)
        self.settle()

    def new_uuid(self) -> str:
        self._uuids += 1
        return f"00000000-0000-4000-8000-{self._uuids:012x}"

    def new_name(self, name: str, unique: int) -> str:
        """``name``, mostly (3 in 4) with a counter so it does not clash."""
        return f"{name}~{self._uuids}" if unique else name

    # -- to provide -----------------------------------------------------------------------
    @staticmethod
    def snapshot(conn: libvirt.virConnect) -> dict[str, tuple]:
        raise NotImplementedError

    def shown(self) -> dict[str, tuple]:
        raise NotImplementedError

    # -- the check ------------------------------------------------------------------------
    def diff(self) -> str | None:
        shown, truth = self.shown(), self.truth
        if shown == truth:
            return None
        lines = [f"only in the model: {shown[k]}" for k in shown.keys() - truth.keys()]
        lines += [f"missing from the model: {truth[k]}" for k in truth.keys() - shown.keys()]
        lines += [f"model {shown[k]} != libvirt {truth[k]}"
                  for k in shown.keys() & truth.keys() if shown[k] != truth[k]]
        return "; ".join(sorted(lines))

    def settle(self) -> None:
        m = self.model
        left = wait_for(self.diff, [m.dataChanged, m.rowsInserted, m.rowsRemoved, m.modelReset],
                        SETTLE_S)
        assert left is None, f"after {SETTLE_S:.0f} s the model still differs: {left}"

    @invariant()
    def model_equals_libvirt(self) -> None:
        assert self.diff() is None, self.diff()

    def act(self, fn: Callable[..., Any], *args: Any, refresh: str | None = None) -> None:
        """Run ``fn(conn, *args)`` then the snapshot, in one worker job; then settle."""
        snapshot = self.snapshot

        def job(conn: libvirt.virConnect) -> tuple[str | None, dict[str, tuple]]:
            try:
                key = fn(conn, *args)
            except libvirt.libvirtError:
                key = False
            return key, snapshot(conn)

        key, self.truth = self.driver.call(job)
        self.counter.steps += 1
        if key is False:
            self.counter.refused += 1
        elif refresh and key:
            # No event exists for this change (autostart): kvmgui's actions ask for a
            # re-read, as here; events cover everything else.
            self.driver.conn.refresh(refresh, key)
        self.settle()

    def keys(self, pred: Callable[[tuple], bool]) -> list[str]:
        return sorted(k for k, v in self.truth.items() if pred(v))

    def teardown(self) -> None:
        try:
            # Anything still in flight (a late refresh) must not undo the last step.
            self.settle()
        finally:
            self.registry.remove(self.conn)
            self.conn.deleteLater()


def _rows(model: QAbstractItemModel) -> range:
    return range(model.rowCount())


# =========================================================================== domains

_RUNNING, _PAUSED, _SHUTOFF = DomainState.RUNNING, DomainState.PAUSED, DomainState.SHUTOFF


def _dom_snapshot(conn: libvirt.virConnect) -> dict[str, tuple]:
    out = {}
    for dom in conn.listAllDomains(0):
        try:
            state = DomainState(dom.state()[0])
            persistent = bool(dom.isPersistent())
            autostart = bool(dom.autostart()) if persistent else False
        except libvirt.libvirtError:
            continue
        autostart_words = "Yes" if autostart else ("No" if persistent else "Transient")
        out[dom.UUIDString()] = (dom.name(), state, kvmgui_words.domain_state(state), autostart_words)
    return out


class DomainMachine(ModelMachine):
    """define, create (transient), start, suspend, resume, destroy, undefine, autostart,
    rename (libvirt allows it for a stopped, persistent VM)."""

    snapshot = staticmethod(_dom_snapshot)

    def shown(self) -> dict[str, tuple]:
        m, conn, out = self.model, self.driver.conn, {}
        for r in _rows(m):
            if m.index(r, 0).data(Role.CONNECTION) is not conn:
                continue
            rec = m.index(r, 0).data(Role.OBJECT)
            cell = m.index(r, DomainColumn.STATE)  # "Running · restart pending" spoken
            state_text = (cell.data(Qt.ItemDataRole.AccessibleTextRole) or cell.data()).split(" · ")[0]
            out[rec.uuid] = (m.index(r, DomainColumn.NAME).data(), m.index(r, 0).data(Role.STATE),
                             state_text, m.index(r, DomainColumn.AUTOSTART).data())
        return out

    def pick(self, data: st.DataObject, pred: Callable[[tuple], bool]) -> str:
        return data.draw(st.sampled_from(self.keys(pred)))

    @precondition(lambda self: len(self.truth) < MAX_OBJECTS)
    @rule(name=NAMES, unique=UNIQUE)
    def define(self, name: str, unique: int) -> None:
        name = self.new_name(name, unique)
        xml = _xml("domain", name, self.new_uuid())
        self.act(lambda c: c.defineXML(xml).UUIDString())

    @precondition(lambda self: len(self.truth) < MAX_OBJECTS)
    @rule(name=NAMES, unique=UNIQUE)
    def create_transient(self, name: str, unique: int) -> None:
        name = self.new_name(name, unique)
        xml = _xml("domain", name, self.new_uuid())
        self.act(lambda c: c.createXML(xml, 0).UUIDString())

    @precondition(lambda self: self.keys(lambda v: v[1] == _SHUTOFF))
    @rule(data=st.data())
    def start(self, data: st.DataObject) -> None:
        self.act(lambda c, u: c.lookupByUUIDString(u).create(), self.pick(data, lambda v: v[1] == _SHUTOFF))

    @precondition(lambda self: self.keys(lambda v: v[1] == _RUNNING))
    @rule(data=st.data())
    def suspend(self, data: st.DataObject) -> None:
        self.act(lambda c, u: c.lookupByUUIDString(u).suspend(), self.pick(data, lambda v: v[1] == _RUNNING))

    @precondition(lambda self: self.keys(lambda v: v[1] == _PAUSED))
    @rule(data=st.data())
    def resume(self, data: st.DataObject) -> None:
        self.act(lambda c, u: c.lookupByUUIDString(u).resume(), self.pick(data, lambda v: v[1] == _PAUSED))

    @precondition(lambda self: self.keys(lambda v: v[1].is_active))
    @rule(data=st.data())
    def destroy(self, data: st.DataObject) -> None:
        self.act(lambda c, u: c.lookupByUUIDString(u).destroy(), self.pick(data, lambda v: v[1].is_active))

    @precondition(lambda self: self.keys(lambda v: v[3] != "Transient"))
    @rule(data=st.data())
    def undefine(self, data: st.DataObject) -> None:
        self.act(lambda c, u: c.lookupByUUIDString(u).undefine(),
                 self.pick(data, lambda v: v[3] != "Transient"))

    @precondition(lambda self: self.keys(lambda v: v[3] != "Transient"))
    @rule(data=st.data(), on=st.booleans())
    def autostart(self, data: st.DataObject, on: bool) -> None:
        def set_autostart(c: libvirt.virConnect, uuid: str) -> str:
            c.lookupByUUIDString(uuid).setAutostart(on)
            return uuid

        self.act(set_autostart, self.pick(data, lambda v: v[3] != "Transient"), refresh="domain")

    @precondition(lambda self: self.keys(lambda v: v[1] == _SHUTOFF and v[3] != "Transient"))
    @rule(data=st.data(), name=NAMES, unique=UNIQUE)
    def rename(self, data: st.DataObject, name: str, unique: int) -> None:
        uuid = self.pick(data, lambda v: v[1] == _SHUTOFF and v[3] != "Transient")
        name = self.new_name(name, unique)
        self.act(lambda c, u: c.lookupByUUIDString(u).rename(name, 0), uuid)

    @precondition(lambda self: self.keys(lambda v: v[1] == _RUNNING))
    @rule(data=st.data())
    def start_again(self, data: st.DataObject) -> None:
        """Refused by libvirt ("already running"): nothing may change."""
        self.act(lambda c, u: c.lookupByUUIDString(u).create(), self.pick(data, lambda v: v[1] == _RUNNING))


# =========================================================================== networks


def _net_snapshot(conn: libvirt.virConnect) -> dict[str, tuple]:
    out = {}
    for net in conn.listAllNetworks(0):
        try:
            active, persistent = bool(net.isActive()), bool(net.isPersistent())
            # Autostart means nothing for a transient network (libvirt keeps the flag of
            # one undefined while running; kvmgui shows No): compare what means something.
            autostart = persistent and bool(net.autostart())
        except libvirt.libvirtError:
            continue
        out[net.UUIDString()] = (net.name(), "Active" if active else "Inactive",
                                 "Yes" if autostart else "No", persistent)
    return out


class NetworkMachine(ModelMachine):
    """define, create (transient), start, stop, undefine, autostart."""

    snapshot = staticmethod(_net_snapshot)
    def shown(self) -> dict[str, tuple]:
        m, out = self.model, {}
        for r in _rows(m):
            rec = m.index(r, 0).data(Role.OBJECT)
            out[rec.uuid] = (*(m.index(r, col).data() for col in
                               (NetworkColumn.NAME, NetworkColumn.STATE, NetworkColumn.AUTOSTART)),
                             rec.persistent)
        return out

    def _net_xml(self, name: str) -> str:
        uuid = self.new_uuid()
        root = etree.fromstring(_xml("network", name, uuid))
        etree.SubElement(root, "bridge", name=f"kvt{self._uuids}")  # each its own bridge
        return etree.tostring(root, encoding="unicode")

    @precondition(lambda self: len(self.truth) < MAX_OBJECTS)
    @rule(name=NAMES, unique=UNIQUE)
    def define(self, name: str, unique: int) -> None:
        name = self.new_name(name, unique)
        xml = self._net_xml(name)
        self.act(lambda c: c.networkDefineXML(xml).UUIDString())

    @precondition(lambda self: len(self.truth) < MAX_OBJECTS)
    @rule(name=NAMES, unique=UNIQUE)
    def create_transient(self, name: str, unique: int) -> None:
        name = self.new_name(name, unique)
        xml = self._net_xml(name)
        self.act(lambda c: c.networkCreateXML(xml).UUIDString())

    @precondition(lambda self: self.keys(lambda v: v[1] == "Inactive"))
    @rule(data=st.data())
    def start(self, data: st.DataObject) -> None:
        uuid = data.draw(st.sampled_from(self.keys(lambda v: v[1] == "Inactive")))
        self.act(lambda c, u: c.networkLookupByUUIDString(u).create(), uuid)

    @precondition(lambda self: self.keys(lambda v: v[1] == "Active"))
    @rule(data=st.data())
    def stop(self, data: st.DataObject) -> None:
        uuid = data.draw(st.sampled_from(self.keys(lambda v: v[1] == "Active")))
        self.act(lambda c, u: c.networkLookupByUUIDString(u).destroy(), uuid)

    @precondition(lambda self: self.keys(lambda v: v[1] == "Active"))
    @rule(data=st.data())
    def start_again(self, data: st.DataObject) -> None:
        """Refused by libvirt ("already active"): nothing may change."""
        uuid = data.draw(st.sampled_from(self.keys(lambda v: v[1] == "Active")))
        self.act(lambda c, u: c.networkLookupByUUIDString(u).create(), uuid)

    # Inactive ones: the test driver refuses to undefine a running network (libvirt's
    # network driver would make it transient).
    @precondition(lambda self: self.keys(lambda v: v[1] == "Inactive"))
    @rule(data=st.data())
    def undefine(self, data: st.DataObject) -> None:
        uuid = data.draw(st.sampled_from(self.keys(lambda v: v[1] == "Inactive")))
        self.act(lambda c, u: c.networkLookupByUUIDString(u).undefine(), uuid)

    # Only persistent networks: libvirt's network driver refuses autostart for transient
    # ones (its test driver does not).
    @precondition(lambda self: self.keys(lambda v: v[3]))
    @rule(data=st.data(), on=st.booleans())
    def autostart(self, data: st.DataObject, on: bool) -> None:
        def set_autostart(c: libvirt.virConnect, uuid: str) -> str:
            c.networkLookupByUUIDString(uuid).setAutostart(on)
            return uuid

        self.act(set_autostart, data.draw(st.sampled_from(self.keys(lambda v: v[3]))),
                 refresh="network")


# =========================================================================== pools


def _pool_snapshot(conn: libvirt.virConnect) -> dict[str, tuple]:
    out = {}
    for pool in conn.listAllStoragePools(0):
        try:
            _state, capacity, allocation, available = pool.info()
            persistent = bool(pool.isPersistent())
            autostart = persistent and bool(pool.autostart())  # (see _net_snapshot)
        except libvirt.libvirtError:
            continue
        active = bool(pool.isActive())
        sizes = (capacity, allocation, available) if active else (0, 0, 0)
        words = "Yes" if autostart else ("No" if persistent else "Transient")
        out[pool.UUIDString()] = (pool.name(), "Active" if active else "Inactive", words, *sizes)
    return out


class PoolMachine(ModelMachine):
    """define, create (transient), start, stop, refresh, undefine, autostart."""

    snapshot = staticmethod(_pool_snapshot)
    def shown(self) -> dict[str, tuple]:
        m, out = self.model, {}
        for r in _rows(m):
            rec = m.index(r, 0).data(Role.OBJECT)
            out[rec.uuid] = (
                *(m.index(r, col).data() for col in (PoolColumn.NAME, PoolColumn.STATE,
                                                     PoolColumn.AUTOSTART)),
                *(m.index(r, col).data(Role.SORT) for col in (PoolColumn.CAPACITY,
                                                              PoolColumn.ALLOCATION,
                                                              PoolColumn.AVAILABLE)))
        return out

    def _pool_xml(self, name: str) -> str:
        uuid = self.new_uuid()
        return _xml("pool", name, uuid, path=f"p{self._uuids}")

    @precondition(lambda self: len(self.truth) < MAX_OBJECTS)
    @rule(name=NAMES, unique=UNIQUE)
    def define(self, name: str, unique: int) -> None:
        name = self.new_name(name, unique)
        xml = self._pool_xml(name)
        self.act(lambda c: c.storagePoolDefineXML(xml, 0).UUIDString())

    @precondition(lambda self: len(self.truth) < MAX_OBJECTS)
    @rule(name=NAMES, unique=UNIQUE)
    def create_transient(self, name: str, unique: int) -> None:
        name = self.new_name(name, unique)
        xml = self._pool_xml(name)
        self.act(lambda c: c.storagePoolCreateXML(xml, 0).UUIDString())

    @precondition(lambda self: self.keys(lambda v: v[1] == "Inactive"))
    @rule(data=st.data())
    def start(self, data: st.DataObject) -> None:
        uuid = data.draw(st.sampled_from(self.keys(lambda v: v[1] == "Inactive")))
        self.act(lambda c, u: c.storagePoolLookupByUUIDString(u).create(0), uuid)

    @precondition(lambda self: self.keys(lambda v: v[1] == "Active"))
    @rule(data=st.data())
    def stop(self, data: st.DataObject) -> None:
        uuid = data.draw(st.sampled_from(self.keys(lambda v: v[1] == "Active")))
        self.act(lambda c, u: c.storagePoolLookupByUUIDString(u).destroy(), uuid)

    @precondition(lambda self: self.keys(lambda v: v[1] == "Active"))
    @rule(data=st.data())
    def start_again(self, data: st.DataObject) -> None:
        """Refused by libvirt ("already active"): nothing may change."""
        uuid = data.draw(st.sampled_from(self.keys(lambda v: v[1] == "Active")))
        self.act(lambda c, u: c.storagePoolLookupByUUIDString(u).create(0), uuid)

    @precondition(lambda self: self.keys(lambda v: v[1] == "Active"))
    @rule(data=st.data())
    def refresh(self, data: st.DataObject) -> None:
        uuid = data.draw(st.sampled_from(self.keys(lambda v: v[1] == "Active")))
        self.act(lambda c, u: c.storagePoolLookupByUUIDString(u).refresh(0), uuid)

    # Inactive ones, as libvirt's storage driver requires.
    @precondition(lambda self: self.keys(lambda v: v[1] == "Inactive"))
    @rule(data=st.data())
    def undefine(self, data: st.DataObject) -> None:
        uuid = data.draw(st.sampled_from(self.keys(lambda v: v[1] == "Inactive")))
        self.act(lambda c, u: c.storagePoolLookupByUUIDString(u).undefine(), uuid)

    @precondition(lambda self: self.keys(lambda v: v[2] != "Transient"))
    @rule(data=st.data(), on=st.booleans())
    def autostart(self, data: st.DataObject, on: bool) -> None:
        def set_autostart(c: libvirt.virConnect, uuid: str) -> str:
            c.storagePoolLookupByUUIDString(uuid).setAutostart(on)
            return uuid

        self.act(set_autostart, data.draw(st.sampled_from(self.keys(lambda v: v[2] != "Transient"))),
                 refresh="pool")
