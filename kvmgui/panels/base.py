"""What every host panel shares: one connection, buttons that wait for jobs, questions
before harm, a wizard at a time, and libvirt's own words when something fails.

A new panel (see docs/architecture.md, "where to add a host panel") subclasses
``HostPanel``, builds its controls with ``button``/``button_row`` and a ``RecordTable``
(``kvmgui.panels.table``), runs libvirt calls with ``run_job``, asks with ``confirm``, and
overrides ``update_actions`` (and ``show_current``, wired by ``follow(table)``, if it shows
details of its selection).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from kvmgui.libvirt.connection import Connection, ConnState
from kvmgui.models.words import failure_words
from kvmgui.panels.table import RecordTable
from kvmgui.utils.tr import fill
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.question import question_box


class HostPanel(QWidget):
    """A tab of the host window about one kind of the host's objects.

    Signals:
        xmlEditRequested(str, str): edit the XML of this (kind, uuid); the window that
            holds the panel opens the editor (a dialog: a floor above the panels).
    """

    xmlEditRequested = Signal(str, str)

    def __init__(self, conn: Connection, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.setAccessibleName(accessible_name)
        self.confirm_box: QMessageBox | None = None
        self.wizard: QDialog | None = None
        self._jobs = 0
        self.message = MessageLine(self)
        conn.stateChanged.connect(self._conn_state)  # a method: disconnected with the panel

    # -- building -----------------------------------------------------------------------------

    def button(self, text: str, accessible_name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible_name)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def button_row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- state --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A job of this panel runs: its buttons wait (one change at a time)."""
        return self._jobs > 0

    @property
    def connected(self) -> bool:
        return self.conn.state == ConnState.CONNECTED

    def update_actions(self) -> None:
        """Enable the controls that fit the selection, the connection and ``busy``."""

    def show_current(self) -> None:
        """Show the selection again (after a failed job the controls may show what the
        user asked for rather than what is)."""
        self.update_actions()

    def follow(self, table: RecordTable) -> None:
        """Show the current record of ``table`` (``show_current``) whenever the selection,
        the record or its row changes; select the first row to start with."""
        table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_current())
        table.source.dataChanged.connect(lambda *_a: self.show_current())
        table.source.rowsRemoved.connect(lambda *_a: self.show_current())
        table.select_first()
        self.show_current()

    def connection_changed(self, _state: ConnState) -> None:
        self.update_actions()

    def _conn_state(self, state: ConnState, _message: str) -> None:
        self.connection_changed(state)

    # -- messages -----------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.message.error(text)

    def show_info(self, text: str) -> None:
        self.message.say(text)

    def show_warning(self, text: str) -> None:
        """Done as asked, but something that went with it was not (amber, as in the details)."""
        self.message.pending(text)

    # -- jobs ---------------------------------------------------------------------------------

    def run_job(self, what: str, fn: Callable[..., Any], *args: Any,
                done: Callable[[Any], None] | None = None,
                after: Callable[[], None] | None = None) -> None:
        """Run ``fn(virConnect, *args)`` in a worker while the buttons wait.

        ``done(result)`` when it worked; ``after()`` once it ended either way (re-read the
        object: a call that failed may still have changed it). A failure says
        "Could not <what>: <libvirt's message>".
        """
        self._jobs += 1
        self.show_info("")
        self.update_actions()

        def finished(result: Any) -> None:
            self._jobs -= 1
            if done is not None:
                done(result)
            if after is not None:
                after()
            self.update_actions()

        def failed(exc: BaseException) -> None:
            self._jobs -= 1
            if after is not None:
                after()
            self.show_current()
            # kvmgui's own errors (a volume in use …) carry words; libvirt's have its message.
            self.show_error(fill(self.tr("Could not %1: %2"), what, failure_words(exc)))

        self.conn.run(fn, *args, done=finished, failed=failed, context=self)

    def confirm(self, title: str, text: str, action: Callable[[], None]) -> None:
        """Ask a yes/no question (No is the default); ``action()`` only after Yes.

        Window-modal, not a nested event loop: the panel keeps following events meanwhile.
        """
        box = question_box(self, title, text, action)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def open_wizard(self, make: Callable[[], QDialog]) -> None:
        """Show the panel's wizard (one at a time: an open one is raised)."""
        if self.wizard is not None:
            self.wizard.raise_()
            return
        self.wizard = make()
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()

    def _wizard_closed(self, _result: int) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None
