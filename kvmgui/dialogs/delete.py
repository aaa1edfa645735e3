"""Delete VMs: asks first and, when storage is to go too, lists exactly the volumes removed."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt import actions, fixedaddr
from kvmgui.libvirt.actions import VolumeRef
from kvmgui.libvirt.connection import Connection, error_text
from kvmgui.libvirt.fixedaddr import FixedAddress
from kvmgui.libvirt.records import DomainRecord, LibvirtEvent
from kvmgui.models.words import failure_words
from kvmgui.utils.tr import comma_list, fill
from kvmgui.widgets import itemviews
from kvmgui.widgets.labels import MessageLine

log = logging.getLogger(__name__)

RECHECK_DELAY_MS = 300  # VM changes come in bursts: ask once they calm down


class DeleteDialog(QDialog):
    """Confirm deleting ``records`` (all on ``conn``).

    With "Also delete storage" checked it reads, in a worker, which pool volumes the
    VMs' writable hard disks use and lists them, each with a check box. Volumes that
    other VMs use too start unchecked and say so; who those are is asked again when VMs
    change (renamed, defined, deleted elsewhere). Only checked volumes are removed:
    ``plan()`` gives {uuid: [volume paths]} after accept.

    The VMs' fixed addresses (static DHCP hosts of their cards' MACs) are looked up in a
    worker as it opens, and again when VMs change (a card given another MAC, a VM that took
    one of the MACs); when there are any, they are listed and removing them is offered,
    checked (left, a later VM given one of those MACs would inherit the address):
    ``fixed_plan()`` gives those to remove. Delete clicked before the lookup answered waits
    for it (the VMs' cards can be read only before they are deleted); a failed lookup is
    said, and Delete then deletes the VMs alone.
    """

    def __init__(self, conn: Connection, records: list[DomainRecord],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.records = records
        self.setWindowTitle(self.tr("Delete Virtual Machine") if len(records) == 1
                            else self.tr("Delete Virtual Machines"))
        self.setAccessibleName(self.tr("Delete virtual machines"))
        self._volumes: dict[str, list[VolumeRef]] | None = None
        self._listing = False  # the lookup of the volumes runs
        self._checking = False  # who else uses them is being asked again
        self._again = False  # VMs changed while listing or asking: ask (again) after
        self._said = ""  # the status of the listing, back once asking again worked
        self._recheck_timer = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self._recheck_timer.timeout.connect(self._recheck)
        self.question = QLabel(self)
        self._ask()
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setAccessibleDescription(self.tr("Question"))  # name: its text
        self.with_storage = QCheckBox(self.tr("Also delete &storage volumes"), self)
        self.with_storage.setAccessibleName(self.tr("Also delete storage volumes"))
        self.volume_list = QListWidget(self)
        self.volume_list.setAccessibleName(self.tr("Storage volumes to delete"))
        # Selected = checked, both ways: a screen reader can only select list items (Qt
        # offers no "check" to assistive technology), a mouse ticks the boxes.
        self.volume_list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.volume_list.itemChanged.connect(self._check_changed)
        self.volume_list.itemSelectionChanged.connect(self._selection_changed)
        itemviews.follow_selection(self.volume_list)
        self.volume_list.hide()
        self.status = MessageLine(self, hide_empty=False)
        self.status.setAccessibleDescription(self.tr("Storage status"))
        self.status.hide()
        self.with_addresses = QCheckBox(self.tr("Also remove their &fixed addresses"), self)
        self.with_addresses.setAccessibleName(self.tr("Also remove their fixed addresses"))
        self.with_addresses.setChecked(True)
        self.addresses = QLabel(self)
        self.addresses.setTextFormat(Qt.TextFormat.PlainText)
        self.addresses.setWordWrap(True)
        self.addresses.setAccessibleDescription(self.tr("Fixed addresses"))  # name: its text
        self._fixed: list[FixedAddress] = []
        self._fixed_looking = False  # a lookup of the fixed addresses runs
        self._fixed_again = False  # VMs changed while it ran: its answer may be old
        self._accepting = False  # Delete was clicked: accepted once the lookup answers
        self._fixed_timer = QTimer(self, singleShot=True, interval=RECHECK_DELAY_MS)
        self._fixed_timer.timeout.connect(self._look_up_fixed)
        for part in (self.with_addresses, self.addresses):
            part.hide()  # until some are found
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button = self.buttons.addButton(self.tr("&Delete"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button.setAccessibleName(self.tr("Delete"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.question, self.with_storage, self.volume_list, self.status,
                  self.with_addresses, self.addresses, self.buttons):
            layout.addWidget(w)
        self.with_storage.toggled.connect(self._storage_toggled)
        conn.domains.changed.connect(self._records_changed)  # started or stopped meanwhile
        conn.events.connect(self._domain_events)
        self.resize(520, 180)
        self._look_up_fixed()

    def _ask(self) -> None:
        """The question, with the VMs as they are now (renamed meanwhile, or gone: its last
        record), and those that run: they are forced off."""
        now = [(self.conn.domains.get(r.uuid), r) for r in self.records]
        self.records = [new if isinstance(new, DomainRecord) else old for new, old in now]
        names = comma_list(fill(self.tr("'%1'"), r.name) for r in self.records)
        running = [r.name for r in self.records if r.state.is_active]
        text = fill(self.tr("Delete %1 on %2? This cannot be undone."), names,
                    self.conn.display_name)
        if running:
            text += "\n\n" + fill(self.tr("Running VMs are forced off first: %1."),
                                   comma_list(running))
        self.question.setText(text)

    def _records_changed(self, records: list[DomainRecord]) -> None:
        if {r.uuid for r in records} & {r.uuid for r in self.records}:
            self._ask()

    # -- result ------------------------------------------------------------------------------

    def plan(self) -> dict[str, list[str]]:
        """{uuid: volume paths to delete} — only the checked volumes, each once: a volume
        two of the VMs share goes with the first (the other's job would find it gone)."""
        chosen: set[str] = set()
        if self.with_storage.isChecked():
            for i in range(self.volume_list.count()):
                item = self.volume_list.item(i)
                if item.checkState() == Qt.CheckState.Checked:
                    chosen.add(item.data(Qt.ItemDataRole.UserRole))
        vols = self._volumes or {}
        out: dict[str, list[str]] = {}
        for r in self.records:
            out[r.uuid] = [v.path for v in vols.get(r.uuid, []) if v.path in chosen]
            chosen -= set(out[r.uuid])
        return out

    def fixed_plan(self) -> list[FixedAddress]:
        """The fixed addresses to remove once their VMs are gone (as listed, if chosen)."""
        return list(self._fixed) if self.with_addresses.isChecked() else []

    def accept(self) -> None:
        """Deleted with the fixed addresses of the VMs as they are now: a click before the
        lookup answered (or while VMs changed) waits for it. Before, nothing was removed."""
        if self.with_addresses.isChecked() and (self._fixed_looking or self._fixed_timer.isActive()):
            self._accepting = True
            self._update_delete_button()
            if self._fixed_timer.isActive():  # VMs changed: ask now, not after the burst
                self._fixed_timer.stop()
                self._look_up_fixed()
            self.addresses.setText(self.tr("Looking up the VMs' fixed addresses…"))
            self.addresses.show()
            return
        super().accept()

    def _look_up_fixed(self) -> None:
        if self._fixed_looking:
            self._fixed_again = True
            return
        self._fixed_looking, self._fixed_again = True, False
        self.conn.run(fixedaddr.fixed_addresses, [r.uuid for r in self.records], context=self,
                      done=self._got_fixed, failed=self._fixed_failed)

    def _got_fixed(self, found: list[FixedAddress]) -> None:
        self._fixed_looking = False
        if self._fixed_again:  # VMs changed while it ran: this answer may be old
            self._look_up_fixed()
            return
        self._fixed = found
        names = {r.uuid: r.name for r in self.records}
        self.addresses.setText("\n".join(
            fill(self.tr("%1: %2 on network %3 (MAC %4)"), names.get(a.vm_uuid, a.vm_uuid), a.ip,
                 a.network, a.mac) for a in found))
        for part in (self.with_addresses, self.addresses):
            part.setVisible(bool(found))
        if self._accepting:
            super().accept()

    def _fixed_failed(self, exc: BaseException) -> None:
        """Said, not only logged: whether the VMs have fixed addresses is unknown, so none
        is removed; a Delete waiting for the answer waits for the user again."""
        log.warning("fixed addresses not read: %s", error_text(exc))
        self._fixed_looking, self._fixed_again = False, False
        self._fixed = []
        self.with_addresses.hide()
        self.addresses.setText(fill(self.tr("Could not look up the VMs' fixed addresses, so none "
                                            "will be removed: %1"), failure_words(exc)))
        self.addresses.show()
        self._accepting = False
        self._update_delete_button()

    # -- storage -------------------------------------------------------------------------------

    def _storage_toggled(self, on: bool) -> None:
        self.volume_list.setVisible(on)
        self.status.setVisible(on)
        # Only deleting storage waits for the list; one lookup, however often ticked.
        self._update_delete_button()
        if on and self._volumes is None and not self._listing:
            self._listing = True
            self.status.say(self.tr("Looking up the VMs' storage volumes…"))
            self.conn.run(actions.storage_for_delete, [r.uuid for r in self.records],
                          done=self._listed, failed=self._list_failed, context=self)
        if on:
            self.resize(self.width(), max(self.height(), 360))

    def _update_delete_button(self) -> None:
        # Only deleting storage waits for the list; a Delete clicked waits for the addresses.
        self.delete_button.setEnabled(not self._accepting and (
            not self.with_storage.isChecked() or self._volumes is not None))

    def _domain_events(self, events: list[LibvirtEvent]) -> None:
        """A VM defined, renamed, deleted, started or given a disk: another VM may use the
        listed volumes now, or no more; a card may have another MAC, or another VM one of the
        listed MACs (its address is then not this VM's to remove)."""
        if any(e.kind == "domain" for e in events):
            if not self._accepting:  # a Delete waiting takes the lookup it asked for
                self._fixed_timer.start()  # once per burst
            if self._listing or self._checking:
                self._again = True
            elif self._volumes:
                self._recheck_timer.start()  # once per burst

    def _recheck(self) -> None:
        refs = [r for refs in (self._volumes or {}).values() for r in refs]
        if not refs or self._checking:
            return
        self._checking, self._again = True, False
        self.conn.run(actions.users_of, refs, [r.uuid for r in self.records],
                      done=self._rechecked, failed=self._recheck_failed, context=self)

    def _rechecked(self, used: dict[str, tuple[str, ...]]) -> None:
        self._checking = False
        before = {r.path: r.used_by for refs in (self._volumes or {}).values() for r in refs}
        self._volumes = {u: [replace(r, used_by=used.get(r.path, r.used_by)) for r in refs]
                         for u, refs in (self._volumes or {}).items()}
        refs = {r.path: r for refs in self._volumes.values() for r in refs}
        for i in range(self.volume_list.count()):
            item = self.volume_list.item(i)
            ref = refs[item.data(Qt.ItemDataRole.UserRole)]
            if ref.used_by and not before[ref.path]:  # as a volume used from the start
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setText(self._text(ref))
        self.status.say(self._said)
        if self._again:
            self._recheck_timer.start()

    def _recheck_failed(self, exc: BaseException) -> None:
        self._checking = False
        self.status.error(fill(self.tr("Could not list the storage volumes: %1"), failure_words(exc)))
        if self._again:
            self._recheck_timer.start()

    def _text(self, ref: VolumeRef) -> str:
        if ref.used_by:
            return fill(self.tr("%1  (pool %2) — also used by %3"), ref.path, ref.pool,
                        comma_list(ref.used_by))
        return fill(self.tr("%1  (pool %2)"), ref.path, ref.pool)

    def _listed(self, volumes: dict[str, list[VolumeRef]]) -> None:
        self._volumes, self._listing = volumes, False
        self._update_delete_button()
        seen: set[str] = set()
        for refs in volumes.values():
            for ref in refs:
                if ref.path in seen:
                    continue
                seen.add(ref.path)
                item = QListWidgetItem(self._text(ref), self.volume_list)
                item.setData(Qt.ItemDataRole.UserRole, ref.path)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Unchecked if ref.used_by else Qt.CheckState.Checked)
        if not volumes:  # all gone: what they used is unknown (said below), not "none"
            text = ""
        elif not seen:
            text = (self.tr("This VM uses no storage volumes that libvirt manages; no files "
                            "will be removed.") if len(volumes) == 1 else
                    self.tr("These VMs use no storage volumes that libvirt manages; "
                            "no files will be removed."))
        else:
            text = self.tr("Only the checked volumes will be deleted. Files outside storage "
                           "pools, CD-ROM images and read-only disks are never removed.")
        gone = [r.name for r in self.records if r.uuid not in volumes]
        if gone:  # its disks cannot be read any more: none of them is listed
            which = fill(self.tr("Deleted elsewhere meanwhile, so its storage is not listed: %1.")
                         if len(gone) == 1 else
                         self.tr("Deleted elsewhere meanwhile, so their storage is not listed: %1."),
                         comma_list(gone))
            text = fill(self.tr("%1 %2", "what is listed, then which VMs are gone"), text,
                        which) if text else which
        self._said = text
        self.status.setText(text)
        if self._again:  # VMs changed while it was listed
            self._recheck_timer.start()

    def _check_changed(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        if item.isSelected() != checked:
            item.setSelected(checked)

    def _selection_changed(self) -> None:
        for i in range(self.volume_list.count()):
            item = self.volume_list.item(i)
            state = Qt.CheckState.Checked if item.isSelected() else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)

    def _list_failed(self, exc: BaseException) -> None:
        self._listing = False
        self.with_storage.setChecked(False)  # nothing listed: nothing may be removed
        self.with_storage.setEnabled(False)
        self._update_delete_button()  # deleting the VMs alone is still possible
        self.status.error(fill(self.tr("Could not list the storage volumes: %1"), failure_words(exc)))
        self.status.show()
