"""The timeline dock's cells: plain text painted without the style's text layout, to
the same pixels as the style's own painting."""

import libvirt
from PySide6.QtWidgets import QStyledItemDelegate

from kvmgui.libvirt.records import LibvirtEvent
from kvmgui.widgets.celltext import PlainTextDelegate
from kvmgui.window.timelinedock import TimelineDock
from tests.helpers import pixel_differences


def test_timeline_cells_paint_as_the_style_paints_them(registry, connected, qtbot):
    dock = TimelineDock(registry)
    qtbot.addWidget(dock)
    dock.resize(1100, 200)
    dock.show()
    qtbot.waitExposed(dock)
    for t, name in enumerate(("web01", "a-much-longer-name-than-its-column-has-room-for", "db")):
        dock.model.add(connected, LibvirtEvent(1e9 + t, "domain", f"d{t}", name,
                                               libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                               libvirt.VIR_DOMAIN_EVENT_STARTED,
                                               libvirt.VIR_DOMAIN_EVENT_STARTED_BOOTED))
    dock.model.flush()
    view = dock.view
    view.selectRow(1)  # a selected row goes to the style: painted as before
    assert isinstance(view.itemDelegate(), PlainTextDelegate)
    viewport = view.viewport()
    plain = viewport.grab().toImage()
    view.setItemDelegate(QStyledItemDelegate(view))
    styled = viewport.grab().toImage()
    differ = pixel_differences(plain, styled)
    assert not differ, f"{len(differ)} pixels differ, first at {differ[:5]}"
