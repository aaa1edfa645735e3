"""What every Add hardware form is: ``HardwareForm`` (fields in rows, a check, a job for
a worker) and the helpers that make its rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from kvmgui.libvirt.connection import Connection
from kvmgui.xml.devices import Kind
from kvmgui.xml.domain import DomainDoc

Job = tuple[Callable[..., Any], tuple[Any, ...]]


def row(form: QFormLayout, label: str, field: QWidget, name: str) -> Any:
    field.setAccessibleName(name)
    form.addRow(label, field)
    return field


def items(combo: QComboBox, values: Sequence[str]) -> None:
    """libvirt's names as the items, each its own data (logic reads the data)."""
    for value in values:
        combo.addItem(value, value)


class HardwareForm(QWidget):
    """One kind of hardware; ``title`` (the list's entry) and ``new_name`` (the form's
    accessible name) are source texts, translated in the AddHardwareDialog context."""

    title = ""
    new_name = ""
    device_kind = Kind.OTHER  # its icon in the dialog's list

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None, *,
                 live: DomainDoc | None = None) -> None:
        super().__init__(parent)
        self.conn, self.doc = conn, doc
        self.live = live  # the running VM: it may still have a device the definition lost
        self.setAccessibleName(QCoreApplication.translate("AddHardwareDialog", self.new_name))
        self.form = QFormLayout(self)

    def title_words(self) -> str:
        return QCoreApplication.translate("AddHardwareDialog", self.title)

    def validate(self) -> str | None:
        return None

    def inputs(self) -> list[object]:
        """What the user has set in the form now: a click on Add adds what it showed then,
        and an answer that comes after it was changed adds nothing."""
        values: list[object] = []
        for field in self.findChildren(QWidget):
            if isinstance(field, QComboBox):
                values.append((field.currentData(), field.currentText() if field.isEditable() else ""))
            elif isinstance(field, QLineEdit | QAbstractSpinBox):
                values.append(field.text())
            elif isinstance(field, QAbstractButton):
                values.append(field.isChecked())
        return values

    def then(self, act: Callable[[], None], say: Callable[[str], None]) -> None:
        """``act`` (validate and add) once what a worker must look at is known: at once
        unless the form has such a check; ``say`` is given what to show while it waits."""
        act()

    def job(self) -> Job:
        """(function, arguments after (conn, uuid)) to run in a worker."""
        raise NotImplementedError
