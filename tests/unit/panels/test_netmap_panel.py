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
    monkeypatch.setattr("kvmgui.dialogs.details.window.open_details",
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
