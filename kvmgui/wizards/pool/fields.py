"""Inline checks on storage forms (the pool wizard, the volume dialogs): each problem of
the storage validators (``kvmgui.xml.storage_check.Problem``) shown under the field it is
about, errors in red (they block), warnings in amber (the user may go on)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kvmgui.models.words import say
from kvmgui.utils.tr import fill
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone
from kvmgui.wizards.common.fields import FormBase, Marks, Match, keys, message_label
from kvmgui.xml.storage_check import Problem

__all__ = ["Form", "Match", "ProblemMarks", "keys", "texts"]


def texts(problems: Iterable[Problem]) -> list[str]:
    """The problems in the reader's words, each once."""
    return list(dict.fromkeys(say(p.words) for p in problems))


class ProblemMarks(Marks[Problem]):
    """Which widgets and which message line show the problems of which field keys: the
    line red while an error stands (amber for warnings alone); only errors mark the field."""

    def words(self, mine: list[Problem]) -> tuple[str, Tone, list[str]]:
        errors = texts(p for p in mine if p.is_error)
        warnings = texts(p for p in mine if not p.is_error)
        return "\n".join(errors + warnings), Tone.ERROR if errors else Tone.PENDING, errors


def _problem_line(parent: QWidget, field_name: str) -> MessageLine:
    return message_label(parent, fill(QCoreApplication.translate("StorageForm", "%1 problem"), field_name))


class Form(FormBase[Problem]):
    """A QFormLayout whose rows have a buddy label and a message line under the field."""

    def __init__(self, parent: QWidget, marks: ProblemMarks) -> None:
        super().__init__(parent, marks)

    def problem_line(self, accessible_name: str) -> MessageLine:
        return _problem_line(self._parent, accessible_name)

    def widget(self, widget: QWidget, accessible_name: str, match: Match | None = None) -> None:
        """A row without a label of its own (a checkbox carries its text)."""
        widget.setAccessibleName(accessible_name)
        self.layout.addRow(widget)
        if match is not None:
            message = self.problem_line(accessible_name)
            self.layout.addRow(message)
            self._messages[widget] = message
            self._marks.add(match, [widget], message)

    def set_visible(self, widget: QWidget, visible: bool) -> None:
        self.layout.setRowVisible(widget, visible)
        message = self._messages.get(widget)
        if message is not None:
            if visible:
                message.setVisible(bool(message.text()))
            else:
                message.hide()
