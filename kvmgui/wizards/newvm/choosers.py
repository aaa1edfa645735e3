"""Small composite fields of the new-VM wizard: a host path with Browse…, and a
volume in a storage pool (pool, then volume)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kvmgui.utils.tr import fill, size_text
from kvmgui.widgets.filedialogs import FileDialogSpec, open_file_dialog
from kvmgui.xml.newvm_validate import PoolInfo


class PathField(QWidget):
    """A path on the host, typed or (on a local host) chosen with Browse….

    Signals:
        changed(): the path text changed.
    """

    changed = Signal()

    def __init__(self, name: str, placeholder: str = "", name_filter: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_filter = name_filter
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(name)
        self.browse = QPushButton(self.tr("Browse…"), self)  # no mnemonic: several on a page
        self.browse.setAccessibleName(fill(self.tr("Browse for %1"), name.lower()))
        self.dialog: QFileDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.browse.clicked.connect(self.open_dialog)

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        if text != self.text():  # as read: a space just typed stays, and so does the cursor
            self.edit.setText(text)

    def set_local(self, local: bool) -> None:
        """Browse… only where the file dialog shows the host's files: this machine."""
        self.browse.setVisible(local)

    def open_dialog(self) -> None:
        """Browse… from the path typed, once the folders the file dialog looks at answered."""
        filters = (self.name_filter, self.tr("All files (*)")) if self.name_filter else ()
        spec = FileDialogSpec(self.edit.accessibleName(), file_mode=QFileDialog.FileMode.ExistingFile,
                              filters=filters, start=self.text())
        open_file_dialog(self, spec, self.edit.setText, busy=self.browse, shown=self._shown)

    def _shown(self, dialog: QFileDialog) -> None:
        self.dialog = dialog


class VolumeChooser(QWidget):
    """A storage pool and one of its volumes (names read with the host facts).

    Signals:
        changed(): the pool or volume changed.
    """

    changed = Signal()

    def __init__(self, name: str, suffixes: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suffixes = suffixes  # volumes with these endings are listed first
        self.show_free = False  # pool items say their free space
        self.pool = QComboBox(self)
        self.pool.setAccessibleName(fill(self.tr("Storage pool of the %1"), name.lower()))
        self.volume = QComboBox(self)
        self.volume.setEditable(True)
        self.volume.setAccessibleName(name)
        self._pools: dict[str, PoolInfo] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pool, 1)
        row.addWidget(self.volume, 2)
        # The first of the row: a proxy further on would make Tab skip what is before it.
        self.setFocusProxy(self.pool)
        self.pool.currentIndexChanged.connect(self._pool_chosen)
        self.volume.editTextChanged.connect(self.changed)

    def set_pools(self, pools: dict[str, PoolInfo], pool: str, volume: str) -> None:
        self._pools = pools
        self.pool.blockSignals(True)
        self.pool.clear()
        for info in sorted(pools.values(), key=lambda p: (not p.active, p.name)):
            self.pool.addItem(pool_text(info, self.show_free), info.name)
        index = self.pool.findData(pool)
        if index < 0 and pool:
            self.pool.addItem(pool, pool)  # kept as the spec has it; the validator says why
            index = self.pool.count() - 1
        self.pool.setCurrentIndex(max(index, 0))
        self.pool.blockSignals(False)
        self._fill_volumes(volume)

    def _pool_chosen(self) -> None:
        self._fill_volumes(self.volume.currentText())
        self.changed.emit()

    def _fill_volumes(self, keep: str) -> None:
        info = self._pools.get(self.pool_name())
        names = sorted(info.volumes if info else (), key=lambda n: (not n.endswith(self.suffixes), n))
        edit = self.volume.lineEdit()
        typed, cursor = self.volume.currentText(), edit.cursorPosition() if edit is not None else 0
        self.volume.blockSignals(True)
        self.volume.clear()
        self.volume.addItems(names)
        if typed.strip() == keep and edit is not None:  # being typed: as it was, cursor and all
            self.volume.setEditText(typed)
            edit.setCursorPosition(cursor)
        else:
            self.volume.setEditText(keep)
        self.volume.blockSignals(False)

    def pool_name(self) -> str:
        data = self.pool.currentData()
        return data if isinstance(data, str) else ""

    def volume_name(self) -> str:
        return self.volume.currentText().strip()


def pool_text(info: PoolInfo, free: bool = True) -> str:
    """"default — 72 GiB free" for a pool combo."""
    if not info.active:
        return fill(QCoreApplication.translate("NewVmWizard", "%1 (not running)"), info.name)
    if info.available_bytes is None or not free:
        return info.name
    return fill(QCoreApplication.translate("NewVmWizard", "%1 — %2 free"), info.name,
                size_text(info.available_bytes))
