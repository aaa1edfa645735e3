"""Page 3: the operating system, detected from the install ISO (libosinfo, in a worker,
with a spinner) or found by name. The OS database loads in the background while the
wizard is already open; until then the generic profiles are offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt.mountlanes import OneAtATime
from kvmgui.models.oslist import OsListModel, os_name
from kvmgui.models.roles import Role
from kvmgui.models.words import say
from kvmgui.osinfo.database import DetectedMedia, MediaError, MediaProblem, OsEntry
from kvmgui.utils.tr import comma_list, fill, size_text
from kvmgui.widgets import itemviews
from kvmgui.widgets.labels import MessageLine
from kvmgui.wizards.newvm.fields import Form, exactly
from kvmgui.wizards.newvm.page import SpecPage
from kvmgui.wizards.newvm.state import WizardState
from kvmgui.xml.newvm_spec import MIB, InstallMethod, OsSpec

SEARCH_DELAY_MS = 120  # a search after each key would redo the work for every letter


class OsPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Operating system"),
                         self.tr("The operating system decides the VM's devices and its suggested "
                                 "memory, CPUs and disk size."),
                         exactly("os"))
        self._detect_seq = 0
        self._looked_at: FileKey | None = None  # the file last looked at, as it was then
        self._detecting: FileKey | None = None
        self._waiting_for_db = False
        # On the thread of the file's mount, a look and a read at a time per file: one
        # that hangs on a dead network mount holds only that mount, and asked again
        # (the box ticked again, the page shown again) it answers the new ask.
        self._jobs = OneAtATime()
        form = Form(self, self.marks)
        self.detect = QCheckBox(self.tr("&Detect it from the install media"), self)
        self.detect.setChecked(True)
        form.widget(self.detect, self.tr("Detect the operating system from the install media"))
        status_row = QWidget(self)
        row = QHBoxLayout(status_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.spinner = QProgressBar(status_row)
        self.spinner.setRange(0, 0)  # busy: an animation, no percentage
        self.spinner.setMaximumSize(self.fontMetrics().height() * 6, self.fontMetrics().height())
        self.spinner.setAccessibleName(self.tr("Detecting the operating system"))
        self.spinner.hide()
        self.detect_status = MessageLine(status_row, description=self.tr("Detection result"))
        self.detect_status.setObjectName("Detection result")
        row.addWidget(self.spinner)
        row.addWidget(self.detect_status, 1)
        form.below(status_row)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name: debian, windows 11, fedora…"))
        self.search.setClearButtonEnabled(True)
        form.field(self.tr("&Search:"), self.search, self.tr("Search operating systems"))
        self.model = OsListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        itemviews.follow_selection(self.list)
        self.list.setUniformItemSizes(True)
        form.field(self.tr("&Operating system:"), self.list, self.tr("Operating systems"))
        self.db_status = QLabel(self)
        self.db_status.setObjectName("OS list status")
        self.db_status.setTextFormat(Qt.TextFormat.PlainText)  # quotes libosinfo's errors
        self.db_status.setWordWrap(True)
        form.below(self.db_status)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("Chosen operating system")
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)  # an OS name: never markup
        self.chosen.setAccessibleDescription(self.tr("Chosen operating system"))
        self.chosen.setWordWrap(True)
        form.layout.addRow(self.chosen)
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.list.selectionModel().selectionChanged.connect(self._picked)
        self.detect.toggled.connect(self._maybe_detect)
        state.osdbChanged.connect(self._db_loaded)
        self.run_search()
        self.reload()

    # -- the list --------------------------------------------------------------------------

    def run_search(self) -> None:
        self._search_timer.stop()
        entries = self.state.osdb.search(self.search.text())
        current = self.state.spec.os
        if not self.search.text().strip() and all(e.short_id != current.short_id for e in entries):
            entries.insert(0, _entry(current))  # the chosen (or detected) one stays in view
        self._loading = True
        try:
            self.model.set_entries(entries)
            self._select(current.short_id)
        finally:
            self._loading = False
        self._say_db()

    def _select(self, short_id: str) -> None:
        row = self.model.row_of(short_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
            self.list.scrollTo(self.model.index(row))
        else:
            self.list.clearSelection()

    def _say_db(self) -> None:
        db = self.state.osdb
        if not self.state.osdb_loaded:
            self.db_status.setText(self.tr("Loading the list of operating systems…"))
        elif self.state.osdb_error:
            self.db_status.setText(fill(self.tr("Could not load the list of operating systems (only the "
                                                "generic ones are offered): %1"), self.state.osdb_error))
        elif not db.available:
            self.db_status.setText(self.tr("libosinfo is not installed here: only generic choices "
                                           "are offered."))
        elif not self.search.text().strip():
            known = len(db.entries)
            self.db_status.setText(self.tr("Type a name to search %n operating system(s).", "", known))
        else:
            self.db_status.setText(self.tr("%n match(es).", "", self.model.rowCount()))

    def _db_loaded(self) -> None:
        self.run_search()
        if self._waiting_for_db:
            self._waiting_for_db = False
            self._maybe_detect()

    def _picked(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._loading or not selected.indexes():
            return
        entry = selected.indexes()[0].data(Role.OBJECT)
        if not isinstance(entry, OsEntry) or entry.short_id == self.state.spec.os.short_id:
            return
        os_spec = self.state.osdb.get(entry.short_id, self.state.spec.arch)
        if os_spec is not None:
            self._detect_seq += 1  # the user's choice wins over a detection still running
            if not self.spinner.isHidden():
                if not self._waiting_for_db:  # nor does this file's detection redo it on coming back
                    self._looked_at = self._detecting
                self._waiting_for_db = False  # or one still to start once the list is there
                self._busy(False)
                self.detect_status.clear()  # no "Looking at…" left behind
            self.state.choose_os(os_spec)

    # -- detection ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        super().initializePage()
        self._maybe_detect()

    def can_detect(self) -> bool:
        spec, facts = self.state.spec, self.state.facts
        return (spec.install.method is InstallMethod.ISO_FILE and bool(spec.install.iso_path)
                and (facts.local if facts is not None else self.state.conn.is_local))

    def _maybe_detect(self) -> None:
        self.detect.setEnabled(self.can_detect())
        if not (self.can_detect() and self.detect.isChecked()):
            # A detection still running (or waiting for the list) must not choose the OS now.
            self._detect_seq += 1
            self._waiting_for_db = False
            if not self.spinner.isHidden():
                self._busy(False)
                self.detect_status.clear()  # no "Looking at…" left behind
            return
        if not self.state.osdb_loaded:
            self._waiting_for_db = True
            self._busy(True, self.tr("Waiting for the list of operating systems…"))
            return
        # The same file is not looked at again; one replaced at the same path is (its
        # size and time, read in a worker: the path may be on a hung mount).
        self._detect_seq += 1
        seq, path = self._detect_seq, self.state.spec.install.iso_path
        self._jobs.submit(("stat", path), path, file_key, context=self,
                          done=lambda key: self._stated(seq, path, key),
                          failed=lambda _exc: self._stated(seq, path, None))

    def _stated(self, seq: int, path: str, key: FileKey | None) -> None:
        if seq != self._detect_seq or (key is not None and key == self._looked_at):
            return
        self._detect_seq += 1
        self._detecting = key
        seq, db, arch = self._detect_seq, self.state.osdb, self.state.spec.arch
        self._busy(True, fill(self.tr("Looking at %1…"), path))
        self._jobs.submit(("read", key or path, arch), path, db.detect_media, arch, context=self,
                          done=lambda found: self._detected(seq, path, found),
                          failed=lambda exc: self._detect_failed(seq, path, exc))

    def _busy(self, busy: bool, text: str = "") -> None:
        self.spinner.setVisible(busy)
        if busy or text:
            self.detect_status.say(text)

    def _detected(self, seq: int, path: str, found: DetectedMedia) -> None:
        if seq != self._detect_seq:
            return
        self._busy(False)
        self._looked_at = self._detecting
        if found.os is None:
            self.detect_status.pending(fill(self.tr("The media (label '%1') was not recognised: choose "
                                               "the operating system below."), found.volume_id))
            return
        words = (self.tr("Detected %1 (label '%2').") if found.matched else
                 self.tr("Guessed %1 from the label '%2'; check it below."))
        self.detect_status.say(fill(words, os_name(found.os.name), found.volume_id))
        self.state.choose_os(found.os)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.run_search()

    def _detect_failed(self, seq: int, path: str, exc: BaseException) -> None:
        if seq != self._detect_seq:
            return
        self._busy(False)
        self._looked_at = self._detecting
        if not isinstance(exc, MediaError):
            self.detect_status.error(fill(self.tr("Could not look at %1: %2"), path, str(exc)))
            return
        texts = {
            MediaProblem.UNREADABLE: self.tr("Could not read %1: %2"),
            MediaProblem.NOT_ISO: self.tr("%1 is not an ISO image."),
            MediaProblem.NOT_BOOTABLE: self.tr("libosinfo does not know %1 (%2): choose the operating "
                                               "system below."),
        }
        self.detect_status.pending(fill(texts[exc.reason], path, say(exc.detail)))

    # -- spec ------------------------------------------------------------------------------------

    def load(self) -> None:
        os = self.state.spec.os
        self.chosen.setText(fill(self.tr("Chosen: %1. %2"), os_name(os.name), self.needs_text(os)))
        if self.model.row_of(os.short_id) < 0:
            self.run_search()
        else:
            self._select(os.short_id)


    def needs_text(self, os: OsSpec) -> str:
        parts = []
        if os.min_memory_mib:
            parts.append(fill(self.tr("at least %1 of memory"), size_text(os.min_memory_mib * MIB)))
        if os.min_disk_bytes:
            parts.append(fill(self.tr("a disk of %1"), size_text(os.min_disk_bytes)))
        if os.needs_uefi:
            parts.append(self.tr("UEFI firmware"))
        if os.needs_tpm:
            parts.append(self.tr("a TPM 2.0"))
        if not parts:
            return ""
        return fill(self.tr("It needs %1."), comma_list(parts))  # Chinese lists with 、


FileKey = tuple[str, int, int, int]  # path, size, modification time (ns), inode


def file_key(path: str) -> FileKey:
    """What tells the file at ``path`` from another put there since (blocking: a worker's)."""
    st = Path(path).stat()
    return path, st.st_size, st.st_mtime_ns, st.st_ino


def _entry(os: OsSpec) -> OsEntry:
    return OsEntry(os.short_id, os.name, os.family, os.release_date, os.osinfo_id)
