"""Inline validation on wizard pages: a labelled field with a message line under it,
and marks that show each problem next to the field it is about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from kvmgui.utils.tr import fill
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.styles import Tone
from kvmgui.wizards.common.fields import (
    FormBase,
    Marks,
    Match,
    keys,
    message_label,
    set_invalid,
    show_field_problems,
)
from kvmgui.wizards.network.state import Message

__all__ = ["FieldMarks", "Form", "Match", "keys", "message_label", "message_under", "problem_name",
           "set_invalid", "show_field_problems"]


def problem_name(accessible_name: str) -> str:
    """"MTU problem": what the message line under a field reports."""
    return fill(QCoreApplication.translate("NetworkWizard", "%1 problem"), accessible_name)


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


class FieldMarks(Marks[Message]):
    """Which widgets and which message line show the problems of which keys (all red:
    every problem blocks)."""

    def words(self, mine: list[Message]) -> tuple[str, Tone, list[str]]:
        messages = list(dict.fromkeys(p.text for p in mine))
        return "\n".join(messages), Tone.ERROR, messages


class Form(FormBase[Message]):
    """A QFormLayout whose rows have a buddy label and a message line under the field."""

    def __init__(self, parent: QWidget, marks: FieldMarks) -> None:
        super().__init__(parent, marks)

    def problem_line(self, accessible_name: str) -> MessageLine:
        return message_label(self._parent, problem_name(accessible_name))

    def message(self, what: str) -> MessageLine:
        message = message_label(self._parent, what)
        self.below(message)
        return message

    def widget(self, widget: QWidget, accessible_name: str) -> None:
        """A row without a label of its own (checkboxes carry their text)."""
        widget.setAccessibleName(accessible_name)
        self.layout.addRow(widget)

    def set_visible(self, widget: QWidget, visible: bool) -> None:
        self.layout.setRowVisible(widget, visible)
        message = self._messages.get(widget)
        if message is not None and not visible:
            message.hide()
