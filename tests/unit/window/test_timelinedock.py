"""The timeline dock's cells: plain text painted without the style's text layout, to
the same pixels as the style's own painting."""

import libvirt
import pytest
from PySide6.QtWidgets import QMenu, QStyledItemDelegate

from kvmgui.libvirt.commands import Command, Issued
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


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the menu's popup
def test_show_command_from_the_menu_is_of_the_row_clicked_as_events_arrive(registry, connected,
                                                                          qtbot):
    """The menu stays open while events come in on top: it showed the command of whatever
    row had moved under the one clicked (or nothing, an event having no command)."""
    dock = TimelineDock(registry)
    qtbot.addWidget(dock)
    dock.resize(1100, 300)
    dock.show()
    qtbot.waitExposed(dock)
    for name in ("build", "web01"):
        connected.commandsIssued.emit([Issued(Command(connected.uri, "domain", name,
                                                      ("start", name)), 1e9)])
    dock.model.flush()
    view = dock.view
    assert view.model().index(1, 3).data() == "build"
    dock._menu(view.visualRect(view.model().index(1, 0)).center())
    menu = dock.findChild(QMenu)
    dock.model.add(connected, LibvirtEvent(1e9 + 1, "domain", "d", "db01",
                                           libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                           libvirt.VIR_DOMAIN_EVENT_STARTED,
                                           libvirt.VIR_DOMAIN_EVENT_STARTED_BOOTED))
    dock.model.flush()
    menu.actions()[0].trigger()
    assert dock.command_dialog is not None
    assert dock.command_dialog.lines()[0].endswith("start build")
