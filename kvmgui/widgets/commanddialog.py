"""The "Show command" dialog: the ``virsh`` lines of an action, copyable, never run.

Where virsh reads XML from a file, the file is written (in a worker) to a private temporary
directory and its path goes into the line; the dialog names each file and offers to save
a copy elsewhere.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt import mountlanes
from kvmgui.libvirt.commands import Command, FileArg, XmlFile, file_name, write_files
from kvmgui.libvirt.connection import Connection
from kvmgui.models.words import failure_words
from kvmgui.utils.tr import fill, window_title
from kvmgui.widgets.filedialogs import FileDialogSpec, open_file_dialog
from kvmgui.widgets.filewords import why_failed
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.notifications import late_news

_directory: str | None = None


def _temp_directory() -> str:
    """One private directory for the XML files, kept while it lasts (removed by the system's
    tmp cleaning: the user may still want a file after the dialog closed). Once the cleaning
    took it (kvmgui may run for weeks), a new one: never one of the old name, which someone
    else may have made meanwhile."""
    global _directory
    if _directory is None or not os.path.isdir(_directory):
        _directory = tempfile.mkdtemp(prefix="kvmgui-virsh-")
    return _directory


def _temp_root() -> str:
    """Where ``_temp_directory`` is or will be made, as tempfile picks it but without its
    trial writes (file work the GUI thread must not do): the mount its jobs run on."""
    if _directory is not None:
        return _directory
    if tempfile.tempdir:
        return tempfile.tempdir
    for name in ("TMPDIR", "TEMP", "TMP"):
        if os.environ.get(name):
            return os.environ[name]
    return "/tmp"


def _write(_where: str, commands: list[Command]) -> dict[FileArg, str]:
    return write_files(commands, _temp_directory())


def write_xml_files(commands: list[Command], context: QObject,
                    done: Callable[[dict[FileArg, str]], None],
                    failed: Callable[[BaseException], None]) -> None:
    """Write the XML files of ``commands`` into the private directory, then ``done(paths)``
    (for ``Command.line``) or ``failed(exc)`` on the GUI thread. On the thread of its mount
    (as the copies below): a dead network mount there holds that thread only, never the
    shared pool's every other job."""
    mountlanes.submit(_temp_root(), _write, commands, done=done, failed=failed, context=context)


def _copy(target: str, source: str) -> None:
    shutil.copyfile(source, target)


def _not_saved(target: str, exc: BaseException) -> str:
    return fill(QCoreApplication.translate("CommandDialog", "Could not save %1: %2"), target,
                why_failed(exc))


def _copied(dialog: CommandDialog, target: str, exc: BaseException | None) -> None:
    """A copy's outcome, in its dialog while it is open; a failure after it closed in the
    main window's notifications (the user would take the file as saved)."""
    if shiboken6.isValid(dialog):
        dialog._copied(target, exc)
    elif exc is not None:
        late_news().error.emit(_not_saved(target, exc))


class CommandDialog(QDialog):
    """Shows ``commands`` as ``virsh`` lines; ``title`` says what they do. Without commands
    it waits for them (``set_commands``, or ``set_error`` when working them out failed).

    ``paths`` maps each XML file to where it was written (empty until the worker wrote them).
    """

    def __init__(self, title: str, commands: list[Command] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commands: list[Command] = []
        self.paths: dict[FileArg, str] = {}
        self._copies = mountlanes.OneAtATime()  # by target: saved there again, not queued again
        self._saving: list[str] = []  # targets of the copies still out, oldest first
        self.setWindowTitle(window_title(fill(self.tr("Show command — %1"), title)))
        self.setAccessibleName(self.tr("Show command"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(self.tr("The same change with virsh (kvmgui does not run these lines):"),
                       self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Command line"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setMinimumWidth(560)
        self.text.setMinimumHeight(self.fontMetrics().height() * 4)
        self.text.setMaximumHeight(self.fontMetrics().height() * 12)
        intro.setBuddy(self.text)
        self.files = QGridLayout()
        self.status = MessageLine(self, description=self.tr("Show command status"))
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy command"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addLayout(self.files)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        if commands is None:
            self.copy_button.setEnabled(False)
            self.status.say(self.tr("Working out the command…"))
        else:
            self.set_commands(commands)

    def set_commands(self, commands: list[Command]) -> None:
        self.commands = list(commands)
        self.copy_button.setEnabled(bool(commands))
        self.status.clear()
        self._show_lines()
        if any(c.all_files for c in commands):
            self.copy_button.setEnabled(False)  # the paths are not in the lines yet
            self.status.say(self.tr("Writing the XML files…"))
            write_xml_files(self.commands, self, self._written, self._write_failed)

    def set_error(self, text: str) -> None:
        self.status.error(fill(self.tr("Could not work out the command: %1"), text))

    def lines(self) -> list[str]:
        return [c.line(self.paths) for c in self.commands]

    def _show_lines(self) -> None:
        text = "\n".join(self.lines()) if self.commands else self.tr("(nothing to do)")
        self.text.setPlainText(text)

    def _written(self, paths: dict[FileArg, str]) -> None:
        self.paths = paths
        self._show_lines()
        self.copy_button.setEnabled(True)
        self.status.clear()
        # The XML files, to save elsewhere; other data (a cloud-init ISO) is named in the line.
        xml_files = [(xml, path) for xml, path in paths.items() if isinstance(xml, XmlFile)]
        for row, (xml, path) in enumerate(xml_files):
            label = QLabel(self.tr("XML file:"), self)
            value = QLabel(path, self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleDescription(self.tr("XML file path"))
            label.setBuddy(value)
            save = QPushButton(self.tr("&Save As…"), self)
            save.setAccessibleName(fill(self.tr("Save %1 as"), xml.name))
            save.clicked.connect(partial(self.save_as, xml, save))
            self.files.addWidget(label, row, 0)
            self.files.addWidget(value, row, 1)
            self.files.addWidget(save, row, 2)

    def _write_failed(self, exc: BaseException) -> None:
        self.copy_button.setEnabled(True)  # the lines then name the files without a path
        self.status.error(fill(self.tr("Could not write the XML files: %1"), why_failed(exc)))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.lines()))
        self.status.say(self.tr("Copied."))

    def save_as(self, xml: XmlFile, busy: QPushButton | None = None) -> None:
        """Ask where to save ``xml`` (once the folders the file dialog looks at answered)."""
        # Shortened as the written copy's is: a long VM name's whole one fails to save.
        spec = FileDialogSpec(self.tr("Save XML file"), save=True,
                              name=file_name(xml.stem, xml.suffix),
                              filters=(self.tr("XML files (*.xml)"),))
        open_file_dialog(self, spec, lambda target: self.save_to(xml, target), busy=busy)

    def save_to(self, xml: XmlFile, target: str) -> None:
        source = self.paths.get(xml)
        if not source or not target:
            return
        # Said until it is written: on a network mount that stopped answering that may be
        # never, and a silent wait looked like a Save that did nothing.
        if target not in self._saving:
            self._saving.append(target)
        self.status.pending(self._still_saving())
        # Not this dialog as the job's context: it may close while the file is written,
        # and a failure is then told in the main window (``_copied``).
        self._copies.submit(target, target, _copy, source,
                            done=lambda _r: _copied(self, target, None),
                            failed=partial(_copied, self, target))

    def _still_saving(self) -> str:
        return fill(self.tr("Saving %1…"), self._saving[-1]) if self._saving else ""

    def _copied(self, target: str, exc: BaseException | None) -> None:
        self._saving.remove(target)
        if exc is None:
            self.status.say("\n".join(filter(None, (fill(self.tr("Saved %1."), target),
                                                     self._still_saving()))))
        else:
            self.status.error("\n".join(filter(None, (_not_saved(target, exc),
                                                       self._still_saving()))))


def show_commands(conn: Connection, title: str, parent: QWidget, fn: Callable[..., object],
                  *args: Any) -> CommandDialog:
    """Open the dialog for what ``fn(virConnect, *args)`` would do, worked out by a dry run
    of the very function the action runs (``Connection.preview``)."""
    dialog = CommandDialog(title, None, parent)
    # kvmgui's own refusals (a name taken meanwhile) in their words, libvirt's in its own.
    conn.preview(fn, *args, done=dialog.set_commands,
                 failed=lambda exc: dialog.set_error(failure_words(exc)), context=dialog)
    dialog.show()
    return dialog
