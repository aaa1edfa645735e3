"""The VM list's plain rows painted in one pass (widgets/fastrows.py) look exactly as Qt
paints them cell by cell: the real list on two test hosts (one closed: its rows
greyed), with sparklines, state icons, Chinese and elided names, compared pixel for
pixel in several states of the view."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QEvent, QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QEnterEvent, QHoverEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication

from kvmgui.libvirt.stats import sampler_for
from kvmgui.models.domainrow import Column
from kvmgui.models.roles import Role
from kvmgui.window.vmlist import VmList
from tests.helpers import open_connection, pixel_differences

TEST_NS = "http://libvirt.org/schemas/domain/test/1.0"
NAMES = ["vm-web", "資料庫伺服器", "a-virtual-machine-with-a-name-too-long-for-its-column",
         "<b>&amp; \"q\"", "vm-paused", "vm-off", "路由器-2", "vm-db", "vm-build", "vm-x"]
RUNSTATES = [1, 1, 1, 5, 3, 5, 1, 1, 5, 1]  # running, shut off, paused


def mixed_host(directory: Path) -> str:
    node = etree.Element("node")
    for i, (name, runstate) in enumerate(zip(NAMES, RUNSTATES, strict=True)):
        dom = etree.SubElement(node, "domain", type="test", nsmap={"test": TEST_NS})
        etree.SubElement(dom, "name").text = name
        etree.SubElement(dom, "uuid").text = str(uuidlib.UUID(int=i + 1))
        etree.SubElement(dom, "memory", unit="MiB").text = str(256 * (i + 1))
        etree.SubElement(dom, "vcpu").text = str(1 + i % 4)
        os_el = etree.SubElement(dom, "os")
        etree.SubElement(os_el, "type", arch="x86_64").text = "hvm"
        etree.SubElement(dom, f"{{{TEST_NS}}}runstate").text = str(runstate)
    path = directory / "mixed.xml"
    path.write_bytes(etree.tostring(node))
    return f"test://{path}"


@pytest.fixture
def vm_list(registry, test_host, qtbot, tmp_path):
    closed = open_connection(registry, qtbot, test_host, timeout=10000)
    conn = open_connection(registry, qtbot, mixed_host(tmp_path), timeout=10000)
    widget = VmList(registry)
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    widget.show()
    qtbot.waitExposed(widget)
    proxy = widget.proxy
    qtbot.waitUntil(lambda: proxy.rowCount() == len(NAMES) + 5, timeout=5000)
    sampler = sampler_for(conn)
    sampler.set_interval(500)

    def graphed() -> bool:
        return sum(len(proxy.index(r, Column.CPU).data(Role.HISTORY) or []) >= 2
                   for r in range(proxy.rowCount())) >= 3

    qtbot.waitUntil(graphed, timeout=10000)
    sampler.set_interval(60000)  # no sample lands between the two pictures
    closed.close()  # its five rows stay, greyed
    qtbot.waitUntil(lambda: not proxy.flags(proxy.index(
        next(r for r in range(proxy.rowCount())
             if proxy.index(r, Column.HOST).data() == closed.display_name), 0))
        & Qt.ItemFlag.ItemIsEnabled, timeout=5000)
    # The uptime's words change every second: between the two pictures they could.
    widget.table.setColumnHidden(Column.UPTIME, True)
    return widget


def pictures(view) -> tuple[QImage, QImage]:
    """The viewport painted with the fast rows, then by Qt alone."""
    fast_rows = view.fast_rows
    before = fast_rows.cells
    fast = view.viewport().grab().toImage()
    assert fast_rows.cells > before, "the fast rows painted nothing"
    fast_rows.enabled = False
    try:
        qt = view.viewport().grab().toImage()
    finally:
        fast_rows.enabled = True
    return fast, qt


def assert_same(view) -> None:
    fast, qt = pictures(view)
    diff = pixel_differences(fast, qt)
    assert not diff, f"{len(diff)} pixels differ, first at {diff[:5]}"


def test_plain_rows_paint_as_qt_paints_them(vm_list):
    view = vm_list.table
    assert vm_list.proxy.rowCount() * view.rowHeight(0) < view.viewport().height(), \
        "every row on screen, and some empty space below"
    assert_same(view)


def test_selected_current_and_focused_rows_are_left_to_qt(vm_list, qtbot):
    view = vm_list.table
    vm_list.activateWindow()
    view.setFocus()
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    selection.select(vm_list.proxy.index(1, 0), flags.Select | flags.Rows)
    selection.select(vm_list.proxy.index(4, 0), flags.Select | flags.Rows)
    selection.setCurrentIndex(vm_list.proxy.index(6, Column.STATE), flags.NoUpdate)
    cells = view.fast_rows.cells
    assert_same(view)
    columns = sum(not view.isColumnHidden(c) for c in Column)
    painted = view.fast_rows.cells - cells
    rows = vm_list.proxy.rowCount()
    expected_special = 3 if view.hasFocus() else 2
    assert painted == (rows - expected_special) * columns


def test_moved_and_hidden_columns_right_to_left_and_greyed_view(vm_list):
    view = vm_list.table
    header = view.horizontalHeader()
    header.moveSection(header.visualIndex(Column.CPU), 0)
    view.setColumnHidden(Column.HOST, True)
    assert_same(view)
    vm_list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert_same(view)
    view.setEnabled(False)
    assert_same(view)


def test_a_new_palette_paints_anew(vm_list):
    view = vm_list.table
    assert_same(view)
    rendered = view.state_cells.rendered
    view.viewport().grab()
    assert view.state_cells.rendered == rendered, "the state cells are kept"
    palette = QPalette(view.palette())
    for role, colour in ((QPalette.ColorRole.Base, "#202124"), (QPalette.ColorRole.AlternateBase, "#2a2b2e"),
                         (QPalette.ColorRole.Text, "#e8eaed"), (QPalette.ColorRole.WindowText, "#e8eaed")):
        palette.setColor(role, QColor(colour))
    view.setPalette(palette)
    assert_same(view)
    assert view.state_cells.rendered > rendered


def test_scrolled_sideways_and_down_with_an_elided_column(vm_list, qtbot):
    view = vm_list.table
    vm_list.resize(420, 200)
    bar = view.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2 + 7)  # a column cut at the left edge
    view.verticalScrollBar().setValue(3)
    assert view.rowAt(0) > 0
    assert_same(view)
    view.horizontalHeader().resizeSection(Column.NAME, 33)
    assert_same(view)


def test_the_row_under_the_mouse_is_left_to_qt(vm_list, qtbot, monkeypatch):
    """The style may shade the row under the mouse (State_MouseOver): Qt paints it.
    Which row that is comes from the events, not from asking the window system (a round
    trip to the X server in every paint)."""

    def asked() -> None:
        raise AssertionError("QCursor.pos() asked while painting")

    view = vm_list.table
    viewport = view.viewport()
    rows = vm_list.proxy.rowCount()
    before = view.fast_rows._special(0, rows - 1)  # the current row, if the view has focus
    row = next(r for r in range(2, rows) if r not in before)
    point = QPoint(view.columnViewportPosition(Column.NAME) + 5,
                   view.rowViewportPosition(row) + view.rowHeight(row) // 2)
    QCursor.setPos(viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, QEnterEvent(QPointF(point), QPointF(point),
                                                 QPointF(viewport.mapToGlobal(point))))
    QApplication.sendEvent(viewport, QHoverEvent(QEvent.Type.HoverEnter, QPointF(point),
                                                 QPointF(viewport.mapToGlobal(point)),
                                                 QPointF(-1, -1)))
    assert viewport.underMouse() and view.rowAt(viewport.mapFromGlobal(QCursor.pos()).y()) == row
    monkeypatch.setattr(QCursor, "pos", staticmethod(asked))
    assert view.fast_rows._special(0, rows - 1) == before | {row}
    cells = view.fast_rows.cells
    assert_same(view)
    columns = sum(not view.isColumnHidden(c) for c in Column)
    assert view.fast_rows.cells - cells == (rows - len(before) - 1) * columns
    # Moved to the next row, then out of the list.
    below = next(r for r in range(row + 1, rows) if r not in before)
    point = QPoint(point.x(), view.rowViewportPosition(below) + 2)
    QApplication.sendEvent(viewport, QHoverEvent(QEvent.Type.HoverMove, QPointF(point),
                                                 QPointF(viewport.mapToGlobal(point)),
                                                 QPointF(-1, -1)))
    assert view.fast_rows._special(0, rows - 1) == before | {below}
    QApplication.sendEvent(viewport, QHoverEvent(QEvent.Type.HoverLeave, QPointF(-1, -1),
                                                 QPointF(-1, -1), QPointF(point)))
    assert view.fast_rows._special(0, rows - 1) == before
