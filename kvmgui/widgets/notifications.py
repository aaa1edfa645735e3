"""Non-modal error notifications: a dismissable list under the main view."""

from __future__ import annotations

import functools

from PySide6.QtCore import QLocale, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kvmgui.utils import icons
from kvmgui.widgets import itemviews


def _now() -> str:
    """The time of day as the user's locale writes it, with seconds (errors come in bursts)."""
    locale = QLocale()
    form = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "s" not in form:
        form = form.replace("mm", "mm:ss", 1)
    return locale.toString(QTime.currentTime(), form)


class LateNews(QObject):
    """What a widget's work ended with after the widget was gone (its window closed
    meanwhile): the main window's notifications say it.

    Signals:
        error(str): a failure, in words that name what failed.
    """

    error = Signal(str)


@functools.cache
def late_news() -> LateNews:
    return LateNews()


class NotificationArea(QWidget):
    """Shows errors as they come; never blocks the window."""

    MAX_ITEMS = 200

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notifications")
        self.setAccessibleName(self.tr("Notifications"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notification messages"))
        self.list.setMaximumHeight(110)
        self.list.setWordWrap(True)
        itemviews.follow_selection(self.list)
        clear = QPushButton(self.tr("Dismiss all"), self)
        clear.setAccessibleName(self.tr("Dismiss all notifications"))
        clear.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.hide()

    def error(self, message: str) -> None:
        self._add("dialog-error", message)

    def info(self, message: str) -> None:
        """An error's end (it works again): the error above it no longer holds."""
        self._add("dialog-information", message)

    def _add(self, icon: str, message: str) -> None:
        item = QListWidgetItem(icons.icon(icon), f"{_now()}  {message}")
        self.list.insertItem(0, item)
        while self.list.count() > self.MAX_ITEMS:
            self.list.takeItem(self.list.count() - 1)
        self.show()

    def messages(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def clear(self) -> None:
        self.list.clear()
        self.hide()
