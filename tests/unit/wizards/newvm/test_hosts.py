"""The hosts the new-VM wizard offers follow kvmgui's connections while it is open: one
connected later is offered, one removed or disconnected leaves the list, and a wizard
whose own host is removed says so and keeps what the user entered for the next host."""

from __future__ import annotations

from kvmgui.libvirt.connstate import ConnState
from tests.conftest import DEMO_HOST
from tests.helpers import open_connection, type_into
from tests.unit.wizards.newvm.drive import FINISH, NEXT, PageId, fill_kernel_vm, open_wizard, settle


def listed(wiz):
    combo = wiz.method.connection
    return [combo.itemText(i) for i in range(combo.count())]


def second_host(registry, qtbot, tmp_path, name="other"):
    path = tmp_path / f"{name}.xml"
    path.write_text(DEMO_HOST.read_text().replace("<name>home</name>", "<name>tank</name>"))
    return open_connection(registry, qtbot, f"test://{path}")


def test_hosts_connected_later_are_offered_and_removed_ones_leave(registry, connected, qtbot, tmp_path):
    wiz = open_wizard(qtbot, connected)
    wiz.follow_hosts(registry)
    assert listed(wiz) == [connected.display_name]
    other = second_host(registry, qtbot, tmp_path)
    assert listed(wiz) == [connected.display_name, other.display_name]  # connected after the wizard opened
    other.close()
    qtbot.waitUntil(lambda: other.state is ConnState.DISCONNECTED, timeout=5000)
    assert listed(wiz) == [connected.display_name]  # nothing could be made there
    other.open()
    qtbot.waitUntil(lambda: len(listed(wiz)) == 2, timeout=10000)
    registry.remove(other)
    assert listed(wiz) == [connected.display_name]
    assert wiz.state.conn is connected and wiz.method.connection.currentIndex() == 0
    assert not [m for m in wiz.state.messages if m.field == "host"]


def test_the_wizards_own_host_removed_says_so_and_another_takes_the_input(registry, connected, qtbot,
                                                                         tmp_path):
    other = second_host(registry, qtbot, tmp_path)
    wiz = open_wizard(qtbot, connected, [connected, other])
    wiz.follow_hosts(registry)
    fill_kernel_vm(qtbot, wiz, tmp_path, name="keepme")
    assert wiz.button(FINISH).isEnabled()
    name = connected.display_name

    registry.remove(connected)

    removed = f"{name} was removed: choose another host on the first page."
    assert not wiz.button(FINISH).isEnabled()
    assert removed in wiz.summary.problems.text()  # not "… is not connected."
    wiz.restart()
    assert wiz.method.host_status.text() == removed and not wiz.button(NEXT).isEnabled()
    assert listed(wiz) == [other.display_name, f"{name} (removed)"]
    assert wiz.method.connection.currentIndex() == 1

    wiz.method.connection.setCurrentIndex(0)
    assert wiz.state.conn is other
    qtbot.waitUntil(lambda: wiz.state.facts is not None and "tank" in wiz.state.facts.pools, timeout=10000)
    assert listed(wiz) == [other.display_name]  # the removed host is let go
    assert wiz.method.host_status.text() == ""
    assert wiz.name.name.text() == "keepme" and wiz.state.spec.memory_mib == 512
    assert wiz.state.spec.storage.pool == "tank"  # the new host's own choices
    type_into(qtbot, wiz.method.cmdline, " quiet")
    settle(qtbot, wiz)
    assert wiz.button(NEXT).isEnabled()
    while wiz.currentId() != PageId.SUMMARY:
        wiz.next()
    settle(qtbot, wiz)
    assert wiz.button(FINISH).isEnabled()
