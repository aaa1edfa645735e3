"""The VM list's columns follow the window: the name column takes the slack, the others
keep the widths their words need (kvmgui/window/vmcolumns.py)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray

from kvmgui.models.domainrow import Column
from kvmgui.models.domains import DomainModel
from kvmgui.models.proxy import DomainFilterProxy
from kvmgui.window.vmcolumns import FLOORS
from kvmgui.window.vmlist import AUTO_KEY, HEADER_KEY, VmTable


def table(registry, qtbot, width=1200):
    model = DomainModel(registry, stats=False)
    view = VmTable(DomainFilterProxy(model), model)
    qtbot.addWidget(view)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    return view


def others(view):
    return {c: view.columnWidth(c) for c in Column if c != Column.NAME}


def test_the_name_column_takes_the_slack(registry, qtbot):
    view = table(registry, qtbot)
    header = view.horizontalHeader()
    before = others(view)
    assert header.length() == view.viewport().width()
    name = view.columnWidth(Column.NAME)
    view.resize(1400, 300)
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())
    assert view.columnWidth(Column.NAME) == name + 200
    assert others(view) == before


def test_a_column_made_wider_takes_from_the_name(registry, qtbot):
    view = table(registry, qtbot)
    header = view.horizontalHeader()
    name, host = view.columnWidth(Column.NAME), view.columnWidth(Column.HOST)
    header.resizeSection(Column.HOST, host + 40)  # as a drag does
    assert view.columnWidth(Column.NAME) == name - 40
    assert header.length() == view.viewport().width()
    assert Column.HOST not in view.auto_columns and Column.NAME in view.auto_columns


def test_a_hidden_column_leaves_its_room_to_the_name(registry, qtbot):
    view = table(registry, qtbot)
    name, uptime = view.columnWidth(Column.NAME), view.columnWidth(Column.UPTIME)
    view.set_hidden_columns({int(Column.UPTIME)})
    assert view.columnWidth(Column.NAME) == name + uptime
    view.set_hidden_columns(set())
    assert view.columnWidth(Column.NAME) == name
    assert Column.UPTIME in view.auto_columns


def test_a_narrow_window_scrolls_rather_than_squeeze_the_names(registry, qtbot):
    view = table(registry, qtbot, width=500)
    assert view.columnWidth(Column.NAME) == view.default_widths[Column.NAME] >= FLOORS[Column.NAME]
    assert view.horizontalHeader().length() > view.viewport().width()


def test_a_name_column_the_user_resized_keeps_its_width(registry, settings, qtbot):
    """Then the last column fills what is left, as it did before."""
    view = table(registry, qtbot)
    header = view.horizontalHeader()
    header.resizeSection(Column.NAME, 180)
    assert Column.NAME not in view.auto_columns
    assert header.stretchLastSection()
    assert header.length() == view.viewport().width()
    view.resize(1300, 300)
    qtbot.waitUntil(lambda: header.length() == view.viewport().width())
    assert view.columnWidth(Column.NAME) == 180
    view.save_layout(settings)
    again = table(registry, qtbot, width=1300)
    assert again.restore_layout(settings)
    assert again.columnWidth(Column.NAME) == 180
    assert again.horizontalHeader().stretchLastSection()


def test_a_layout_saved_while_the_last_column_stretched(registry, settings, qtbot):
    """Saved by a version whose last column (Autostart) followed the window: a wide window
    left it wide, and it kept that width once nothing stretched it any more."""
    old = table(registry, qtbot, width=1600)
    header = old.horizontalHeader()
    header.setStretchLastSection(True)
    settings.setValue(HEADER_KEY, header.saveState())
    settings.setValue(AUTO_KEY, ",".join(str(int(c)) for c in Column if c != Column.AUTOSTART))
    assert isinstance(settings.value(HEADER_KEY), QByteArray)
    view = table(registry, qtbot)
    assert view.restore_layout(settings)
    assert not view.horizontalHeader().stretchLastSection()
    assert view.columnWidth(Column.AUTOSTART) == view.default_widths[Column.AUTOSTART]
    assert view.horizontalHeader().length() == view.viewport().width()
