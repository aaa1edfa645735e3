"""Inline messages on the new-VM wizard's pages: a labelled field with a message line
under it, coloured by what the message means (an error, a warning, a wait)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QWidget

from kvmgui.utils.tr import fill
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone
from kvmgui.wizards.common.fields import Match, keys, set_invalid
from kvmgui.wizards.newvm.state import Level, Message

__all__ = ["FieldMarks", "Form", "Match", "exactly", "keys", "message_line", "set_invalid",
           "show_messages"]


def exactly(*names: str) -> Match:
    return lambda key: key in names


def _problem_name(accessible_name: str) -> str:
    return fill(QCoreApplication.translate("NewVmWizard", "%1 problem"), accessible_name)


def message_line(parent: QWidget, what: str) -> MessageLine:
    """A message line, hidden while empty. A screen reader reads its text as its name;
    ``what`` ("Memory problem") is its object name and description."""
    line = MessageLine(parent, description=what)
    line.setObjectName(what)
    return line


def show_messages(line: MessageLine, messages: list[Message]) -> None:
    texts = list(dict.fromkeys(m.text for m in messages if m.text))
    levels = {m.level for m in messages if m.text}
    tone = Tone.ERROR if Level.ERROR in levels else Tone.PENDING if Level.WARNING in levels else Tone.NORMAL
    line.say("\n".join(texts), tone)


@dataclass
class _Mark:
    match: Match
    widgets: list[QWidget]
    line: MessageLine


class FieldMarks:
    """Which widgets and which message line show the messages of which field keys."""

    def __init__(self) -> None:
        self._marks: list[_Mark] = []

    def add(self, match: Match, widgets: Iterable[QWidget], line: MessageLine) -> None:
        self._marks.append(_Mark(match, list(widgets), line))

    def show(self, messages: list[Message]) -> None:
        for mark in self._marks:
            mine = [m for m in messages if mark.match(m.field)]
            show_messages(mark.line, mine)
            said = [m for m in mine if m.level in (Level.ERROR, Level.NEEDED) and m.text]
            texts = list(dict.fromkeys(m.text for m in said))
            wrong = any(m.level is Level.ERROR for m in said)
            for widget in mark.widgets:
                set_invalid(widget, texts, wrong)


class Form:
    """A QFormLayout whose rows have a buddy label and a message line under the field."""

    def __init__(self, parent: QWidget, marks: FieldMarks) -> None:
        self.layout = QFormLayout()
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._parent = parent
        self._marks = marks
        self._lines: dict[QWidget, MessageLine] = {}
        self.labels: dict[QWidget, QLabel] = {}

    def field(self, text: str, widget: QWidget, accessible_name: str, match: Match | None = None,
              also: Iterable[QWidget] = (), buddy: QWidget | None = None) -> MessageLine:
        """Add ``text: widget``; messages matching ``match`` show under it and mark it
        (and ``also``). ``buddy``: the control inside a composite ``widget``."""
        label = QLabel(text, self._parent)
        label.setBuddy(buddy or widget)
        self.labels[widget] = label
        if not isinstance(buddy, QAbstractButton):  # a choice (radio button) keeps its own name
            (buddy or widget).setAccessibleName(accessible_name)
        if buddy is not None:
            widget.setAccessibleName(accessible_name)
        self.layout.addRow(label, widget)
        line = self.message(_problem_name(accessible_name))
        self._lines[widget] = line
        if match is not None:
            self._marks.add(match, [buddy or widget, *also], line)
        return line

    def message(self, what: str) -> MessageLine:
        line = message_line(self._parent, what)
        self.below(line)
        return line

    def below(self, widget: QWidget) -> None:
        """Put ``widget`` in the field column of a new row (under the previous field)."""
        self.layout.setWidget(self.layout.rowCount(), QFormLayout.ItemRole.FieldRole, widget)

    def widget(self, widget: QWidget, accessible_name: str, match: Match | None = None) -> None:
        """A row without a label of its own (check boxes carry their text)."""
        widget.setAccessibleName(accessible_name)
        self.layout.addRow(widget)
        if match is not None:
            line = self.message(_problem_name(accessible_name))
            self._lines[widget] = line
            self._marks.add(match, [widget], line)

    def set_visible(self, widget: QWidget, visible: bool) -> None:
        self.layout.setRowVisible(widget, visible)
        line = self._lines.get(widget)
        if line is not None:
            line.hide_empty = visible  # a hidden field's messages stay hidden
            if not visible:
                line.hide()
            elif line.text():
                line.show()
