"""The forms of the Add hardware dialog, one per kind of device: NIC, disk, serial port
or console, RNG, display.

Each form reads its fields on the GUI thread, validates them inline (``validate``: a
message, or None) and hands the dialog a job (``job``: a worker function and its plain
arguments — the device XML built from a spec here, never the widgets). A new kind: a
``HardwareForm`` subclass here and a line in ``AddHardwareDialog.forms``.

Past 400 lines on purpose: one short form per kind, on the same few helpers (rows, the
NIC source field the NIC page shares).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from kvmgui.dialogs.imagecheck import BlockGuessNote, ImageCheck, block_device
from kvmgui.libvirt import domainops, netfix, volops
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.records import PoolRecord
from kvmgui.models.words import said, say
from kvmgui.utils.tr import fill, size_text
from kvmgui.widgets.labels import MessageLine
from kvmgui.xml.base import XMLParseError, to_xml
from kvmgui.xml.device_specs import (
    ConsoleSpec,
    DiskSpec,
    GraphicsSpec,
    NicSpec,
    RngSpec,
    SerialSpec,
    build_console,
    build_disk,
    build_graphics,
    build_interface,
    build_rng,
    build_serial,
    generate_mac,
    validate_disk_bus,
    validate_mac,
    validate_mac_unique,
)
from kvmgui.xml.devices import Disk, Kind
from kvmgui.xml.domain import DomainDoc, interface_macs
from kvmgui.xml.pool import PoolDoc
from kvmgui.xml.pool_types import PoolType, VolumeKind, known_pool_type
from kvmgui.xml.volume_spec import VolumeSpec
from kvmgui.xml.volume_validate import VolumeContext, validate_volume

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

# Where a NIC connects (shown in the NicForm context, here and on the NIC page).
SOURCE_TYPES = [(QT_TRANSLATE_NOOP("NicForm", "Virtual network"), "network"),
                (QT_TRANSLATE_NOOP("NicForm", "Host bridge"), "bridge"),
                (QT_TRANSLATE_NOOP("NicForm", "macvtap (host device)"), "direct")]
# libvirt's names, shown as they are.
NIC_MODELS = ["virtio", "e1000e", "rtl8139"]
MACVTAP_MODES = ["bridge", "vepa", "private", "passthrough"]
DISK_BUSES = ["virtio", "sata", "scsi", "usb", "ide"]
VOLUME_FORMATS = ["qcow2", "raw"]
GIB = 1024**3
Job = tuple[Callable[..., Any], tuple[Any, ...]]


def source_type_words(text: str) -> str:
    """A SOURCE_TYPES text, translated."""
    return QCoreApplication.translate("NicForm", text)


def fill_sources(combo: QComboBox, conn: Connection, source_type: str) -> None:
    """Offer the host's networks for a virtual network; bridges and devices are typed in.

    Filled again for the same kind, the choice stays; for another kind it does not (a
    network's name is no bridge, and the kind's example shows): a network starts on the
    host's 'default'."""
    same = combo.property("sourceType") == source_type
    name = source_name(combo) if same else ""
    combo.clear()
    combo.setProperty("sourceType", source_type)
    if source_type == "network":
        inactive = QCoreApplication.translate("NicForm", "%1 (inactive)")
        for rec in sorted(conn.networks.records(), key=lambda r: r.name):
            combo.addItem(rec.name if rec.active else fill(inactive, rec.name), rec.name)
        if not same:
            name = "default"
    index = combo.findData(name) if name else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(name if same else "")


def stopped_network(conn: Connection, source_type: str, name: str) -> str:
    """``name`` when it is a virtual network the host has stopped, else ''."""
    stopped = source_type == "network" and any(
        r.name == name and not r.active for r in conn.networks.records())
    return name if stopped else ""


def source_problem(conn: Connection, source_type: str, name: str) -> str | None:
    """What is wrong with a NIC's source ``name`` (not empty) of ``source_type``, said;
    else None. libvirt takes either into a definition, and the VM then does not start."""
    if source_type == "network" and name not in {r.name for r in conn.networks.records()}:
        return fill(QCoreApplication.translate(
            "NicForm", "This host has no virtual network named '%1'"), name)
    if source_type != "network" and not re.fullmatch(r"[\w.:-]{1,15}", name):
        return fill(QCoreApplication.translate("NicForm", "'%1' is not a host interface name"), name)
    return None


def network_note(parent: QWidget) -> MessageLine:
    """Where a stopped network is told of (``say_stopped``): the VM does not start on it,
    nor does a running VM take the NIC."""
    return MessageLine(parent, description=QCoreApplication.translate("NicForm", "Network state"))


def say_stopped(note: MessageLine, name: str) -> None:
    note.pending(fill(QCoreApplication.translate(
        "NicForm", "Network %1 is not running: a VM on it cannot start, nor can a running VM "
        "take the NIC, until it is started."), name) if name else "")


class StoppedNetworkShown:
    """Mixed into a NIC's form (Add hardware) or page (details): when the chosen virtual
    network is stopped it is said (``network_note``) and starting it first is offered
    (``start_network``, a row of ``form``)."""

    conn: Connection
    source_type: QComboBox
    source: QComboBox
    network_note: MessageLine
    start_network: QCheckBox
    form: QFormLayout

    def _stopped_network(self) -> str:
        """The chosen virtual network's name when the host has it stopped, else ''."""
        return stopped_network(self.conn, self.source_type.currentData(), source_name(self.source))

    def _show_network_state(self, *_args: object) -> None:
        name = self._stopped_network()
        say_stopped(self.network_note, name)
        self.form.setRowVisible(self.start_network, bool(name))


def start_network_box(parent: QWidget) -> QCheckBox:
    """The offer to start a stopped network first (checked)."""
    box = QCheckBox(QCoreApplication.translate("NicForm", "Start the network &first"), parent)
    box.setAccessibleName(QCoreApplication.translate("NicForm", "Start the network first"))
    box.setChecked(True)
    return box


def source_name(combo: QComboBox) -> str:
    index = combo.findText(combo.currentText())
    data = combo.itemData(index) if index >= 0 else None
    return (data or combo.currentText()).strip()


def pool_kind(rec: PoolRecord) -> PoolType | None:
    """The pool's type; None for one kvmgui does not know (libvirt decides on it)."""
    try:
        return known_pool_type(PoolDoc.from_string(rec.xml).type or "")
    except XMLParseError:
        return None


def _row(form: QFormLayout, label: str, field: QWidget, name: str) -> Any:
    field.setAccessibleName(name)
    form.addRow(label, field)
    return field


def _items(combo: QComboBox, values: list[str]) -> None:
    """libvirt's names as the items, each its own data (logic reads the data)."""
    for value in values:
        combo.addItem(value, value)


class HardwareForm(QWidget):
    """One kind of hardware; ``title`` (the list's entry) and ``new_name`` (the form's
    accessible name) are source texts, translated in the AddHardwareDialog context."""

    title = ""
    new_name = ""
    device_kind = Kind.OTHER  # its icon in the dialog's list

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None, *,
                 live: DomainDoc | None = None) -> None:
        super().__init__(parent)
        self.conn, self.doc = conn, doc
        self.live = live  # the running VM: it may still have a device the definition lost
        self.setAccessibleName(QCoreApplication.translate("AddHardwareDialog", self.new_name))
        self.form = QFormLayout(self)

    def title_words(self) -> str:
        return QCoreApplication.translate("AddHardwareDialog", self.title)

    def validate(self) -> str | None:
        return None

    def then(self, act: Callable[[], None], say: Callable[[str], None]) -> None:
        """``act`` (validate and add) once what a worker must look at is known: at once
        unless the form has such a check; ``say`` is given what to show while it waits."""
        act()

    def job(self) -> Job:
        """(function, arguments after (conn, uuid)) to run in a worker."""
        raise NotImplementedError


class NicForm(StoppedNetworkShown, HardwareForm):
    device_kind = Kind.INTERFACE
    title = QT_TRANSLATE_NOOP("AddHardwareDialog", "Network interface")
    new_name = QT_TRANSLATE_NOOP("AddHardwareDialog", "New network interface")

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None, *,
                 live: DomainDoc | None = None) -> None:
        super().__init__(conn, doc, parent, live=live)
        f = self.form
        self.source_type = _row(f, self.tr("Connect &to:"), QComboBox(self), self.tr("Connect to"))
        for text, kind in SOURCE_TYPES:
            self.source_type.addItem(source_type_words(text), kind)
        self.source = _row(f, self.tr("&Source:"), QComboBox(self),
                           self.tr("Network, bridge or host device"))
        self.source.setEditable(True)
        # A stopped network: the VM does not start on it, nor does a running VM take the NIC.
        self.network_note = network_note(self)
        f.addRow(self.network_note)
        self.start_network = start_network_box(self)
        f.addRow("", self.start_network)
        self.mode = _row(f, self.tr("macvtap m&ode:"), QComboBox(self), self.tr("macvtap mode"))
        _items(self.mode, MACVTAP_MODES)
        self.model = _row(f, self.tr("&Model:"), QComboBox(self), self.tr("Device model"))
        _items(self.model, NIC_MODELS)
        self.auto_mac = _row(f, "", QCheckBox(self.tr("&Generate a MAC address"), self),
                             self.tr("Generate a MAC address"))
        self.auto_mac.setChecked(True)
        self.mac = _row(f, self.tr("MA&C address:"), QLineEdit(self), self.tr("MAC address"))
        self.mac.setPlaceholderText(self.tr("52:54:00:xx:xx:xx"))
        self.mac.setEnabled(False)
        self.link = _row(f, "", QCheckBox(self.tr("&Link up (cable plugged in)"), self),
                         self.tr("Link up"))
        self.link.setChecked(True)
        self.auto_mac.toggled.connect(lambda on: self.mac.setEnabled(not on))
        self.source_type.currentIndexChanged.connect(self._type_changed)
        self._type_changed()
        # Networks started, stopped, defined or gone while the dialog is open.
        for signal in (conn.networks.added, conn.networks.changed, conn.networks.removed):
            signal.connect(self._networks_changed)
        if self.source.count() and not self.source.currentText():
            self.source.setCurrentIndex(0)  # no 'default' network: the first
        self.source.currentIndexChanged.connect(self._show_network_state)
        self.source.editTextChanged.connect(self._show_network_state)
        self._show_network_state()

    def _type_changed(self, *_args: object) -> None:
        kind = self.source_type.currentData()
        fill_sources(self.source, self.conn, kind)
        self.mode.setEnabled(kind == "direct")
        if (edit := self.source.lineEdit()) is not None:  # editable: always
            edit.setPlaceholderText({"network": "default", "bridge": "br0", "direct": "eth0"}[kind])

    def _networks_changed(self, *_args: object) -> None:
        if self.source_type.currentData() == "network":
            fill_sources(self.source, self.conn, "network")  # the choice stays
        self._show_network_state()

    def validate(self) -> str | None:
        kind, name = self.source_type.currentData(), source_name(self.source)
        if not name:
            return self.tr("Choose what the NIC connects to")
        if problem := source_problem(self.conn, kind, name):
            return problem
        if not self.auto_mac.isChecked():
            mac = self.mac.text().strip()
            return said(validate_mac(mac) or validate_mac_unique(mac, interface_macs(self.doc),
                                                                 self._live_macs()))
        return None

    def _live_macs(self) -> list[str]:
        return interface_macs(self.live) if self.live else []

    def job(self) -> Job:
        mac = (generate_mac(interface_macs(self.doc) + self._live_macs()) if self.auto_mac.isChecked()
               else self.mac.text().strip().lower())
        spec = NicSpec(source_type=self.source_type.currentData(), source=source_name(self.source),
                       model=self.model.currentText(), mac=mac, link_up=self.link.isChecked(),
                       direct_mode=self.mode.currentData())
        change = domainops.add_device(to_xml(build_interface(spec)), fill(self.tr("New NIC %1"), mac))
        if (network := self._stopped_network()) and self.start_network.isChecked():
            return netfix.add_device_on_network, (network, change)
        return domainops.apply_change, (change,)


class DiskForm(HardwareForm):
    device_kind = Kind.DISK
    title = QT_TRANSLATE_NOOP("AddHardwareDialog", "Disk")
    new_name = QT_TRANSLATE_NOOP("AddHardwareDialog", "New disk")

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None, *,
                 live: DomainDoc | None = None) -> None:
        super().__init__(conn, doc, parent, live=live)
        f = self.form
        self.device = _row(f, self.tr("&Device:"), QComboBox(self), self.tr("Device type"))
        self.device.addItem(self.tr("Hard disk"), "disk")
        self.device.addItem(self.tr("CD-ROM"), "cdrom")
        self.new_volume = _row(f, "", QRadioButton(self.tr("Create a &new volume"), self),
                               self.tr("Create a new volume"))
        self.pool = _row(f, self.tr("&Pool:"), QComboBox(self), self.tr("Storage pool"))
        self._names: dict[str, frozenset[str]] = {}  # each pool's volumes, read in a worker
        self._names_out: set[str] = set()  # the pools whose listing is out
        self._names_stale: set[str] = set()  # ... and asked for again meanwhile
        self._chosen_pool: str | None = None  # kept while its pool is stopped
        self._fill_pools()
        self._chosen_pool = self.pool.currentData()
        self.volume = _row(f, self.tr("&Volume name:"), QLineEdit(self._volume_name(), self),
                           self.tr("Volume name"))
        self.capacity = _row(f, self.tr("Si&ze:"), QSpinBox(self), self.tr("Size"))
        self.capacity.setRange(1, 64 * 1024)
        self.capacity.setValue(10)
        self.capacity.setSuffix(self.tr(" GiB"))
        self.format = _row(f, self.tr("&Format:"), QComboBox(self), self.tr("Volume format"))
        _items(self.format, VOLUME_FORMATS)
        self._file_format = VOLUME_FORMATS[0]  # the user's choice, for a pool of image files
        self.existing = _row(f, "", QRadioButton(self.tr("Use an &existing image"), self),
                             self.tr("Use an existing image"))
        self.path = _row(f, self.tr("Image pat&h:"), QLineEdit(self), self.tr("Image path"))
        self.path.setPlaceholderText("/var/lib/libvirt/images/disk.qcow2")
        # A remote host's /dev path in no pool is a block device by a guess: said before Add.
        self.path_note = BlockGuessNote(conn, self)
        f.addRow("", self.path_note)
        self.bus = _row(f, self.tr("&Bus:"), QComboBox(self), self.tr("Disk bus"))
        _items(self.bus, DISK_BUSES)
        self.readonly = _row(f, "", QCheckBox(self.tr("&Read-only"), self), self.tr("Read-only"))
        self.image = ImageCheck(conn, self)
        (self.new_volume if self.pool.count() else self.existing).setChecked(True)
        self.new_volume.setEnabled(self.pool.count() > 0)
        # "New volume" left because every pool stopped: chosen again when a pool is back,
        # unless the user chose meanwhile (a mode clicked, an image path typed).
        self._new_volume_taken = False
        for signal in (self.new_volume.clicked, self.existing.clicked, self.path.textEdited):
            signal.connect(self._mode_chosen)
        for signal in (self.new_volume.toggled, self.device.currentIndexChanged):
            signal.connect(self._mode_changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.pool.currentIndexChanged.connect(self._pool_chosen)  # first: the others see it
        # Picking the pool shown (the one put there when the chosen one stopped) changes no
        # index, yet it is the user's choice: it stays when the other pool comes back.
        self.pool.activated.connect(self._pool_chosen)
        self.pool.currentIndexChanged.connect(self._mode_changed)
        self.pool.currentIndexChanged.connect(self._read_names)
        self.path.textChanged.connect(self._want_block_guess)
        self.existing.toggled.connect(self._want_block_guess)
        # Pools started, stopped, defined or gone while the dialog is open.
        for signal in (conn.pools.added, conn.pools.changed, conn.pools.removed):
            signal.connect(self._pools_changed)
        self._mode_changed()
        self._read_names()

    def _fill_pools(self) -> None:
        """The running pools (a new volume cannot go into a stopped one); the choice stays,
        and comes back with its pool when another client stopped it for a moment (else
        the volume would go, unnoticed, into the pool shown meanwhile)."""
        shown = self.pool.currentData()
        self.pool.blockSignals(True)  # emptied for a moment: the mode follows once refilled
        self.pool.clear()
        for rec in sorted(self.conn.pools.records(), key=lambda r: r.name):
            kind = pool_kind(rec)
            # A disk on a path: not in pools whose volumes come from the storage (iSCSI…)
            # or are no path on the host (RBD).
            if rec.active and (kind is None or kind.info.volumes in (VolumeKind.FILE, VolumeKind.BLOCK)):
                self.pool.addItem(fill(self.tr("%1 (%2 free)"), rec.name, size_text(rec.available)),
                                  rec.name)
        chosen = self.pool.findData(self._chosen_pool) if self._chosen_pool else -1
        self.pool.setCurrentIndex(chosen if chosen >= 0 else max(self.pool.findData(shown), 0))
        self.pool.blockSignals(False)

    def _pool_chosen(self, *_args: object) -> None:
        """Refilled with signals blocked: a change heard here is a choice, not a refill."""
        self._chosen_pool = self.pool.currentData()

    def _pools_changed(self, *_args: object) -> None:
        self._fill_pools()
        self._mode_changed()
        self._read_names()

    def _read_names(self, *_args: object) -> None:
        """The chosen pool's volumes, for a name it has to be said inline (libvirt still
        refuses one made meanwhile). One listing of a pool at a time: a storm's events ask
        for one more after it (one per event filled the workers every window shares, and
        an older listing answered last hid the volumes made meanwhile)."""
        pool = self.pool.currentData()
        if not pool:
            return
        if pool in self._names_out:
            self._names_stale.add(pool)
            return
        self._names_out.add(pool)
        self.conn.run(volops.volume_names, pool, context=self,
                      done=partial(self._got_names, pool),
                      failed=lambda _exc: self._got_names(pool, None))  # gone: the pools follow

    def _got_names(self, pool: str, names: frozenset[str] | None) -> None:
        self._names_out.discard(pool)
        if names is not None:
            self._names[pool] = names
        if pool in self._names_stale:
            self._names_stale.discard(pool)
            if pool == self.pool.currentData():  # another is read when chosen
                self._read_names()

    def _pool_kind(self) -> PoolType | None:
        rec = next((r for r in self.conn.pools.records() if r.name == self.pool.currentData()), None)
        return pool_kind(rec) if rec is not None else None

    def _image_files(self) -> bool:
        """Whether the chosen pool holds image files (else its volumes are raw devices)."""
        kind = self._pool_kind()
        return kind is None or kind.info.holds_image_files

    def _volume_name(self) -> str:
        taken = len(self.doc.disk_targets())
        return f"{self.doc.name or 'vm'}-{taken + 1}.qcow2"

    def _format_changed(self, _index: int) -> None:
        if self._image_files():  # else raw by the pool, not by the user
            self._file_format = self.format.currentData()
        # Only a format's own ending follows the format: 'my.disk' is the user's name.
        base, dot, ending = self.volume.text().rpartition(".")
        if dot and ending in VOLUME_FORMATS:
            self.volume.setText(f"{base}.{self.format.currentData()}")

    def _mode_changed(self, *_args: object) -> None:
        cdrom = self.device.currentData() == "cdrom"
        if cdrom:
            self.existing.setChecked(True)
            if self.bus.currentData() == "virtio":
                self.bus.setCurrentIndex(self.bus.findData("sata"))
        self.new_volume.setEnabled(not cdrom and self.pool.count() > 0)
        if not self.pool.count():  # every pool stopped meanwhile: nothing to create in
            self._new_volume_taken |= self.new_volume.isChecked()
            self.existing.setChecked(True)
        elif self._new_volume_taken and not cdrom:
            self._new_volume_taken = False
            self.new_volume.setChecked(True)
        creating = self.new_volume.isChecked()
        for w in (self.pool, self.volume, self.capacity):
            w.setEnabled(creating)
        files = self._image_files()
        # An LV, a partition, a zvol: a raw device; back in a pool of files, the user's format.
        self.format.setCurrentIndex(self.format.findData(self._file_format if files else "raw"))
        self.format.setEnabled(creating and files)
        self.path.setEnabled(not creating)
        self.readonly.setEnabled(not cdrom)

    def _mode_chosen(self, *_args: object) -> None:
        self._new_volume_taken = False  # the user's own choice now, kept

    def _want_block_guess(self, *_args: object) -> None:
        self.path_note.check(self.path.text() if self.existing.isChecked() else "")

    def validate(self) -> str | None:
        device = self.device.currentData()
        if problem := validate_disk_bus(device, self.bus.currentData()):
            return say(problem)
        if self.new_volume.isChecked():
            name = self.volume.text().strip()
            if not self.pool.currentData():
                return self.tr("Choose a storage pool")
            if not name or "/" in name or name.startswith("."):
                return self.tr("Enter a volume name without '/'")
            # The storage layer's other checks (a control character, a name too long for a
            # file, LVM's rules).
            context = VolumeContext(self._pool_kind() or PoolType.DIR,
                                    self._names.get(self.pool.currentData(), frozenset()))
            return next((say(p.words) for p in validate_volume(VolumeSpec(name=name), context)
                         if p.field == "name"), None)
        path = self.path.text().strip()
        if device == "cdrom" and not path:
            return None  # an empty drive
        if not os.path.isabs(path):
            return self.tr("Enter the absolute path of the image")
        if device == "disk" and (used := image_user(path, self.doc, self.live)):
            return used
        return self.image.problem(path)

    def then(self, act: Callable[[], None], say: Callable[[str], None]) -> None:
        if self.new_volume.isChecked():
            act()
        else:
            self.image.then(self.path.text().strip(), act, say)

    def _spec(self, path: str | None) -> DiskSpec:
        device = self.device.currentData()
        fmt = self.format.currentData() if self.new_volume.isChecked() else None
        if fmt is None and path and device == "disk":
            fmt = "qcow2" if path.endswith(".qcow2") else "raw"
        return DiskSpec(path=path, device=device, bus=self.bus.currentData(), format=fmt,
                        readonly=self.readonly.isChecked())

    def job(self) -> Job:
        # A disk removed from the definition stays in the running VM until its restart:
        # a live attach on its target is refused.
        taken = tuple(dict.fromkeys(self.doc.disk_targets()
                                    + (self.live.disk_targets() if self.live else [])))
        if self.new_volume.isChecked():
            # Read on the GUI thread: the worker gets the spec, never the widgets.
            return domainops.add_disk_on_new_volume, (
                self.pool.currentData(), self.volume.text().strip(), self.capacity.value() * GIB,
                self.format.currentData(), partial(disk_xml_at, self._spec(None), taken))
        path = self.path.text().strip() or None
        if path:
            # The image's format, and a remote host's word on whether it is a block device,
            # are read in the worker; the name's guess is the fallback.
            return domainops.add_disk_on_image, (
                path, self.conn.is_local,
                partial(disk_xml_in, self._spec(path), taken, self.image.seen_block(path)),
                self.tr("New disk"))
        xml = to_xml(build_disk(self._spec(path), taken))
        return domainops.apply_change, (domainops.add_device(xml, self.tr("New disk")),)


def image_user(path: str, doc: DomainDoc, live: DomainDoc | None, own: str = "") -> str | None:
    """Which other disk of the VM (not ``own``, a key) uses the image ``path``, said; else
    None. Two disks on one image: the guest writes it through both and wrecks it."""
    for other in doc.devices():
        if other.key != own and isinstance(other, Disk) and other.kind is Kind.DISK \
                and other.path == path:
            return fill(QCoreApplication.translate("DiskForm", "%1 of this VM already uses %2"),
                        say(other.title), path)
    # A disk removed from the definition (or given another image) keeps its image in the
    # running VM until its restart.
    for other in live.devices() if live else []:
        if other.key != own and isinstance(other, Disk) and other.kind is Kind.DISK \
                and other.path == path:
            return fill(QCoreApplication.translate("DiskForm", "%1 of the running VM still uses %2"),
                        say(other.title), path)
    return None


def disk_xml_at(spec: DiskSpec, taken: tuple[str, ...], path: str, fmt: str, block: bool) -> str:
    """The disk's XML once its new volume has a path, in the format and of the kind its
    pool's type gives it (in the worker: plain data only)."""
    return to_xml(build_disk(replace(spec, path=path, format=fmt, block=block), taken))


def disk_xml_in(spec: DiskSpec, taken: tuple[str, ...], seen_block: bool | None,
                fmt: domainops.ImageFormat | None, host_block: bool | None) -> str:
    """The disk's XML once its image's format is known (None: as the spec guessed), a file
    or a block device as ``block_device`` tells."""
    block = block_device(spec.path or "", seen_block, host_block)
    return to_xml(build_disk(replace(spec, format=fmt or spec.format, block=block), taken))


class SerialForm(HardwareForm):
    device_kind = Kind.SERIAL
    title = QT_TRANSLATE_NOOP("AddHardwareDialog", "Serial port or console")
    new_name = QT_TRANSLATE_NOOP("AddHardwareDialog", "New serial port or console")

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None, *,
                 live: DomainDoc | None = None) -> None:
        super().__init__(conn, doc, parent, live=live)
        self.kind = _row(self.form, self.tr("&Type:"), QComboBox(self), self.tr("Serial device type"))
        self.kind.addItem(self.tr("Serial port (pty)"), "serial")
        self.kind.addItem(self.tr("Virtio console (pty)"), "console")

    def _next_port(self, kind: Kind) -> int:
        """The lowest port no device of this kind has (a removed port 0 leaves a gap), in
        the definition or the running VM (a port removed stays there until its restart)."""
        devices = self.doc.devices() + (self.live.devices() if self.live else [])
        taken = {d.node.xpath("string(target/@port)") for d in devices if d.kind is kind}
        return next(port for port in range(len(taken) + 1) if str(port) not in taken)

    def job(self) -> Job:
        if self.kind.currentData() == "serial":
            port = self._next_port(Kind.SERIAL)
            xml, what = to_xml(build_serial(SerialSpec(port))), fill(self.tr("New serial port %1"),
                                                                     port)
        else:
            port = self._next_port(Kind.CONSOLE)
            xml, what = to_xml(build_console(ConsoleSpec("virtio", port))), \
                self.tr("New virtio console")
        return domainops.apply_change, (domainops.add_device(xml, what),)


class RngForm(HardwareForm):
    device_kind = Kind.RNG
    title = QT_TRANSLATE_NOOP("AddHardwareDialog", "Random number generator")
    new_name = QT_TRANSLATE_NOOP("AddHardwareDialog", "New random number generator")

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None) -> None:
        super().__init__(conn, doc, parent)
        self.backend = _row(self.form, self.tr("Host &source:"), QComboBox(self),
                            self.tr("Host entropy source"))
        self.backend.setEditable(True)
        self.backend.addItems(["/dev/urandom", "/dev/random", "/dev/hwrng"])

    def validate(self) -> str | None:
        # No spaces or control characters: device names have none (a NUL cannot even be
        # written into the XML).
        if not re.fullmatch(r"/dev/[^\s\x00-\x1f\x7f]+", self.backend.currentText().strip()):
            return self.tr("The entropy source is a host device such as /dev/urandom")
        return None

    def job(self) -> Job:
        xml = to_xml(build_rng(RngSpec(backend=self.backend.currentText().strip())))
        return domainops.apply_change, (domainops.add_device(xml, self.tr("New RNG")),)


class DisplayForm(HardwareForm):
    device_kind = Kind.GRAPHICS
    title = QT_TRANSLATE_NOOP("AddHardwareDialog", "Display (VNC or SPICE)")
    new_name = QT_TRANSLATE_NOOP("AddHardwareDialog", "New display (VNC or SPICE)")

    def __init__(self, conn: Connection, doc: DomainDoc, parent: QWidget | None = None) -> None:
        super().__init__(conn, doc, parent)
        self.kind = _row(self.form, self.tr("&Type:"), QComboBox(self), self.tr("Display type"))
        self.kind.addItem("VNC", "vnc")  # protocol names
        self.kind.addItem("SPICE", "spice")
        self.listen = _row(self.form, self.tr("&Listen on:"), QComboBox(self),
                           self.tr("Display listens on"))
        self.listen.addItem(fill(self.tr("This host only (%1)"), "127.0.0.1"), "127.0.0.1")
        self.listen.addItem(fill(self.tr("Every address of the host (%1)"), "0.0.0.0"), "0.0.0.0")

    def validate(self) -> str | None:
        if any(d.kind is Kind.GRAPHICS for d in self.doc.devices()):
            return self.tr("This VM already has a display")
        return None

    def job(self) -> Job:
        spec = GraphicsSpec(self.kind.currentData(), self.listen.currentData())
        return domainops.apply_change, (domainops.add_device(to_xml(build_graphics(spec)),
                                                             self.tr("New display")),)
