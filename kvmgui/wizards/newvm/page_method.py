"""Page 1: the host to create the VM on, and where its operating system comes from."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.newvm_images import backing
from kvmgui.utils.tr import fill, without_mnemonic
from kvmgui.widgets.examples import set_example
from kvmgui.wizards.newvm.choosers import PathField, VolumeChooser
from kvmgui.wizards.newvm.fields import Form, exactly, keys, message_line, show_messages
from kvmgui.wizards.newvm.page import SpecPage, fill_line
from kvmgui.wizards.newvm.state import Message, WizardState
from kvmgui.xml.newvm_spec import DiskFormat, InstallMethod
from kvmgui.xml.words import QT_TRANSLATE_NOOP

M = InstallMethod
T = QCoreApplication.translate
# Methods as offered, with their words (translated when shown).
METHODS: list[tuple[InstallMethod, str]] = [
    (M.ISO_FILE, QT_TRANSLATE_NOOP("MethodPage", "Install from an &ISO image file")),
    (M.ISO_VOLUME, QT_TRANSLATE_NOOP("MethodPage", "Install from an ISO &volume in a storage pool")),
    (M.HOST_CDROM, QT_TRANSLATE_NOOP("MethodPage", "Install from the host's &CD-ROM drive")),
    (M.IMPORT_DISK, QT_TRANSLATE_NOOP("MethodPage", "I&mport an existing disk image")),
    (M.KERNEL, QT_TRANSLATE_NOOP("MethodPage", "Boot a &kernel and initrd directly")),
    (M.PXE, QT_TRANSLATE_NOOP("MethodPage", "Boot from the network (&PXE)")),
    (M.CLOUD_IMAGE, QT_TRANSLATE_NOOP("MethodPage", "Start from a c&loud image, set up with cloud-init")),
]


class MethodPage(SpecPage):
    """Signals:
        connectionChosen(Connection): the user chose another host.
    """

    connectionChosen = Signal(object)

    def __init__(self, state: WizardState, connections: list[Connection]) -> None:
        super().__init__(state, self.tr("Connection and install method"),
                         self.tr("Choose the host and how the operating system gets onto the VM."),
                         keys("host", "install"))
        self.offered = list(connections)  # the hosts one may choose (connected ones)
        self.connections: list[Connection] = []  # as listed: those, and the wizard's own
        form = Form(self, self.marks)
        self.connection = QComboBox(self)
        form.field(self.tr("&Host:"), self.connection, self.tr("Host"))
        self.host_status = message_line(self, self.tr("Host status"))
        form.below(self.host_status)

        self.method_group = QButtonGroup(self)
        self.method_buttons: dict[InstallMethod, QRadioButton] = {}
        methods = QWidget(self)
        column = QVBoxLayout(methods)
        column.setContentsMargins(0, 0, 0, 0)
        for i, (method, text) in enumerate(METHODS):
            button = QRadioButton(T("MethodPage", text), methods)
            button.setAccessibleName(without_mnemonic(T("MethodPage", text)))
            self.method_group.addButton(button, i)
            self.method_buttons[method] = button
            column.addWidget(button)
        self.remote_note = QLabel(self.tr("Files on a remote host are offered through its storage "
                                          "pools: put ISO images and cloud images into a pool."), methods)
        self.remote_note.setWordWrap(True)
        column.addWidget(self.remote_note)
        form.field(self.tr("Install method:"), methods, self.tr("Install method"),
                   buddy=self.method_buttons[M.ISO_FILE])

        self.details = QStackedWidget(self)
        self.details.setAccessibleName(self.tr("Install source"))
        self.iso_file = PathField(self.tr("ISO image"), "/var/lib/libvirt/images/debian.iso",
                                  self.tr("ISO images (*.iso)"))
        self.iso_volume = VolumeChooser(self.tr("ISO volume"), (".iso",))
        self.cdrom = QLineEdit()
        self.kernel = PathField(self.tr("Kernel"), "/var/lib/libvirt/boot/vmlinuz")
        self.initrd = PathField(self.tr("Initrd"), "/var/lib/libvirt/boot/initrd.img")
        self.cmdline = QLineEdit()
        self.dtb = PathField(self.tr("Device tree (DTB)"), self.tr("optional"))
        self.base_kind = QComboBox()
        self.base_kind.addItem(self.tr("An image file on the host"), "file")
        self.base_kind.addItem(self.tr("A volume in a storage pool"), "volume")
        self.base_file = PathField(self.tr("Cloud image file"), "/var/lib/libvirt/images/cloud.qcow2",
                                   self.tr("Disk images (*.img *.qcow2 *.raw)"))
        self.base_volume = VolumeChooser(self.tr("Cloud image volume"), (".qcow2", ".img", ".raw"))
        self.base_format = QComboBox()
        self.base_format.addItem(self.tr("qcow2"), "qcow2")
        self.base_format.addItem(self.tr("raw"), "raw")
        self._base_asked: tuple[Connection, str, str] | None = None  # (host, pool, volume or path)
        self._base_reads = 0  # the last read's number: an earlier answer is stale
        self._forms: dict[InstallMethod, QWidget] = {}
        self._build_details()

        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.reload()
        self.connection.currentIndexChanged.connect(self._connection_chosen)
        self.method_group.idToggled.connect(lambda _i, on: self.edited() if on else None)
        for field in (self.iso_file, self.iso_volume, self.kernel, self.initrd, self.dtb,
                      self.base_file, self.base_volume):
            field.changed.connect(self.edited)
        for edit in (self.cdrom, self.cmdline):
            edit.textChanged.connect(self.edited)
        self.base_kind.currentIndexChanged.connect(self._base_kind_changed)
        self.base_format.currentIndexChanged.connect(self.edited)
        state.factsChanged.connect(self.reload)
        state.poolsChanged.connect(self.reload)
        state.lookingAgain.connect(self._read_base_again)

    def _build_details(self) -> None:
        def form_page(method: InstallMethod) -> Form:
            holder = QWidget(self.details)
            form = Form(holder, self.marks)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.addLayout(form.layout)
            box.addStretch(1)
            self.details.addWidget(holder)
            self._forms[method] = holder
            return form

        f = form_page(M.ISO_FILE)
        f.field(self.tr("IS&O image:"), self.iso_file, self.tr("ISO image"), exactly("install.iso_path"),
                buddy=self.iso_file.edit)
        f = form_page(M.ISO_VOLUME)
        f.field(self.tr("IS&O volume:"), self.iso_volume, self.tr("ISO volume"),
                exactly("install.iso_volume"), buddy=self.iso_volume.volume)
        f = form_page(M.HOST_CDROM)
        set_example(self.cdrom, "/dev/sr0")
        f.field(self.tr("CD-ROM &device:"), self.cdrom, self.tr("CD-ROM device"),
                exactly("install.cdrom_device"))
        f = form_page(M.IMPORT_DISK)
        f.below(_note(self.tr("Choose the disk image or volume on the Storage page; the VM boots it "
                              "as it is."), self))
        f = form_page(M.KERNEL)
        f.field(self.tr("K&ernel:"), self.kernel, self.tr("Kernel"), exactly("install.kernel"),
                buddy=self.kernel.edit)
        f.field(self.tr("Initr&d:"), self.initrd, self.tr("Initrd"), exactly("install.initrd"),
                buddy=self.initrd.edit)
        set_example(self.cmdline, "console=ttyS0 root=/dev/vda1")
        f.field(self.tr("Kernel &arguments:"), self.cmdline, self.tr("Kernel arguments"),
                exactly("install.cmdline"))
        f.field(self.tr("Device &tree:"), self.dtb, self.tr("Device tree (DTB)"), exactly("install.dtb"),
                buddy=self.dtb.edit)
        f.below(_note(self.tr("Paths on the host. The VM boots this kernel directly, without firmware "
                              "or boot loader."), self))
        f = form_page(M.PXE)
        f.below(_note(self.tr("The VM boots from the network: its network needs a PXE (DHCP + TFTP) "
                              "server."), self))
        f = form_page(M.CLOUD_IMAGE)
        f.field(self.tr("Cloud image &source:"), self.base_kind, self.tr("Cloud image source"))
        f.field(self.tr("Cloud image &file:"), self.base_file, self.tr("Cloud image file"),
                exactly("install.base"), buddy=self.base_file.edit)
        f.field(self.tr("Cloud image vol&ume:"), self.base_volume, self.tr("Cloud image volume"),
                exactly("install.base"), buddy=self.base_volume.volume)
        f.field(self.tr("Image fo&rmat:"), self.base_format, self.tr("Cloud image format"))
        f.below(_note(self.tr("The image stays unchanged: the VM's disk is a new volume that keeps "
                              "only its changes."), self))
        self._cloud_form = f

    # -- spec ---------------------------------------------------------------------------

    def set_hosts(self, hosts: list[Connection]) -> None:
        """Offer these hosts (as they connect, disconnect, come and go); the wizard's own
        stays listed until another is chosen."""
        self.offered = list(hosts)
        self._loading = True
        try:
            self._list_hosts()
        finally:
            self._loading = False

    def _list_hosts(self) -> None:
        conn = self.state.conn
        listed = self.offered if conn in self.offered else [*self.offered, conn]
        names = [fill(self.tr("%1 (removed)"), host.display_name)
                 if host is conn and self.state.host_removed else host.display_name for host in listed]
        if listed != self.connections or names != [self.connection.itemText(i) for i in range(len(listed))]:
            self.connections = listed
            self.connection.clear()
            self.connection.addItems(names)
        self.connection.setCurrentIndex(listed.index(conn))

    def load(self) -> None:
        spec, facts = self.state.spec, self.state.facts
        conn = self.state.conn
        self._list_hosts()
        local = facts.local if facts is not None else conn.is_local
        inst = spec.install
        self.method_buttons[inst.method].setChecked(True)
        self.method_buttons[M.ISO_FILE].setEnabled(local)
        self.remote_note.setVisible(not local)
        for field in (self.iso_file, self.kernel, self.initrd, self.dtb, self.base_file):
            field.set_local(local)
        self.iso_file.set_text(inst.iso_path)
        pools = facts.pools if facts is not None else {}
        self.iso_volume.set_pools(pools, inst.iso_pool or _first_pool(pools), inst.iso_volume)
        fill_line(self.cdrom, inst.cdrom_device)
        self.kernel.set_text(inst.kernel)
        self.initrd.set_text(inst.initrd)
        fill_line(self.cmdline, inst.cmdline)
        self.dtb.set_text(inst.dtb)
        by_volume = bool(inst.base_volume) or not local
        self.base_kind.setCurrentIndex(1 if by_volume else 0)
        self.base_kind.setEnabled(local)
        self.base_file.set_text(inst.base_path)
        self.base_volume.set_pools(pools, inst.base_pool or _first_pool(pools), inst.base_volume)
        self.base_format.setCurrentIndex(max(self.base_format.findData(inst.base_format), 0))
        self._show_method(inst.method)
        self._want_base_format()

    def store(self) -> None:
        inst = self.state.spec.install
        checked = self.method_group.checkedId()
        inst.method = METHODS[checked][0] if checked >= 0 else M.ISO_FILE
        inst.iso_path = self.iso_file.text()
        inst.iso_pool, inst.iso_volume = self.iso_volume.pool_name(), self.iso_volume.volume_name()
        inst.cdrom_device = self.cdrom.text().strip()
        inst.kernel, inst.initrd, inst.dtb = self.kernel.text(), self.initrd.text(), self.dtb.text()
        inst.cmdline = self.cmdline.text().strip()
        if self.base_kind.currentData() == "volume":
            inst.base_pool, inst.base_volume = self.base_volume.pool_name(), self.base_volume.volume_name()
        else:
            inst.base_pool, inst.base_volume = "", ""
        inst.base_path = self.base_file.text()
        inst.base_format = "raw" if self.base_format.currentData() == "raw" else "qcow2"
        self._show_method(inst.method)
        self._want_base_format()

    def _want_base_format(self, again: bool = False) -> None:
        """A cloud image's format and size as they are (read in a worker, as Finish reads
        them) when the image changes, or ``again`` (it may have been replaced in place):
        'Image format' shows its format (a raw base named qcow2 fails at Finish), the
        summary the size its overlay gets."""
        inst, conn = self.state.spec.install, self.state.conn
        image = (conn, inst.base_pool, inst.base_volume) if inst.base_volume else (conn, "", inst.base_path)
        if image == self._base_asked and not again:
            return
        if image != self._base_asked:
            self.state.base_size = 0
        self._base_asked = image
        self._base_reads += 1
        if not image[2] or inst.method is not M.CLOUD_IMAGE:
            self._base_asked = None  # asked again once a cloud image is chosen
            return
        read = self._base_reads
        conn.run(backing, self.state.copy_spec(), context=self,
                 done=lambda found: self._got_base(read, found[1], found[2]),
                 failed=lambda _exc: None)  # the validator says what is wrong with it

    def _read_base_again(self) -> None:
        if self._base_asked is not None:
            self._want_base_format(again=True)

    def _got_base(self, read: int, size: int, fmt: DiskFormat) -> None:
        if read != self._base_reads:
            return  # the user chose another since, or it is being read again
        self.state.base_size = size
        self.base_format.setCurrentIndex(max(self.base_format.findData(fmt), 0))
        self.state.revalidate()

    def _show_method(self, method: InstallMethod) -> None:
        self.details.setCurrentWidget(self._forms[method])
        by_volume = self.base_kind.currentData() == "volume"
        self._cloud_form.set_visible(self.base_file, not by_volume)
        self._cloud_form.set_visible(self.base_volume, by_volume)

    def _base_kind_changed(self) -> None:
        self._show_method(self.state.spec.install.method)
        self.edited()

    def _connection_chosen(self, index: int) -> None:
        if not self._loading and 0 <= index < len(self.connections):
            self.connectionChosen.emit(self.connections[index])

    def show_messages(self, mine: list[Message]) -> None:
        show_messages(self.host_status, [m for m in mine if m.field == "host"])


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def _first_pool(pools: Mapping[str, object]) -> str:
    if "default" in pools:
        return "default"
    return min(pools) if pools else ""
