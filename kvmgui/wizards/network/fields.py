"""Inline validation on wizard pages: a labelled field with a message line under it,
and marks that show each problem next to the field it is about."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kvmgui.utils.tr import fill
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone, frame_invalid, set_tone
from kvmgui.wizards.network.state import Message

Match = Callable[[str], bool]


def keys(*names: str) -> Match:
    """Matches these problem keys and their sub-keys (``ipv4.dhcp`` matches ``ipv4.dhcp[0]``)."""
    def match(key: str) -> bool:
        return any(key == n or key.startswith((f"{n}[", f"{n}.")) for n in names)
    return match


def problem_name(accessible_name: str) -> str:
    """"MTU problem": what the message line under a field reports."""
    return fill(QCoreApplication.translate("NetworkWizard", "%1 problem"), accessible_name)


def message_label(parent: QWidget, what: str) -> MessageLine:
    """A red message line, hidden. No accessible name: a screen reader then reads its text;
    ``what`` (e.g. "MTU problem") is its object name and accessible description."""
    label = MessageLine(parent, description=what)
    label.setObjectName(what)
    set_tone(label, Tone.ERROR)
    return label


def set_invalid(widget: QWidget, messages: list[str]) -> None:
    """Mark a field (frame + property) and tell assistive technology why."""
    invalid = bool(messages)
    if widget.property("invalid") == invalid:
        if invalid:
            widget.setAccessibleDescription(" ".join(messages))
        return
    widget.setProperty("invalid", invalid)
    if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox):
        frame_invalid(widget, invalid)
    widget.setAccessibleDescription(" ".join(messages))


def message_under(layout: QFormLayout, field: QWidget, accessible_name: str, marks: FieldMarks,
                  match: Match | None = None) -> MessageLine:
    """A message line in a new row right under ``field``'s row of ``layout`` (a Designer
    form's): what ``Form.field`` adds under each field it makes, for fields a form made."""
    position: tuple[int, QFormLayout.ItemRole] = layout.getWidgetPosition(field)  # type: ignore[assignment]  # PySide's stub says object
    line = message_label(layout.parentWidget() or field, problem_name(accessible_name))
    layout.insertRow(position[0] + 1, None, line)  # type: ignore[call-overload]  # no label: the field column only (Qt takes nullptr)
    if match is not None:
        marks.add(match, [field], line)
    return line


@dataclass
class _Mark:
    match: Match
    widgets: list[QWidget]
    label: QLabel


class FieldMarks:
    """Which widgets and which message label show the problems of which keys."""

    def __init__(self) -> None:
        self._marks: list[_Mark] = []

    def add(self, match: Match, widgets: Iterable[QWidget], label: QLabel) -> None:
        self._marks.append(_Mark(match, list(widgets), label))

    def show(self, problems: list[Message]) -> None:
        for mark in self._marks:
            messages = list(dict.fromkeys(p.text for p in problems if mark.match(p.field)))
            mark.label.setText("\n".join(messages))
            mark.label.setVisible(bool(messages))
            for widget in mark.widgets:
                set_invalid(widget, messages)


class Form:
    """A QFormLayout whose rows have a buddy label and a message line under the field."""

    def __init__(self, parent: QWidget, marks: FieldMarks) -> None:
        self.layout = QFormLayout()
        self._parent = parent
        self._marks = marks
        self._messages: dict[QWidget, QLabel] = {}
        self.labels: dict[QWidget, QLabel] = {}

    def field(self, text: str, widget: QWidget, accessible_name: str, match: Match | None = None,
              also: Iterable[QWidget] = ()) -> QLabel:
        """Add ``text: widget``; problems matching ``match`` mark it (and ``also``).
        Returns the message label."""
        label = QLabel(text, self._parent)
        label.setBuddy(widget)
        self.labels[widget] = label
        widget.setAccessibleName(accessible_name)
        self.layout.addRow(label, widget)
        message = self.message(problem_name(accessible_name))
        self._messages[widget] = message
        if match is not None:
            self._marks.add(match, [widget, *also], message)
        return message

    def message(self, what: str) -> QLabel:
        message = message_label(self._parent, what)
        self.below(message)
        return message

    def below(self, widget: QWidget) -> None:
        """Put ``widget`` in the field column of a new row (under the previous field)."""
        self.layout.setWidget(self.layout.rowCount(), QFormLayout.ItemRole.FieldRole, widget)

    def widget(self, widget: QWidget, accessible_name: str) -> None:
        """A row without a label of its own (checkboxes carry their text)."""
        widget.setAccessibleName(accessible_name)
        self.layout.addRow(widget)

    def set_visible(self, widget: QWidget, visible: bool) -> None:
        self.layout.setRowVisible(widget, visible)
        message = self._messages.get(widget)
        if message is not None and not visible:
            message.hide()
