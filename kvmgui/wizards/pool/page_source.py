"""Page 2: where the pool's storage comes from, with the fields its type uses (servers,
share, devices, adapter, iSCSI names, login, source name and format, mount options), and a
search for sources the host can see (NFS exports, volume groups, iSCSI targets …).

The search runs in a worker (the wizard runs it: pages never call libvirt); the search
box (``search.py``) shows a busy bar and a Cancel button meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from kvmgui.libvirt.poolops import copy_source
from kvmgui.widgets.examples import set_example
from kvmgui.wizards.pool.fields import Form, keys
from kvmgui.wizards.pool.page import SpecPage
from kvmgui.wizards.pool.search import SourceSearch
from kvmgui.wizards.pool.state import PoolWizardState
from kvmgui.xml.pool_spec import AdapterKind, AdapterSpec, AuthSpec, HostSpec, PoolSpec
from kvmgui.xml.pool_types import Field, PoolType
from kvmgui.xml.storage_check import Problem, error
from kvmgui.xml.words import QT_TRANSLATE_NOOP

SINGLE_DEVICE = (PoolType.FS, PoolType.DISK)
OWNED = frozenset(f.value for f in Field)  # the problem keys of this page start with these


def parse_hosts(text: str) -> list[HostSpec] | None:
    """"mon1, mon2:6789, [2001:db8::1]:6789" → hosts (a bare IPv6 address has no port);
    None if a port is not a number."""
    hosts = []
    for part in text.replace(";", ",").split(","):
        item = part.strip()
        if not item:
            continue
        name, port = item, None
        if item.startswith("["):  # [IPv6]:port
            end = item.find("]")
            name, rest = item[1:end], item[end + 1:]
            if rest.startswith(":"):
                port = rest[1:]
        elif item.count(":") == 1:
            name, port = item.split(":")
        if port is not None:
            if not port.isdecimal():  # not isdigit: int() refuses "²"
                return None
            hosts.append(HostSpec(name.strip(), int(port)))
        else:
            hosts.append(HostSpec(name.strip()))
    return hosts


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class SourcePage(SpecPage):
    """Signals:
        searchRequested(int, object): look for sources: (search number, a PoolSpec with
            the type and where to look); answered through ``show_sources`` or
            ``search_failed``.
    """

    searchRequested = Signal(int, object)

    def __init__(self, state: PoolWizardState) -> None:
        super().__init__(state, self.tr("Source"), self.tr("Tell libvirt where the pool's storage is."))
        self.form = form = Form(self, self.marks)

        self.host = QLineEdit(self)
        set_example(self.host, "nas.example.com")
        form.field(self.tr("&Server:"), self.host, self.tr("Server"), keys("hosts[0].name", "hosts"))
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(self.tr("Default"))
        form.field(self.tr("&Port:"), self.port, self.tr("Port"), keys("hosts[0].port"))
        # The search for sources (types libvirt can scan for them).
        self.search = SourceSearch(self)
        self._searched_for: PoolType | None = None  # the type the search's sources are of
        form.below(self.search)
        self.more_hosts = QLineEdit(self)
        set_example(self.more_hosts, "mon2.example.com, mon3.example.com:6789")
        form.field(self.tr("&More monitors:"), self.more_hosts, self.tr("More monitors"),
                   lambda key: key.startswith("hosts[") and not key.startswith("hosts[0]"))
        self.source_format = QComboBox(self)
        form.field(self.tr("Fo&rmat:"), self.source_format, self.tr("Source format"), keys("source_format"))
        self.source_dir = QLineEdit(self)
        form.field(self.tr("&Directory:"), self.source_dir, self.tr("Source path"), keys("source_dir"))
        self.source_name = QLineEdit(self)
        form.field(self.tr("Source &name:"), self.source_name, self.tr("Source name"), keys("source_name"))
        self.device = QLineEdit(self)
        set_example(self.device, "/dev/sdb1")
        form.field(self.tr("De&vice:"), self.device, self.tr("Device"), keys("devices"))
        self.devices = QPlainTextEdit(self)
        set_example(self.devices, "/dev/sdb\n/dev/sdc")
        self.devices.setTabChangesFocus(True)
        self.devices.setMaximumHeight(70)
        form.field(self.tr("De&vices (one per line):"), self.devices, self.tr("Devices"), keys("devices"))
        self.adapter_kind = QComboBox(self)
        self.adapter_kind.addItem(self.tr("SCSI host adapter"), AdapterKind.SCSI_HOST)
        self.adapter_kind.addItem(self.tr("Fibre Channel vHBA (NPIV)"), AdapterKind.FC_HOST)
        form.field(self.tr("&Adapter:"), self.adapter_kind, self.tr("Adapter type"))
        self.adapter_name = QLineEdit(self)
        set_example(self.adapter_name, "host0")
        form.field(self.tr("Adapter na&me:"), self.adapter_name, self.tr("Adapter name"),
                   keys("adapter.name"))
        self.wwnn = QLineEdit(self)
        form.field(self.tr("&WWNN:"), self.wwnn, self.tr("World wide node name"), keys("adapter.wwnn"))
        self.wwpn = QLineEdit(self)
        form.field(self.tr("WW&PN:"), self.wwpn, self.tr("World wide port name"), keys("adapter.wwpn"))
        self.adapter_parent = QLineEdit(self)
        self.adapter_parent.setPlaceholderText(self.tr("chosen by libvirt"))
        form.field(self.tr("Parent &HBA:"), self.adapter_parent, self.tr("Parent adapter"))
        self.iqn = QLineEdit(self)
        set_example(self.iqn, "iqn.2024-01.com.example:storage")
        form.field(self.tr("&Target IQN:"), self.iqn, self.tr("Target IQN"), keys("iqn"))
        self.initiator = QLineEdit(self)
        self.initiator.setPlaceholderText(self.tr("the host's own"))
        form.field(self.tr("&Initiator IQN:"), self.initiator, self.tr("Initiator IQN"), keys("initiator"))
        self.auth = QCheckBox(self.tr("&Log in with a user name and a libvirt secret"), self)
        form.widget(self.auth, self.tr("Log in"))
        self.username = QLineEdit(self)
        form.field(self.tr("&User name:"), self.username, self.tr("User name"), keys("auth.username"))
        self.secret = QLineEdit(self)
        self.secret.setPlaceholderText(self.tr("the secret's UUID or usage name"))
        form.field(self.tr("S&ecret:"), self.secret, self.tr("Secret"), keys("auth.secret"))
        self.mount_options = QPlainTextEdit(self)
        set_example(self.mount_options, "vers=4.2\nnosuid")
        self.mount_options.setTabChangesFocus(True)
        self.mount_options.setMaximumHeight(60)
        form.field(self.tr("&Mount options (one per line):"), self.mount_options,
                   self.tr("Mount options"), keys("mount_options"))


        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)

        self.reload()
        for edit in (self.host, self.more_hosts, self.source_dir, self.source_name, self.device,
                     self.adapter_name, self.wwnn, self.wwpn, self.adapter_parent, self.iqn,
                     self.initiator, self.username, self.secret):
            edit.textChanged.connect(self.edited)
        for text in (self.devices, self.mount_options):
            text.textChanged.connect(self.edited)
        self.port.valueChanged.connect(self.edited)
        self.source_format.currentIndexChanged.connect(self.edited)
        self.adapter_kind.currentIndexChanged.connect(self.edited)
        self.auth.toggled.connect(self.edited)
        self.search.findClicked.connect(self.find_sources)
        self.search.chosen.connect(self._source_chosen)
        state.validated.connect(self._arrange)
        state.contextChanged.connect(self._formats)

    # -- spec --------------------------------------------------------------------------------

    def owns(self, key: str) -> bool:
        return key.partition("[")[0].partition(".")[0] in OWNED

    def initializePage(self) -> None:
        if self._searched_for is not self.state.spec.type:
            self.search.reset()  # sources of another type (or its awaited answer) do not fit
            self._searched_for = None
        self._formats()
        self.reload()
        self._arrange()
        self.state.edited()

    def _formats(self) -> None:
        """The source formats the host offers for the type (its capabilities, else libvirt 9's)."""
        spec = self.state.spec
        caps = self.state.caps
        formats = caps.source_formats(spec.type) if caps is not None else spec.type.info.source_formats
        current = spec.source_format or spec.type.info.default_source_format or ""
        self._loading = True
        self.source_format.clear()
        for fmt in formats:
            self.source_format.addItem(fmt, fmt)
        self.source_format.setCurrentIndex(max(self.source_format.findData(current), 0))
        self._loading = False

    def load(self) -> None:
        spec = self.state.spec
        first = spec.hosts[0] if spec.hosts else HostSpec()
        self.host.setText(first.name)
        self.port.setValue(first.port or 0)
        self.more_hosts.setText(", ".join(
            h.name if h.port is None else f"[{h.name}]:{h.port}" if ":" in h.name else f"{h.name}:{h.port}"
            for h in spec.hosts[1:]))
        self.source_dir.setText(spec.source_dir)
        self.source_name.setText(spec.source_name)
        self.device.setText(spec.devices[0] if spec.devices else "")
        self.devices.setPlainText("\n".join(spec.devices))
        self.adapter_kind.setCurrentIndex(self.adapter_kind.findData(spec.adapter.kind))
        self.adapter_name.setText(spec.adapter.name)
        self.wwnn.setText(spec.adapter.wwnn)
        self.wwpn.setText(spec.adapter.wwpn)
        self.adapter_parent.setText(spec.adapter.parent)
        self.iqn.setText(spec.iqn)
        self.initiator.setText(spec.initiator)
        self.auth.setChecked(spec.auth.enabled)
        self.username.setText(spec.auth.username)
        self.secret.setText(spec.auth.secret_uuid or spec.auth.secret_usage)
        self.mount_options.setPlainText("\n".join(spec.mount_options))
        index = self.source_format.findData(spec.source_format)
        if index >= 0:
            self.source_format.setCurrentIndex(index)

    def store(self) -> None:
        spec = self.state.spec
        more = parse_hosts(self.more_hosts.text()) if spec.type.info.max_hosts > 1 else []
        spec.hosts = [HostSpec(self.host.text().strip(), self.port.value() or None), *(more or [])]
        spec.source_dir = self.source_dir.text().strip()
        spec.source_name = self.source_name.text().strip()
        if spec.type in SINGLE_DEVICE:
            spec.devices = [self.device.text().strip()] if self.device.text().strip() else []
        else:
            spec.devices = lines(self.devices.toPlainText())
        spec.adapter = AdapterSpec(AdapterKind(self.adapter_kind.currentData()), self.adapter_name.text(),
                                   self.wwnn.text(), self.wwpn.text(), self.adapter_parent.text())
        spec.iqn = self.iqn.text().strip()
        spec.initiator = self.initiator.text().strip()
        secret = self.secret.text().strip()
        is_uuid = len(secret) == 36 and secret.count("-") == 4
        spec.auth = AuthSpec(self.auth.isChecked(), self.username.text().strip(),
                             secret if is_uuid else "", "" if is_uuid else secret)
        if spec.type.info.uses(Field.SOURCE_FORMAT) and self.source_format.count():
            spec.source_format = str(self.source_format.currentData() or "")
        spec.mount_options = lines(self.mount_options.toPlainText())

    def local_problems(self) -> list[Problem]:
        if self.state.spec.type.info.max_hosts > 1 and parse_hosts(self.more_hosts.text()) is None:
            return [error("hosts[1].port", QT_TRANSLATE_NOOP(
                "PoolWizard", "Write the monitors as host or host:port, separated by commas."))]
        return []

    # -- which fields the type uses ---------------------------------------------------------

    def _arrange(self, *_args: object) -> None:
        spec = self.state.spec
        info = spec.type.info
        uses = info.uses
        form = self.form
        show = form.set_visible
        show(self.host, uses(Field.HOSTS))
        show(self.port, uses(Field.HOSTS))
        show(self.more_hosts, info.max_hosts > 1)
        show(self.source_format, uses(Field.SOURCE_FORMAT))
        show(self.source_dir, uses(Field.SOURCE_DIR))
        show(self.source_name, uses(Field.SOURCE_NAME))
        show(self.device, uses(Field.DEVICES) and spec.type in SINGLE_DEVICE)
        show(self.devices, uses(Field.DEVICES) and spec.type not in SINGLE_DEVICE)
        adapter = uses(Field.ADAPTER)
        fc = AdapterKind(self.adapter_kind.currentData()) is AdapterKind.FC_HOST
        show(self.adapter_kind, adapter)
        show(self.adapter_name, adapter and not fc)
        for widget in (self.wwnn, self.wwpn, self.adapter_parent):
            show(widget, adapter and fc)
        show(self.iqn, uses(Field.IQN))
        show(self.initiator, uses(Field.INITIATOR))
        show(self.auth, uses(Field.AUTH))
        for widget in (self.username, self.secret):
            show(widget, uses(Field.AUTH) and self.auth.isChecked())
        show(self.mount_options, uses(Field.MOUNT_OPTIONS))
        self._labels(spec)
        form.set_visible(self.search, info.can_discover)
        self.search.set_ready(spec.type is PoolType.LOGICAL or bool(self.host.text().strip()))

    def _labels(self, spec: PoolSpec) -> None:
        labels = self.form.labels
        fmt = spec.effective_format
        if spec.type is PoolType.GLUSTER:
            labels[self.source_dir].setText(self.tr("Sub&directory (optional):"))
        elif fmt == "cifs":
            labels[self.source_dir].setText(self.tr("S&hare:"))
        elif fmt == "glusterfs":
            labels[self.source_dir].setText(self.tr("Gluster &volume:"))
        else:
            labels[self.source_dir].setText(self.tr("Exported &directory:"))
        name_labels = {PoolType.LOGICAL: self.tr("Volume &group:"), PoolType.RBD: self.tr("&Ceph pool:"),
                       PoolType.GLUSTER: self.tr("Gluster &volume:"), PoolType.ZFS: self.tr("ZFS &pool:")}
        labels[self.source_name].setText(name_labels.get(spec.type, self.tr("Source &name:")))
        format_labels = {PoolType.FS: self.tr("&File system:"), PoolType.NETFS: self.tr("P&rotocol:"),
                         PoolType.DISK: self.tr("Partition &table:")}
        labels[self.source_format].setText(format_labels.get(spec.type, self.tr("Fo&rmat:")))
        if spec.type is PoolType.LOGICAL:
            self.source_name.setPlaceholderText(self.tr("the pool's name"))
        else:
            self.source_name.setPlaceholderText("")

    # -- searching for sources ----------------------------------------------------------------

    def find_sources(self) -> None:
        """Ask the wizard to look where the fields say (the type, its server)."""
        spec = self.state.spec
        number = self.search.start()
        self._searched_for = spec.type
        host = HostSpec(self.host.text().strip(), self.port.value() or None)
        self.searchRequested.emit(number, PoolSpec(type=spec.type, hosts=[host], initiator=spec.initiator))

    def show_sources(self, number: int, found: list[PoolSpec]) -> None:
        self.search.show_sources(number, found)

    def search_failed(self, number: int, text: str) -> None:
        self.search.failed(number, text)

    def _source_chosen(self, found: PoolSpec) -> None:
        copy_source(found, self.state.spec)
        self.reload()
        self.state.edited()
