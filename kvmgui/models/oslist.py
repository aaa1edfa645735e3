"""The operating systems the new-VM wizard offers: the result of a search of the OS
database (``kvmgui.osinfo``), at most a hundred rows, replaced as a whole per search."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)

from kvmgui.models.base import Index, valid_index
from kvmgui.models.roles import Role
from kvmgui.osinfo.database import OsEntry
from kvmgui.utils.tr import fill


def os_name(name: str) -> str:
    """An OS name for display: the generic profiles' names are translated (context
    ``OsName``), libosinfo's proper names pass unchanged."""
    return QCoreApplication.translate("OsName", name)


class OsListModel(QAbstractListModel):
    """One row per :class:`OsEntry`: DisplayRole its name (with the release year),
    ``Role.OBJECT`` the entry, ``Role.KEY`` its short id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[OsEntry] = []
        self._texts: list[str] = []

    @property
    def entries(self) -> list[OsEntry]:
        return list(self._entries)

    def set_entries(self, entries: list[OsEntry]) -> None:
        """Show a new search result (a reset: the rows are few and all change)."""
        self.beginResetModel()
        self._entries = list(entries)
        self._texts = [_text(e) for e in self._entries]
        self.endResetModel()

    def row_of(self, short_id: str) -> int:
        return next((i for i, e in enumerate(self._entries) if e.short_id == short_id), -1)

    # -- QAbstractItemModel -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not valid_index(self, index):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.osinfo_id or None
        if role == Role.OBJECT:
            return entry
        if role == Role.KEY:
            return entry.short_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not valid_index(self, index):
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)



def _text(entry: OsEntry) -> str:
    name = os_name(entry.name)
    year = entry.release_date[:4]
    if not year.isdigit():
        return name
    return fill(QCoreApplication.translate("OsList", "%1 (%2)", "OS name (release year)"), name, year)
