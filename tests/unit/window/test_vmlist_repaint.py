"""A change over many rows repaints only what of it is on screen (the VM list)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect

from kvmgui.models.domainrow import Column
from tests.helpers import open_connection
from tests.unit.window.test_visible_stats import busy_host, show_vm_list

# Qt 6.11 repaints the whole viewport for a range of more than 200 cells (measured: 101
# rows of one column repainted that column, 201 the whole view).
VMS = 300


class Painted(QObject):
    """The bounding rects of a widget's paint events."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())
        return False


def test_a_change_reaching_past_the_screen_repaints_only_its_column(registry, qtbot, tmp_path):
    open_connection(registry, qtbot, busy_host(tmp_path, VMS), timeout=10000)
    vm_list = show_vm_list(registry, qtbot, VMS)
    view, proxy = vm_list.table, vm_list.proxy
    viewport = view.viewport()
    last_shown = view.rowAt(viewport.height() - 1)
    assert 0 < last_shown < VMS - 10, "most rows are off screen"
    painted = Painted()
    viewport.installEventFilter(painted)
    # Whatever repaint is pending joins this whole one; from then on, only ours count.
    viewport.update()
    qtbot.waitUntil(lambda: any(r == viewport.rect() for r in painted.rects), timeout=2000)
    painted.rects.clear()
    state = Column.STATE
    # As a burst's state changes arrive: one range over rows on and off screen.
    proxy.dataChanged.emit(proxy.index(0, state), proxy.index(VMS - 1, state), [])
    qtbot.waitUntil(lambda: bool(painted.rects), timeout=2000)
    left, width = view.columnViewportPosition(state), view.columnWidth(state)
    for rect in painted.rects:
        assert rect.left() >= left - 1 and rect.right() <= left + width, \
            f"repainted {rect} for the column at {left}+{width}"
    # A change wholly off screen repaints nothing: the next paint, of one cell on
    # screen, holds only that cell (an update of the whole view would have joined it).
    painted.rects.clear()
    # (Over 200 rows, all below the screen: Qt alone repainted the whole view for it.)
    proxy.dataChanged.emit(proxy.index(last_shown + 1, state), proxy.index(VMS - 1, state), [])
    proxy.dataChanged.emit(proxy.index(0, state), proxy.index(0, state), [])
    qtbot.waitUntil(lambda: bool(painted.rects), timeout=2000)
    cell = view.visualRect(proxy.index(0, state))
    assert all(cell.adjusted(-1, -1, 1, 1).contains(rect) for rect in painted.rects), \
        f"repainted {painted.rects} for the cell {cell}"
