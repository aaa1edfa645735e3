"""A small form whose OK button runs one libvirt job: it waits while the job runs, closes
when it worked, and stays open with libvirt's words (and everything typed) when not.
A form that says which job OK would run (``planned``) also offers "Show command": that
job's ``virsh`` lines, worked out by a dry run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt.connection import Connection
from kvmgui.models.words import failure_words
from kvmgui.utils.tr import fill, window_title
from kvmgui.widgets.commanddialog import CommandDialog, show_commands
from kvmgui.widgets.heldopen import HeldOpenWhileBusy
from kvmgui.widgets.labels import MessageLine


class JobDialog(HeldOpenWhileBusy, QDialog):
    """Subclasses fill ``self.body`` (a QVBoxLayout), enable ``self.ok`` while the input
    is fine, and run their job from ``submit()`` with ``run_job``."""

    def __init__(self, conn: Connection, title: str, ok_text: str, ok_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.busy = False
        self.title = title  # as written: the window's own is escaped for Qt
        self.setWindowTitle(window_title(title))
        self.setAccessibleName(title)
        self.body = QVBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.error = MessageLine(self, description=self.tr("Error"))
        self.buttons = QDialogButtonBox(self)
        self.ok = QPushButton(ok_text, self)
        self.ok.setAccessibleName(ok_name)
        self.ok.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.command_button = QPushButton(self.tr("Show Co&mmand"), self)
        self.command_button.setAccessibleName(self.tr("Show command"))
        self.command_button.setAutoDefault(False)
        self.command_button.clicked.connect(self.show_command)
        self.command_dialog: CommandDialog | None = None
        if type(self).planned is not JobDialog.planned:
            self.buttons.addButton(self.command_button, QDialogButtonBox.ButtonRole.HelpRole)
        else:
            self.command_button.hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(460)  # room for a wrapped note or libvirt's message
        layout.addLayout(self.body)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- for subclasses --------------------------------------------------------------------

    def submit(self) -> None:
        """OK was pressed with good input: start the job (``run_job``)."""

    def planned(self) -> tuple[Callable[..., Any], tuple[Any, ...]] | None:
        """The job OK would run now, as ``(fn, args)`` for ``fn(virConnect, *args)``: what
        "Show command" dry-runs. A subclass that says it gets the button."""
        return None

    def show_command(self) -> CommandDialog | None:
        job = self.planned() if self.input_ok() else None
        if job is None:
            return None
        fn, args = job
        self.command_dialog = show_commands(self.conn, self.title, self, fn, *args)
        return self.command_dialog

    def run_job(self, what: str, fn: Callable[..., Any], *args: Any,
                done: Callable[[Any], None] | None = None, close: bool = True,
                refused: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn(virConnect, *args)``; on success ``done(result)`` and close (unless not
        ``close``: a step before the job, a check), on failure "Could not <what>: <why>"
        under the form, which stays as it was (``refused(exc)`` then, to learn from it)."""
        self._set_busy(True)

        def finished(result: Any) -> None:
            self._set_busy(False)
            if done is not None:
                done(result)
            if close:
                super(JobDialog, self).accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if refused is not None:
                refused(exc)
            self.error.error(fill(self.tr("Could not %1: %2"), what, failure_words(exc)))

        self.conn.run(fn, *args, done=finished, failed=failed, context=self)

    # -- plumbing ----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.ok.setEnabled(not busy and self.input_ok())
        self.command_button.setEnabled(self.ok.isEnabled())
        self.cancel.setEnabled(not busy)
        if busy:
            self.error.clear()

    def input_ok(self) -> bool:
        """Whether OK may be pressed (no errors in the form)."""
        return True

    def update_ok(self) -> None:
        self.ok.setEnabled(not self.busy and self.input_ok())
        self.command_button.setEnabled(self.ok.isEnabled())

    def accept(self) -> None:
        if not self.busy and self.input_ok():
            self.submit()

