"""Item-data roles shared by kvmgui's models."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Role(IntEnum):
    OBJECT = Qt.ItemDataRole.UserRole + 1  # the backing record
    SORT = Qt.ItemDataRole.UserRole + 2  # a value that sorts naturally (numbers as numbers)
    CONNECTION = Qt.ItemDataRole.UserRole + 3  # the kvmgui Connection of the row
    KEY = Qt.ItemDataRole.UserRole + 4  # (connection uri, the object's key: uuid, path…): stable
    STATE = Qt.ItemDataRole.UserRole + 5  # DomainState / active flag
    HISTORY = Qt.ItemDataRole.UserRole + 6  # a list of recent samples, for sparklines
