"""ObjectTable: a big listing is announced in parts, and each record's story in order."""

from dataclasses import dataclass

import libvirt

from kvmgui.libvirt import pending, table
from kvmgui.libvirt.pending import tracker_for
from kvmgui.libvirt.table import ObjectTable


@dataclass(frozen=True)
class Rec:
    name: str
    value: int = 0

    @property
    def key(self) -> str:
        return "k-" + self.name


class Heard:
    def __init__(self, t: ObjectTable) -> None:
        self.added: list[list[str]] = []
        self.changed: list[list[str]] = []
        self.removed: list[list[str]] = []
        self.settled = 0
        t.added.connect(lambda recs: self.added.append([r.name for r in recs]))
        t.changed.connect(lambda recs: self.changed.append([r.name for r in recs]))
        t.removed.connect(self.removed.append)
        t.settled.connect(self._settled)

    def _settled(self) -> None:
        self.settled += 1


def test_a_small_listing_is_announced_at_once(qtbot):
    t = ObjectTable(at_once=3)
    heard = Heard(t)
    t.reconcile([Rec("b"), Rec("a"), Rec("c")])
    assert heard.added == [["b", "a", "c"]]
    assert not t.announcing()
    assert len(t) == 3


def test_a_big_listing_is_announced_in_parts_in_name_order(qtbot):
    t = ObjectTable(at_once=2)
    heard = Heard(t)
    t.reconcile([Rec("e"), Rec("B"), Rec("d"), Rec("a"), Rec("c")])
    assert heard.added == [["a", "B"]], "the first part at once, by name"
    assert t.announcing()
    assert t.get("k-c") is None and "k-c" not in t and len(t) == 2
    qtbot.waitUntil(lambda: heard.settled == 1, timeout=2000)
    assert heard.added == [["a", "B"], ["c", "d"], ["e"]]
    assert not t.announcing() and len(t) == 5
    assert heard.changed == [] and heard.removed == []


def test_a_record_changed_or_removed_before_its_part_is_never_told_out_of_order(qtbot):
    t = ObjectTable(at_once=1)
    heard = Heard(t)
    t.reconcile([Rec("a"), Rec("b"), Rec("c")])
    t.upsert([Rec("b", 7), Rec("a", 1)])  # b not announced yet: replaced unseen
    t.remove(["k-c"])  # c never announced: dropped unsaid
    assert heard.changed == [["a"]]
    qtbot.waitUntil(lambda: heard.settled == 1, timeout=2000)
    assert heard.added == [["a"], ["b"]]
    assert t.get("k-b") == Rec("b", 7)
    assert heard.removed == [] and "k-c" not in t


def test_a_new_listing_while_announcing_drops_what_it_lacks(qtbot):
    t = ObjectTable(at_once=1)
    heard = Heard(t)
    t.reconcile([Rec("a"), Rec("b"), Rec("c")])
    t.reconcile([Rec("a"), Rec("c", 2)])
    qtbot.waitUntil(lambda: heard.settled == 1, timeout=2000)
    assert heard.added == [["a"], ["c"]]
    assert heard.removed == []
    assert t.records() == [Rec("a"), Rec("c", 2)]


def test_the_restart_pending_check_at_connect_waits_for_the_whole_listing(
        registry, test_host, qtbot, monkeypatch):
    """Asked at CONNECTED, it would see only the first part of a big host's VMs."""
    monkeypatch.setattr(table, "AT_ONCE", 2)
    asked: list[str] = []
    real = pending._pending_of_all

    def spy(conn: libvirt.virConnect, uuids: list[str]) -> dict:
        asked.extend(uuids)
        return real(conn, uuids)

    monkeypatch.setattr(pending, "_pending_of_all", spy)
    conn = registry.add(test_host, save=False)
    tracker_for(conn)
    conn.open()  # not tests.helpers.open_connection: CONNECTED comes before the last part
    qtbot.waitUntil(lambda: len(conn.domains) == 5 and not conn.domains.announcing(),
                    timeout=10000)
    running = sorted(r.uuid for r in conn.domains.records()
                     if r.state.is_active and r.persistent)
    qtbot.waitUntil(lambda: sorted(asked) == running, timeout=5000)
