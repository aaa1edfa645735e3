"""The network map in the host window and in the main window: a click on a VM asks for its
details, a click on a network shows it in the networks panel."""

from kvmgui.dialogs.host import HostDetailsDialog
from kvmgui.models.netmap import NodeKind
from tests.helpers import DEMO_VMS, uuid_of


def test_host_window_map_shows_networks_in_the_panel(connected, qtbot, monkeypatch):
    dialog = HostDetailsDialog(connected)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.netmap)
    assert dialog.netmap.accessibleName() == "Network map panel"
    net10 = uuid_of(connected.networks, "net10")
    key = f"{DEMO_VMS['db01']}/52:54:00:6b:3c:02"
    # Both while the map is in front: behind another tab it reads no cards.
    qtbot.waitUntil(lambda: dialog.netmap.map.scene.card_for(NodeKind.NETWORK, net10) is not None
                    and dialog.netmap.map.scene.card_for(NodeKind.NIC, key) is not None,
                    timeout=5000)
    card = dialog.netmap.map.scene.card_for(NodeKind.NETWORK, net10)
    dialog.netmap.map.view.activate(card.hit)
    assert dialog.tabs.currentWidget() is dialog.networks
    assert dialog.networks.current().record.uuid == net10

    opened = []
    monkeypatch.setattr("kvmgui.dialogs.details.closing.open_details",
                        lambda conn, uuid, parent: opened.append((conn, uuid)))
    dialog.netmap.map.view.activate(dialog.netmap.map.scene.card_for(NodeKind.NIC, key).hit)
    assert opened == [(connected, DEMO_VMS["db01"])]


def test_main_window_map_dock(main_window, connected, qtbot):
    dock = main_window.netmap
    assert dock.accessibleName() == "Network map dock"
    assert dock.toggleViewAction().text() == "Network &Map"
    with qtbot.waitSignal(main_window.detailsRequested) as got:
        dock.map.vmActivated.emit(connected, DEMO_VMS["web01"])
    assert got.args == [connected, DEMO_VMS["web01"]]
    net10 = uuid_of(connected.networks, "net10")
    dock.map.networkActivated.emit(connected, net10)
    window = main_window.host_windows[id(connected)]
    assert window.isVisible() and window.tabs.currentWidget() is window.networks
    assert window.networks.current().record.uuid == net10


def test_ctrl_m_brings_the_map_in_front_of_the_timeline(main_window, qtbot):
    from PySide6.QtGui import QKeySequence

    def key(keys):  # the View menu's action with these keys
        return next(a for m in main_window.menuBar().actions() if m.menu()
                    for a in m.menu().actions() if a.shortcut() == QKeySequence(keys))

    main_window.show()
    qtbot.waitExposed(main_window)
    dock = main_window.netmap
    assert not dock.map.seen()  # tabbed behind the timeline, as the window opens
    key("Ctrl+M").trigger()
    qtbot.waitUntil(dock.map.seen, timeout=2000)  # Qt's own toggle hid it: nothing to see
    assert key("Ctrl+M").isChecked()
    key("Ctrl+M").trigger()  # in front: the same key puts it away
    qtbot.waitUntil(dock.isHidden, timeout=2000)
    assert not key("Ctrl+M").isChecked()
    key("Ctrl+M").trigger()
    qtbot.waitUntil(dock.map.seen, timeout=2000)
    key("Ctrl+E").trigger()  # the timeline, tabbed with it, comes in front
    qtbot.waitUntil(lambda: not dock.map.seen(), timeout=2000)
    assert not dock.isHidden() and not main_window.timeline.isHidden()
