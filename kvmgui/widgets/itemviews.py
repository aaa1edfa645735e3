"""Item views whose actions follow the selection, however it was made.

A mouse click or an arrow key moves the *current* index and the *selection* together;
a screen reader, an AT-SPI client or code selects without moving the current index. An
action that read only the current index then acted on something the user did not
choose. Here:

- ``follow_selection(view)`` keeps the current index inside the selection: when rows
  are selected and the current one is not among them, the first newly selected row
  becomes current (without changing the selection), so ``currentChanged`` handlers, the
  Enter key and the keyboard's context menu all see what is selected.
- ``chosen_rows(view)`` is what an action acts on: the selected rows, or the current row
  when nothing is selected.
- ``on_activate(view, slot, text)`` opens what is chosen on Enter (a real QAction on the
  view, so Help → Keyboard shortcuts lists it) and on the platform's activation (a
  double-click, or a single click where the style says so).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView

FOLLOWS = "kvmguiCurrentFollowsSelection"  # a property on the selection model: hooked once


def follow_selection(view: QAbstractItemView) -> None:
    """Keep ``view``'s current index inside its selection (see the module docstring).

    Call again after ``setModel`` (a new model brings a new selection model)."""
    model = view.selectionModel()
    if model is None or model.property(FOLLOWS):
        return
    model.setProperty(FOLLOWS, True)

    def changed(selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = model.currentIndex()
        if selected.isEmpty() or (current.isValid() and model.isSelected(current)):
            return  # a click or a key: the current index moved with the selection
        first = min(selected.indexes(), key=lambda i: (i.row(), i.column()))
        column = current.column() if current.isValid() else first.column()
        target = first.sibling(first.row(), column) if column != first.column() else first
        model.setCurrentIndex(target if target.isValid() else first,
                              QItemSelectionModel.SelectionFlag.NoUpdate)
        view.scrollTo(model.currentIndex())

    model.selectionChanged.connect(changed)


def follows_selection(view: QAbstractItemView) -> bool:
    """Whether ``follow_selection`` hooked the view's current selection model (tests ask)."""
    model = view.selectionModel()
    return model is not None and bool(model.property(FOLLOWS))


def chosen_rows(view: QAbstractItemView) -> list[QModelIndex]:
    """The selected rows (column 0, in view order), else the current row, else nothing."""
    model = view.selectionModel()
    if model is None:
        return []
    rows = sorted(model.selectedRows(), key=lambda i: i.row())
    if not rows:
        rows = sorted({i.siblingAtColumn(0) for i in model.selectedIndexes()}, key=lambda i: i.row())
    if rows:
        return rows
    current = model.currentIndex()
    return [current.siblingAtColumn(0)] if current.isValid() else []


def chosen_row(view: QAbstractItemView) -> QModelIndex:
    """The first chosen row, or an invalid index."""
    rows = chosen_rows(view)
    return rows[0] if rows else QModelIndex()


def on_activate(view: QAbstractItemView, slot: Callable[[list[QModelIndex]], None],
                text: str) -> QAction:
    """Call ``slot(rows)`` when the user activates rows of ``view``: Enter or Return (all
    chosen rows) or the platform's activation of one row (a double-click). Returns the
    Enter action; ``text`` names it (Help → Keyboard shortcuts lists it)."""
    follow_selection(view)
    action = QAction(text, view)
    action.setObjectName(f"{view.objectName() or 'view'}_activate")
    action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda: _activate_chosen(view, slot))
    view.addAction(action)

    def activated(index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            slot([view.model().index(index.row(), 0, index.parent())])

    view.activated.connect(activated)
    return action


def _activate_chosen(view: QAbstractItemView, slot: Callable[[list[QModelIndex]], None]) -> None:
    if view.state() == QAbstractItemView.State.EditingState:
        return
    rows = chosen_rows(view)
    if rows:
        slot(rows)
