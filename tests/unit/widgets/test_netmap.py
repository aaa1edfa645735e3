"""The drawn network map: cards for hosts, networks and VM cards, grouping beyond a threshold,
clicks that ask for a VM's details or a network, export as PNG and SVG, and the tree."""

import pytest
from PySide6.QtCore import Qt

from kvmgui.models.netmap import NetworkMapModel, NodeKind
from kvmgui.widgets.netmapwidget import NetworkMapWidget
from tests.helpers import DEMO_VMS, run_in_worker, uuid_of


def add_vms(conn, count, network="net10"):
    def define(c):
        for i in range(count):
            c.defineXML(f"<domain type='test'><name>vm{i:03d}</name><memory>65536</memory>"
                        "<os><type>hvm</type></os><devices><interface type='network'>"
                        f"<mac address='52:54:00:aa:{i // 256:02x}:{i % 256:02x}'/>"
                        f"<source network='{network}'/></interface></devices></domain>")
    return define


@pytest.fixture
def widget(connected, qtbot):
    model = NetworkMapModel()
    model.add_connection(connected)
    w = NetworkMapWidget(model)
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitUntil(lambda: w.scene.card_for(NodeKind.NIC, f"{DEMO_VMS['web01']}/52:54:00:6b:3c:01")
                    is not None, timeout=5000)
    return w


def click(qtbot, widget, card):
    center = widget.view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def test_names_for_screen_readers(widget):
    assert widget.view.accessibleName() == "Network map"
    assert widget.tree.accessibleName() == "Network map tree"
    assert widget.tree.model().rowCount() == 1  # the host
    for button in (widget.export_png_button, widget.export_svg_button):
        assert button.accessibleName().startswith("Export the map as")


def test_clicking_a_vm_or_a_network_asks_for_it(widget, connected, qtbot):
    web01 = widget.scene.card_for(NodeKind.NIC, f"{DEMO_VMS['web01']}/52:54:00:6b:3c:01")
    widget.view.centerOn(web01)
    with qtbot.waitSignal(widget.vmActivated, timeout=2000) as got:
        click(qtbot, widget, web01)
    assert got.args == [connected, DEMO_VMS["web01"]]
    net10 = uuid_of(connected.networks, "net10")
    card = widget.scene.card_for(NodeKind.NETWORK, net10)
    widget.view.centerOn(card)
    with qtbot.waitSignal(widget.networkActivated, timeout=2000) as got:
        click(qtbot, widget, card)
    assert got.args == [connected, net10]


def test_many_vms_are_grouped_and_expand_on_click(widget, connected, qtbot):
    run_in_worker(qtbot, connected, add_vms(connected, 100))
    net10 = uuid_of(connected.networks, "net10")
    qtbot.waitUntil(lambda: any(c.hit and c.hit.more for c in widget.scene.cards), timeout=10000)
    nics = [c for c in widget.scene.cards if c.hit and c.hit.node.kind is NodeKind.NIC]
    assert len(nics) == 2 + 8  # default's two, and the first eight of net10's 102
    more = next(c for c in widget.scene.cards if c.hit and c.hit.more)
    assert more.hit.node.key == net10
    widget.view.centerOn(more)
    click(qtbot, widget, more)
    nics = [c for c in widget.scene.cards if c.hit and c.hit.node.kind is NodeKind.NIC]
    assert len(nics) == 2 + 102
    # The tree has every card too, whatever the drawing shows.
    host = widget.proxy.index(0, 0)
    net = next(widget.proxy.index(r, 0, host) for r in range(widget.proxy.rowCount(host))
               if widget.proxy.index(r, 0, host).data() == "net10")
    assert widget.proxy.rowCount(net) == 102
    card = widget.scene.card_for(NodeKind.NETWORK, net10)  # its card collapses it again
    widget.view.centerOn(card)
    click(qtbot, widget, card)
    assert any(c.hit and c.hit.more for c in widget.scene.cards)


def test_export_png_and_svg(widget, tmp_path, qtbot):
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    widget.export_to(str(png), "png")
    widget.export_to(str(svg), "svg")
    qtbot.waitUntil(lambda: png.exists() and svg.exists() and svg.stat().st_size > 0, timeout=5000)
    qtbot.waitUntil(lambda: widget.status.text().startswith("Saved"), timeout=5000)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = svg.read_text()
    assert "<svg" in text and "web01" in text and "192.168.122.0/24" in text


def test_an_export_is_drawn_and_written_off_the_gui_thread(widget, connected, tmp_path, qtbot):
    """The map was drawn into the image on the GUI thread (QGraphicsScene.render, then the
    PNG encoded there): with 500 VMs on 50 networks the GUI thread stood still about
    850 ms per PNG export. The GUI thread now hands the scene's plain shapes to a worker,
    which draws, encodes and writes."""
    import sys
    import threading

    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgGenerator
    from PySide6.QtWidgets import QGraphicsScene

    run_in_worker(qtbot, connected, add_vms(connected, 20, network="default"))
    qtbot.waitUntil(lambda: any(c.hit and c.hit.more for c in widget.scene.cards), timeout=10000)
    drawn_here: list[str] = []

    def watch(_frame, event, arg):
        owner = getattr(arg, "__self__", None)
        if event == "c_call" and isinstance(owner, (QPainter, QImageWriter, QSvgGenerator,
                                                    QGraphicsScene, QImage)) \
                and arg.__name__ in ("render", "drawPath", "drawText", "write", "fill", "end"):
            drawn_here.append(f"{type(owner).__name__}.{arg.__name__}")

    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert threading.current_thread() is threading.main_thread()
    sys.setprofile(watch)
    try:
        widget.export_to(str(png), "png")
        widget.export_to(str(svg), "svg")
    finally:
        sys.setprofile(None)
    assert drawn_here == []
    qtbot.waitUntil(lambda: widget.status.text().startswith("Saved") and svg.exists()
                    and png.exists(), timeout=10000)
    rect = widget.scene.sceneRect()
    image = QImage(str(png))
    assert (image.width(), image.height()) == (int(rect.width()), int(rect.height()))
    text = svg.read_text()
    assert "vm000" in text and "+14 more" in text and "db01" in text


def test_a_png_that_cannot_be_made_is_not_called_saved(widget, tmp_path, qtbot):
    """Wider than one image can be (QImage gives a null image): nothing to save. The status
    said Qt's "Image is empty" (English, and no hint that the map was too large); it says
    why in translated words, and what to do instead."""
    widget.scene.setSceneRect(0, 0, 100_000_000, 10)
    png = tmp_path / "map.png"
    widget.export_to(str(png), "png")
    qtbot.waitUntil(lambda: not widget.status.text().startswith("Saving "), timeout=5000)
    assert widget.status.text() == (f"Could not save {png}: the map is too large for one image "
                                    "(100000000 × 10 pixels); export it as SVG instead")
    assert not png.exists()


def test_a_map_that_cannot_be_written_says_why_in_words(widget, tmp_path, qtbot):
    """Python's "[Errno 2] No such file or directory: '…/map.png'" was shown as it was:
    English, and the path twice. The reason is said in words, the path once."""
    png = tmp_path / "gone" / "map.png"
    widget.export_to(str(png), "png")
    qtbot.waitUntil(lambda: not widget.status.text().startswith("Saving "), timeout=5000)
    assert widget.status.text() == f"Could not save {png}: no such file or directory"


def test_a_map_on_a_dead_network_mount_says_so_in_words(widget, qtbot, monkeypatch):
    """A stale NFS handle was said as the system says it, "Stale file handle": English in
    every language, though the path checks had words for it."""
    import errno

    from kvmgui.widgets import netmapdraw

    def stale(*args):
        raise OSError(errno.ESTALE, "Stale file handle", "/mnt/nfs/map.svg")

    monkeypatch.setattr(netmapdraw, "export", stale)
    widget.export_to("/mnt/nfs/map.svg", "svg")
    qtbot.waitUntil(lambda: not widget.status.text().startswith("Saving "), timeout=5000)
    assert widget.status.text() == ("Could not save /mnt/nfs/map.svg: the network file system no "
                                    "longer knows it (stale file handle)")


def test_a_map_that_fails_to_be_written_after_its_window_closed_is_told(connected, qtbot,
                                                                       monkeypatch):
    """The export's outcome went to the map's own status line only: a host window closed
    while the file was written dropped its failure, and the user took the map as saved."""
    import threading

    import shiboken6

    from kvmgui.widgets import netmapdraw
    from kvmgui.widgets.notifications import late_news

    release = threading.Event()
    real = netmapdraw.export

    def held(*args):
        release.wait(10)
        real(*args)

    monkeypatch.setattr(netmapdraw, "export", held)
    model = NetworkMapModel()
    model.add_connection(connected)
    w = NetworkMapWidget(model)
    told: list[str] = []
    late_news().error.connect(told.append)
    try:
        w.export_to("/nonexistent-dir/map.svg", "svg")
        shiboken6.delete(w)  # the host window closed while the file is written
        release.set()
        qtbot.waitUntil(lambda: bool(told), timeout=5000)
        assert told == ["Could not save /nonexistent-dir/map.svg: no such file or directory"]
    finally:
        release.set()
        late_news().error.disconnect(told.append)


def test_exports_to_a_hung_mount_hold_only_that_mount(widget, qtbot, monkeypatch, tmp_path,
                                                      dead_mount):
    """Exports to a NFS/SSHFS mount that stopped answering (tried again, as nothing was
    said) each held a thread of the shared pool: with four, the XML editor's schema
    check, the wizards' checks and every other export waited for the mount. They now
    wait on that mount's own thread."""
    import os

    from kvmgui.libvirt import mountlanes
    from kvmgui.widgets import netmapdraw
    from tests.unit.deadmount import others_answer

    monkeypatch.setattr(netmapdraw, "open", dead_mount.hang(open), raising=False)
    svg = dead_mount.path / "map.svg"
    for _try in range(4):
        widget.export_to(str(svg), "svg")
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    others_answer(qtbot, tmp_path)
    local = tmp_path / "map.png"
    widget.export_to(str(local), "png")  # another mount's export is written meanwhile
    qtbot.waitUntil(lambda: widget.status.text().startswith(f"Saved {local}."), timeout=5000)
    dead_mount.release.set()
    behind: list[object] = []  # the mount's thread takes jobs in turn: after the four exports
    mountlanes.submit(str(svg), os.path.getsize, done=behind.append)
    qtbot.waitUntil(lambda: bool(behind), timeout=5000)
    assert len(dead_mount.hung) == 4 and widget.status.text() == f"Saved {svg}."
    assert "<svg" in svg.read_text()


def test_an_export_still_being_written_is_said(widget, qtbot, monkeypatch, tmp_path, dead_mount):
    """Exported to a mount that stopped answering, the map said nothing until the file was
    written (never, while the mount is down): the export looked lost, and one written
    elsewhere meanwhile said only that one was saved. The map now says which file it is
    still writing."""
    from kvmgui.widgets import netmapdraw

    monkeypatch.setattr(netmapdraw, "open", dead_mount.hang(open), raising=False)
    hung, local = dead_mount.path / "map.svg", tmp_path / "map.svg"
    widget.export_to(str(hung), "svg")
    qtbot.waitUntil(lambda: bool(dead_mount.hung), timeout=5000)
    assert widget.status.text() == f"Saving {hung}…"
    widget.export_to(str(local), "svg")
    qtbot.waitUntil(lambda: widget.status.text().startswith(f"Saved {local}."), timeout=5000)
    assert widget.status.text() == f"Saved {local}.\nSaving {hung}…"
    dead_mount.release.set()
    qtbot.waitUntil(lambda: widget.status.text() == f"Saved {hung}.", timeout=5000)


def test_tree_activation_opens_the_vm(widget, connected, qtbot):
    host = widget.proxy.index(0, 0)
    default = next(widget.proxy.index(r, 0, host) for r in range(widget.proxy.rowCount(host))
                   if widget.proxy.index(r, 0, host).data() == "default")
    web01 = next(widget.proxy.index(r, 0, default) for r in range(widget.proxy.rowCount(default))
                 if widget.proxy.index(r, 0, default).data() == "web01")
    widget.tree.setCurrentIndex(web01)
    with qtbot.waitSignal(widget.vmActivated, timeout=2000) as got:
        qtbot.keyClick(widget.tree, Qt.Key.Key_Return)
    assert got.args == [connected, DEMO_VMS["web01"]]


def test_cards_are_read_and_the_tree_opens_only_while_the_map_is_seen(connected, qtbot):
    # Each read asks for every VM's XML; opening lays out every row shown. Neither is done
    # for a map nobody sees: hidden, or covered (a dock behind another tab).
    model = NetworkMapModel()
    model.add_connection(connected)
    w = NetworkMapWidget(model)
    qtbot.addWidget(w)
    feed = next(iter(model.feeds.values()))

    def networks():
        host = w.proxy.index(0, 0)
        return [w.proxy.index(r, 0, host) for r in range(w.proxy.rowCount(host))]

    qtbot.waitUntil(lambda: len(networks()) == 2 and feed._nics_stale, timeout=5000)
    assert feed.nics == [] and not feed.lease_timer.isActive()
    assert not w.tree.isExpanded(w.proxy.index(0, 0))
    w.set_covered(True)
    w.show()
    qtbot.wait(300)  # longer than a burst's wait (200 ms): still nothing read
    assert feed.nics == [] and not w.tree.isExpanded(w.proxy.index(0, 0))
    w.set_covered(False)
    qtbot.waitUntil(lambda: all(w.proxy.rowCount(n) == 2 for n in networks())
                    and w.tree.isExpanded(w.proxy.index(0, 0))
                    and all(w.tree.isExpanded(n) for n in networks()), timeout=5000)
    assert feed.lease_timer.isActive()
    w.hide()
    assert not feed.lease_timer.isActive()


def test_a_network_of_many_cards_stays_closed(connected, qtbot, monkeypatch):
    from kvmgui.widgets import netmapwidget
    monkeypatch.setattr(netmapwidget, "OPEN_MOST", 20)
    run_in_worker(qtbot, connected, add_vms(connected, 30))
    model = NetworkMapModel()
    model.add_connection(connected)
    w = NetworkMapWidget(model)
    qtbot.addWidget(w)
    w.show()
    host = w.proxy.index(0, 0)

    def row(name):
        return next((w.proxy.index(r, 0, host) for r in range(w.proxy.rowCount(host))
                     if w.proxy.index(r, 0, host).data() == name), None)

    qtbot.waitUntil(lambda: row("net10") is not None and w.proxy.rowCount(row("net10")) == 32,
                    timeout=10000)
    qtbot.waitUntil(lambda: w.tree.isExpanded(row("default")), timeout=2000)
    assert not w.tree.isExpanded(row("net10"))  # 32 cards: opened by the user, if wanted


def test_the_map_is_redrawn_during_a_storm_of_changes(widget, qtbot):
    """The redraw waited for 50 ms without a change: a storm of changes less than 50 ms
    apart kept it waiting, and the map showed what was before the storm until it ended.
    It is redrawn at most 250 ms after a change, and once more after the last."""
    from dataclasses import replace

    from PySide6.QtCore import QTimer

    feed = next(iter(widget.model.feeds.values()))
    qtbot.waitUntil(lambda: not feed._nics_busy and not feed._nics_timer.isActive(), timeout=5000)
    key = f"{DEMO_VMS['web01']}/52:54:00:6b:3c:01"

    def drawn_name():
        return widget.scene.card_for(NodeKind.NIC, key).card_shape.texts[0][1]

    ticks, total = [0], 100
    storm = QTimer(interval=10)

    def tick():  # a reading of the cards that renames web01, 10 ms apart
        ticks[0] += 1
        feed.nics = [replace(n, vm_name=f"web01-{ticks[0]:03d}") if n.key == key else n
                     for n in feed.nics]
        feed.changed.emit()
        if ticks[0] == total:
            storm.stop()

    storm.timeout.connect(tick)
    storm.start()
    try:
        qtbot.waitUntil(lambda: ticks[0] < total and drawn_name() != "web01", timeout=5000)
    finally:
        storm.stop()
    ticks[0] = total - 1
    tick()
    qtbot.waitUntil(lambda: drawn_name() == f"web01-{total:03d}", timeout=5000)


def test_a_vm_that_stops_updates_the_cards_drawn_instead_of_making_them_again(widget, connected,
                                                                             qtbot):
    """Each redraw cleared the scene and made every card and line again (35-45 ms with 500
    VMs on 50 networks), also when the same cards were drawn and one VM had stopped.
    The items drawn stay; those whose shape changed are updated, and the export's
    shapes with them."""
    key = f"{DEMO_VMS['web01']}/52:54:00:6b:3c:01"
    before = list(widget.scene.cards)
    items = set(widget.scene.items())
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("web01").destroy())

    def says_stopped(texts):
        return any(words == "not running" for _top, words, _bold in texts)

    qtbot.waitUntil(lambda: says_stopped(widget.scene.card_for(NodeKind.NIC, key).card_shape.texts),
                    timeout=5000)
    assert widget.scene.cards == before and set(widget.scene.items()) == items
    card = widget.scene.card_for(NodeKind.NIC, key)
    assert card.card_shape in widget.scene.drawing.cards
    assert not card.card_shape.active and "not running" in card.toolTip()


def test_cards_that_change_height_move_those_below_as_a_new_drawing_would(connected, qtbot,
                                                                         monkeypatch):
    from kvmgui.libvirt import nicmap
    from kvmgui.libvirt.netops import Lease
    from kvmgui.libvirt.nicmap import LeaseReading
    from kvmgui.widgets.netmap import NetworkMapScene

    default = uuid_of(connected.networks, "default")
    lease = Lease("52:54:00:6b:3c:04", "192.168.122.9", 24, "router", 0, "ipv4")
    monkeypatch.setattr(nicmap, "all_leases", lambda _conn, uuids: LeaseReading(
        {u: (lease,) if u == default else () for u in uuids}, {}))
    model = NetworkMapModel()
    model.add_connection(connected)
    w = NetworkMapWidget(model)
    qtbot.addWidget(w)
    w.show()
    router = f"{DEMO_VMS['router']}/52:54:00:6b:3c:04"
    web01 = f"{DEMO_VMS['web01']}/52:54:00:6b:3c:01"
    qtbot.waitUntil(lambda: w.scene.card_for(NodeKind.NIC, router) is not None
                    and len(w.scene.card_for(NodeKind.NIC, router).card_shape.texts) == 4,
                    timeout=5000)  # name, MAC, address, lease
    before, y = list(w.scene.cards), w.scene.card_for(NodeKind.NIC, web01).y()
    run_in_worker(qtbot, connected, lambda c: c.lookupByName("router").destroy())
    qtbot.waitUntil(lambda: len(w.scene.card_for(NodeKind.NIC, router).card_shape.texts) == 3,
                    timeout=5000)
    assert w.scene.cards == before
    assert w.scene.card_for(NodeKind.NIC, web01).y() < y  # below router's card: moved up
    fresh = NetworkMapScene(model, w.palette())
    assert w.scene.drawing == fresh.drawing
    assert w.scene.sceneRect() == fresh.sceneRect()
    assert [(c.pos(), c.path().boundingRect()) for c in w.scene.cards] == \
        [(c.pos(), c.path().boundingRect()) for c in fresh.cards]
    fresh.deleteLater()
