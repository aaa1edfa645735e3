"""Views whose current index follows the selection, and activation by Enter."""

from PySide6.QtCore import QItemSelectionModel, QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView

from kvmgui.widgets import itemviews

SELECT = QItemSelectionModel.SelectionFlag


def view_of(qtbot, cls=QListView, rows=("a", "b", "c", "d")):
    view = cls()
    view.setModel(QStringListModel(list(rows)))
    qtbot.addWidget(view)
    return view


def test_selection_made_without_the_current_index_moves_it(qtbot):
    view = view_of(qtbot)
    itemviews.follow_selection(view)
    seen = []
    view.selectionModel().currentChanged.connect(lambda cur, _old: seen.append(cur.row()))
    # As AT-SPI selects: through the selection model, current untouched.
    view.selectionModel().select(view.model().index(2, 0), SELECT.ClearAndSelect)
    assert view.currentIndex().row() == 2 and seen == [2]
    assert [i.row() for i in itemviews.chosen_rows(view)] == [2]


def test_current_already_selected_stays(qtbot):
    view = view_of(qtbot)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    itemviews.follow_selection(view)
    view.selectionModel().setCurrentIndex(view.model().index(1, 0), SELECT.ClearAndSelect)
    view.selectionModel().select(view.model().index(3, 0), SELECT.Select)
    assert view.currentIndex().row() == 1  # a Ctrl+click elsewhere does not move it
    assert [i.row() for i in itemviews.chosen_rows(view)] == [1, 3]
    view.selectionModel().select(view.model().index(1, 0), SELECT.Deselect)
    assert view.currentIndex().row() == 1  # deselecting (Ctrl+Space) does not move it either


def test_no_selection_means_the_current_row(qtbot):
    view = view_of(qtbot)
    assert itemviews.chosen_rows(view) == []
    view.selectionModel().setCurrentIndex(view.model().index(3, 0), SELECT.NoUpdate)
    assert [i.row() for i in itemviews.chosen_rows(view)] == [3]
    assert itemviews.chosen_row(view).row() == 3


def test_row_selection_in_a_table_keeps_the_current_column(qtbot):
    model = QStringListModel(["a", "b"])
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    itemviews.follow_selection(view)
    assert itemviews.follows_selection(view)
    view.selectionModel().select(model.index(1, 0), SELECT.ClearAndSelect | SELECT.Rows)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 0)


def test_enter_opens_every_chosen_row_and_activation_one(qtbot):
    view = view_of(qtbot)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    opened = []
    action = itemviews.on_activate(view, lambda rows: opened.append([r.row() for r in rows]), "Open")
    assert action.shortcut().toString() == "Return"
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.selectionModel().select(view.model().index(0, 0), SELECT.Select)
    view.selectionModel().select(view.model().index(2, 0), SELECT.Select)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [[0, 2]]
    view.activated.emit(view.model().index(3, 0))  # a double-click, or a single one by style
    assert opened[-1] == [3]
