"""Page 3: where the pool appears on the host (its target path, suggested from the host's
own default), and whether libvirt builds it first (and may write over what is there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from kvmgui.utils.tr import fill
from kvmgui.widgets.question import question_box
from kvmgui.wizards.pool.fields import Form, keys
from kvmgui.wizards.pool.page import SpecPage
from kvmgui.wizards.pool.state import PoolWizardState
from kvmgui.xml.pool_types import PoolType, Target

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP


BUILD_TEXTS: dict[PoolType, str] = {
    PoolType.DIR: QT_TRANSLATE_NOOP("PoolTargetPage", "B&uild: create the directory (if it is not there)"),
    PoolType.FS: QT_TRANSLATE_NOOP("PoolTargetPage", "B&uild: make the file system on the device"),
    PoolType.NETFS: QT_TRANSLATE_NOOP("PoolTargetPage",
                                      "B&uild: create the mount point (if it is not there)"),
    PoolType.LOGICAL: QT_TRANSLATE_NOOP("PoolTargetPage", "B&uild: create the volume group on the devices"),
    PoolType.DISK: QT_TRANSLATE_NOOP("PoolTargetPage", "B&uild: write a new partition table on the disk"),
    PoolType.ZFS: QT_TRANSLATE_NOOP("PoolTargetPage", "B&uild: create the ZFS pool on the devices"),
}


def build_words(pool_type: PoolType) -> str:
    text = BUILD_TEXTS.get(pool_type)  # the others cannot be built: the checkbox is hidden
    return QCoreApplication.translate("PoolTargetPage", text) if text else ""


# Types whose build only makes a directory: built unless the user says otherwise.
BUILT_BY_DEFAULT = frozenset({PoolType.DIR, PoolType.NETFS})


def needs_page(pool_type: PoolType) -> bool:
    info = pool_type.info
    return info.target is not Target.NONE or info.can_build


class TargetPage(SpecPage):
    def __init__(self, state: PoolWizardState) -> None:
        super().__init__(state, self.tr("Target"),
                         self.tr("Choose where the pool's volumes appear on the host, and whether "
                                 "libvirt prepares the storage first."))
        self.suggested = ""  # the last suggestion; replaced by the next while not edited
        self._entered = False  # the widgets hold nothing of the spec before the page is shown
        self._build_chosen = False  # the user set "Build": their choice stays across types
        self.confirm_box: QMessageBox | None = None
        form = self.form = Form(self, self.marks)
        self.target = QLineEdit(self)
        form.field(self.tr("&Target path:"), self.target, self.tr("Target path"), keys("target_path"))
        self.target_note = QLabel(self)
        self.target_note.setWordWrap(True)
        self.target_note.setObjectName("Target path note")
        self.target_note.setAccessibleDescription(self.tr("Target path note"))
        form.below(self.target_note)
        self.build = QCheckBox(self)
        form.widget(self.build, self.tr("Build the pool"), keys("build"))
        self.overwrite = QCheckBox(self.tr("&Overwrite what is on the devices (destroys their data)"), self)
        form.widget(self.overwrite, self.tr("Overwrite"), keys("overwrite"))
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)

        self.target.textEdited.connect(self.edited)
        self.build.toggled.connect(self._build_toggled)
        self.overwrite.toggled.connect(self._overwrite_toggled)

    def owns(self, key: str) -> bool:
        return key in ("target_path", "build", "overwrite")

    def initializePage(self) -> None:
        spec = self.state.spec
        info = spec.type.info
        self.form.set_visible(self.target, info.target is not Target.NONE)
        self.form.set_visible(self.build, info.can_build)
        self.form.set_visible(self.overwrite, info.can_build and info.build_overwrites)
        self.build.setText(build_words(spec.type))
        if info.target is Target.OPTIONAL:
            self.target_note.setText(self.tr("Optional: empty lets libvirt choose."))
        elif spec.type in (PoolType.ISCSI, PoolType.SCSI, PoolType.MPATH, PoolType.DISK):
            self.target_note.setText(self.tr("Where the host shows the pool's devices."))
        else:
            self.target_note.setText("")
        if not spec.target_path and info.target is Target.REQUIRED:
            spec.target_path = self.suggested
        if not self._build_chosen:
            spec.build = spec.type in BUILT_BY_DEFAULT
        self._entered = True
        self.reload()
        self.state.edited()

    def load(self) -> None:
        spec = self.state.spec
        self.target.setText(spec.target_path)
        self.build.setChecked(spec.build)
        self.overwrite.setChecked(spec.overwrite)
        self._sync()

    def store(self) -> None:
        if not self._entered:
            return
        spec = self.state.spec
        info = spec.type.info
        if info.target is not Target.NONE:
            spec.target_path = self.target.text().strip()
        spec.build = self.build.isChecked() and info.can_build
        spec.overwrite = spec.build and self.overwrite.isChecked() and info.build_overwrites
        self._sync()

    def _build_toggled(self) -> None:
        if not self._loading:
            self._build_chosen = True
        self.edited()

    def _sync(self) -> None:
        self.overwrite.setEnabled(self.build.isChecked())

    def suggest(self, path: str) -> None:
        """The host's suggestion for the target; taken unless the user typed their own."""
        spec = self.state.spec
        if spec.target_path in ("", self.suggested):
            spec.target_path = path
            self._loading = True
            self.target.setText(path)
            self._loading = False
        self.suggested = path
        self.state.revalidate()

    def _overwrite_toggled(self, on: bool) -> None:
        if self._loading:
            return
        if not on:
            self.edited()
            return
        # Only a "yes" to a plain question keeps it on: the default is to keep the data.
        self._loading = True
        self.overwrite.setChecked(False)
        self._loading = False
        spec = self.state.spec
        where = ", ".join(spec.devices) or spec.source_name or spec.name
        text = fill(self.tr("Building with overwrite destroys everything stored on %1. Turn "
                            "overwrite on?"), where)
        box = question_box(self, self.tr("Overwrite"), text, self._overwrite_confirmed)
        box.finished.connect(box.deleteLater)
        self.confirm_box = box
        box.open()

    def _overwrite_confirmed(self) -> None:
        self._loading = True
        self.overwrite.setChecked(True)
        self._loading = False
        self.edited()
