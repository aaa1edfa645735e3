"""Placeholders that are examples of data — an interface name, a host name, mount options,
a kernel command line — and so the same in every language: not translated.

``set_example`` shows one and marks the field so (the property ``kvmguiExample``), as
``notr="true"`` marks one in a Designer form: the pseudo-locale walk (tests/i18n) then
knows it is data, not a string someone forgot to mark. A placeholder with words in it
("none (for example: vm.lan)") is no example of this kind: it goes through ``tr()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

EXAMPLE = "kvmguiExample"


def set_example(field: QLineEdit | QPlainTextEdit, text: str) -> None:
    field.setPlaceholderText(text)
    field.setProperty(EXAMPLE, True)
