"""Inline validation shared by the wizards' forms: which problem keys a field shows,
its message line, the invalid mark on the field, ``Marks`` that put each problem
next to the field it is about (the network and pool wizards word and tone them), and
the ``FormBase`` of their forms."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone, frame_invalid, set_tone

Match = Callable[[str], bool]


class FieldProblem(Protocol):
    """What a page knows of any problem: the key of the field it is about."""

    @property
    def field(self) -> str: ...


P = TypeVar("P", bound=FieldProblem)


def keys(*names: str) -> Match:
    """Matches these problem keys and their sub-keys (``ipv4.dhcp`` matches ``ipv4.dhcp[0]``)."""
    def match(key: str) -> bool:
        return any(key == n or key.startswith((f"{n}[", f"{n}.")) for n in names)
    return match


def message_label(parent: QWidget, what: str) -> MessageLine:
    """A red message line, hidden. No accessible name: a screen reader then reads its text;
    ``what`` (e.g. "MTU problem") is its object name and accessible description."""
    label = MessageLine(parent, description=what)
    label.setObjectName(what)
    set_tone(label, Tone.ERROR)
    return label


def set_invalid(widget: QWidget, messages: list[str], invalid: bool | None = None) -> None:
    """Mark a field (frame + property) and tell assistive technology why.
    ``invalid=False``: only say the messages (a request for a value not given yet)."""
    invalid = bool(messages) if invalid is None else invalid
    if widget.property("invalid") == invalid:
        widget.setAccessibleDescription(" ".join(messages))
        return
    widget.setProperty("invalid", invalid)
    if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox):
        frame_invalid(widget, invalid)
    widget.setAccessibleDescription(" ".join(messages))


def show_field_problems(line: MessageLine, widgets: list[QWidget], text: str, tone: Tone,
                        invalid: list[str]) -> None:
    """Say a field's problems on its line, in ``tone``, and mark its widgets with ``invalid``.
    A blank field's problem can only ask for its value: a form that opens on blank fields
    asks in the normal tone instead of greeting the user in red."""
    wrong = bool(invalid)
    if wrong and blank(widgets):
        tone, wrong = Tone.NORMAL, False
    line.say(text, tone)
    for widget in widgets:
        set_invalid(widget, invalid, wrong)


def blank(widgets: Iterable[QWidget]) -> bool:
    """Whether the text fields among ``widgets`` (line edits, text boxes, combo boxes) are
    all empty; False when there is none."""
    empty = [_empty(w) for w in widgets]
    judged = [e for e in empty if e is not None]
    return bool(judged) and all(judged)


def _empty(widget: QWidget) -> bool | None:
    if isinstance(widget, QLineEdit):
        return not widget.text().strip()
    if isinstance(widget, QPlainTextEdit):
        return not widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return not widget.currentText().strip() if widget.isEditable() else widget.currentIndex() < 0
    return None


@dataclass
class _Mark:
    match: Match
    widgets: list[QWidget]
    label: MessageLine


class Marks(Generic[P]):
    """Which widgets and which message line show the problems of which field keys.
    Subclasses word a field's problems in ``words``."""

    def __init__(self) -> None:
        self._marks: list[_Mark] = []

    def add(self, match: Match, widgets: Iterable[QWidget], label: MessageLine) -> None:
        self._marks.append(_Mark(match, list(widgets), label))

    def show(self, problems: list[P]) -> None:
        for mark in self._marks:
            text, tone, invalid = self.words([p for p in problems if mark.match(p.field)])
            show_field_problems(mark.label, mark.widgets, text, tone, invalid)

    def words(self, mine: list[P]) -> tuple[str, Tone, list[str]]:
        """A field's problems as its message line says them, in which tone, and the
        messages that mark the field invalid."""
        raise NotImplementedError


class FormBase(Generic[P]):
    """A QFormLayout whose rows have a buddy label and a message line under the field;
    subclasses name the line (``problem_line``)."""

    def __init__(self, parent: QWidget, marks: Marks[P]) -> None:
        self.layout = QFormLayout()
        self._parent = parent
        self._marks = marks
        self._messages: dict[QWidget, QLabel] = {}
        self.labels: dict[QWidget, QLabel] = {}

    def problem_line(self, accessible_name: str) -> MessageLine:
        """The (hidden) message line for the field named ``accessible_name``, not yet placed."""
        raise NotImplementedError

    def field(self, text: str, widget: QWidget, accessible_name: str, match: Match | None = None,
              also: Iterable[QWidget] = ()) -> MessageLine:
        """Add ``text: widget``; problems matching ``match`` show under it (and mark ``also``).
        Returns the message line."""
        label = QLabel(text, self._parent)
        label.setBuddy(widget)
        self.labels[widget] = label
        widget.setAccessibleName(accessible_name)
        self.layout.addRow(label, widget)
        message = self.problem_line(accessible_name)
        self.below(message)
        self._messages[widget] = message
        if match is not None:
            self._marks.add(match, [widget, *also], message)
        return message

    def below(self, widget: QWidget) -> None:
        """Put ``widget`` in the field column of a new row (under the previous field)."""
        self.layout.setWidget(self.layout.rowCount(), QFormLayout.ItemRole.FieldRole, widget)
