"""Last page: the VM in words with what is still to fix, the exact XML that will be
defined (an editable tab for experts), and libvirt's error when Finish failed."""

from __future__ import annotations

import html
import math

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kvmgui.models.oslist import os_name
from kvmgui.models.words import say
from kvmgui.utils.tr import fill, number_text, size_text
from kvmgui.widgets.labels import MessageLine
from kvmgui.wizards.common.schema_check import SchemaCheck
from kvmgui.wizards.newvm.fields import message_line, set_invalid, show_messages
from kvmgui.wizards.newvm.page import SpecPage
from kvmgui.wizards.newvm.state import Level, Message, WizardState
from kvmgui.xml.base import XMLParseError, parse_xml
from kvmgui.xml.newvm_build import (
    NO_UEFI,
    disk_format,
    disk_volume_name,
    domain_xml,
    machine_type,
    nic_model,
    seed_pool,
    seed_volume_name,
)
from kvmgui.xml.newvm_problems import Code, error
from kvmgui.xml.newvm_spec import (
    MIB,
    DomainType,
    Firmware,
    GraphicsType,
    InstallMethod,
    NetworkKind,
    NewVmSpec,
    StorageKind,
)

MAX_SCHEMA_MESSAGES = 3


class SummaryPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Summary"),
                         self.tr("Check the VM. Finish creates exactly what the XML tab shows."),
                         lambda _key: True)  # every blocking message keeps Finish disabled
        self._hand_text = ""
        self.schema = SchemaCheck("domain", self)  # in a worker, once typing pauses
        self._schema_shown: list[Message] = []  # the last answer's, shown while the next is out
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Summary and XML"))
        words = QWidget(self.tabs)
        self.overview = QLabel(words)
        self.overview.setObjectName("VM summary")
        self.overview.setAccessibleDescription(self.tr("The new virtual machine"))
        self.overview.setWordWrap(True)
        self.problems = message_line(words, self.tr("Still to fix"))
        self.warnings = message_line(words, self.tr("Warnings"))
        column = QVBoxLayout(words)
        column.addWidget(self.overview)
        column.addWidget(self.problems)
        column.addWidget(self.warnings)
        column.addStretch(1)
        self.tabs.addTab(words, self.tr("&Summary"))

        xml_tab = QWidget(self.tabs)
        self.hand_edit = QCheckBox(self.tr("Edit the XML by &hand (the other pages then no longer "
                                           "change it)"), xml_tab)
        self.hand_edit.setAccessibleName(self.tr("Edit the XML by hand"))
        self.xml_label = QLabel(self.tr("&Domain XML that will be defined:"), xml_tab)
        self.xml = QPlainTextEdit(xml_tab)
        self.xml.setAccessibleName(self.tr("Domain XML"))
        self.xml.setReadOnly(True)
        self.xml.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.xml.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.xml_label.setBuddy(self.xml)
        self.xml_problem = message_line(xml_tab, self.tr("Domain XML problem"))
        column = QVBoxLayout(xml_tab)
        column.addWidget(self.hand_edit)
        column.addWidget(self.xml_label)
        column.addWidget(self.xml, 1)
        column.addWidget(self.xml_problem)
        self.tabs.addTab(xml_tab, self.tr("&XML"))

        self.result = MessageLine(self, description=self.tr("Result of Finish"))
        self.result.setObjectName("Result")
        # The wizard connects it: the virsh lines of what Finish would do, possible when Finish is
        # (not while a check of the XML runs, nor with a problem Finish waits on).
        self.command_button = QPushButton(self.tr("Show Co&mmand"), self)
        self.command_button.setAccessibleName(self.tr("Show command"))
        self._busy = False
        self.completeChanged.connect(self._follow_complete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.command_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        state.add_check(self.xml_messages)
        self.hand_edit.toggled.connect(self._hand_toggled)
        self.xml.textChanged.connect(self._xml_typed)
        self.schema.checked.connect(self.state.revalidate)

    # -- what Finish (and Customise) use -------------------------------------------------------

    def xml_text(self) -> str:
        return self.xml.toPlainText() if self.hand_edit.isChecked() else self._pages_xml()

    def _pages_xml(self) -> str:
        """The XML the pages make; "" while a text holds a character XML cannot (a control
        character: the validator names the field, and Finish stays disabled)."""
        try:
            return domain_xml(self.state.spec)
        except ValueError:
            return ""

    def set_hand_xml(self, text: str) -> None:
        """Show ``text`` as hand-edited XML (what came back from "Customise")."""
        self._hand_text = text
        if self.hand_edit.isChecked():
            self.xml.setPlainText(text)
        else:
            self.hand_edit.setChecked(True)

    def show_result(self, text: str, error: bool = True) -> None:
        if error:
            self.result.error(text)
        else:
            self.result.say(text)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.tabs.setEnabled(not busy)
        self._follow_complete()
        if busy:
            self.result.clear()

    def _follow_complete(self) -> None:
        self.command_button.setEnabled(not self._busy and self.isComplete())

    # -- spec, XML and messages ------------------------------------------------------------------

    def initializePage(self) -> None:
        self.result.clear()
        super().initializePage()

    def xml_messages(self) -> list[Message]:
        if not self.hand_edit.isChecked():
            self._schema_shown = []
            return []
        text = self.xml.toPlainText()
        try:
            root = parse_xml(text)
        except XMLParseError as err:
            self._schema_shown = []
            return [Message("xml", fill(self.tr("The XML does not parse: %1"), str(err)))]
        if root.tag != "domain":
            self._schema_shown = []
            text = self.tr("The root element must be <domain>, not <%1>.")
            return [Message("xml", fill(text, str(root.tag)))]
        found = self._schema_messages(text)
        if not any(m.code == "xml-schema" for m in found) and (topology := _topology_vcpus(root)) is not None:
            made, count = topology
            text = self.tr("The CPU topology makes %1 virtual CPUs but <vcpu> says %2: make them agree "
                           "(libvirt refuses the VM otherwise).")
            found.append(Message("xml", fill(text, made, count), Level.ERROR, "xml-topology"))
        name = (root.findtext("name") or "").strip()
        if name != self.state.spec.name and name in self.state.host_objects().vm_names:
            # libvirt would replace that VM if the XML is its own (its UUID too): a pasted XML.
            found.append(Message("xml", say(error("name", Code.NAME_TAKEN, name).words), Level.ERROR,
                                 Code.NAME_TAKEN.value))
        elif name != self.state.spec.name:
            text = self.tr("The XML names the VM '%1', the wizard '%2': the disk and seed volumes "
                           "are named after '%2'.")
            found.append(Message("xml", fill(text, name, self.state.spec.name), Level.WARNING, "xml-name"))
        owner = self.state.host_objects().vm_with_uuid(root.findtext("uuid") or "")
        if owner and owner != name:  # libvirt refuses it at the define, after the disk is made
            text = self.tr("The XML holds the UUID of the virtual machine '%1': remove its <uuid> line "
                           "(libvirt then makes one).")
            found.append(Message("xml", fill(text, owner), Level.ERROR, "xml-uuid"))
        return found

    def _schema_messages(self, text: str) -> list[Message]:
        """libvirt's schema on ``text``: its answer, or while the check runs in its worker
        the last answer's messages (not to blink at each key) and a wait that holds Finish."""
        answer = self.schema.answer(text)
        if answer is None:
            return [*self._schema_shown, Message("xml", "", Level.BUSY, "checking-xml")]
        problems, failure = answer
        found = [Message("xml", fill(self.tr("Line %1: %2"), str(line), message), Level.ERROR, "xml-schema")
                 for line, message in problems[:MAX_SCHEMA_MESSAGES]]
        if failure:
            found.append(Message("xml", fill(self.tr("Could not check the XML against libvirt's schema: %1"),
                                             failure), Level.WARNING, "xml-schema-failed"))
        self._schema_shown = found
        return found

    def _on_validated(self, messages: list[Message]) -> None:
        super()._on_validated(messages)
        if not self.hand_edit.isChecked():
            text = self._pages_xml()
            if text != self.xml.toPlainText():
                self.xml.blockSignals(True)
                self.xml.setPlainText(text)
                self.xml.blockSignals(False)
        errors = [m for m in messages
                  if m.level in (Level.ERROR, Level.NEEDED) and m.text and m.field != "xml"]
        warnings = [m for m in messages if m.level is Level.WARNING and m.text]
        self.problems.error(self._bullets(self.tr("Still to fix:"), errors))
        self.warnings.pending(self._bullets(self.tr("Worth a look:"), warnings))
        xml = [m for m in messages if m.field == "xml"]
        show_messages(self.xml_problem, xml)
        set_invalid(self.xml, [m.text for m in xml if m.level is Level.ERROR])
        self.overview.setText(self._overview())

    def _bullets(self, head: str, messages: list[Message]) -> str:
        texts = list(dict.fromkeys(m.text for m in messages))
        return head + "\n" + "\n".join(f"• {t}" for t in texts) if texts else ""

    def _hand_toggled(self, on: bool) -> None:
        self.xml.setReadOnly(not on)
        if on:
            self.xml.blockSignals(True)
            self.xml.setPlainText(self._hand_text or self.xml.toPlainText())  # never lost
            self.xml.blockSignals(False)
        self.state.revalidate()

    def _xml_typed(self) -> None:
        if self.hand_edit.isChecked():
            self._hand_text = self.xml.toPlainText()
            self.state.revalidate()

    # -- the VM in words ----------------------------------------------------------------------------

    def _overview(self) -> str:
        spec = self.state.spec
        rows = [
            (self.tr("Name"), spec.name or "—"),
            (self.tr("Host"), self.state.conn.display_name),
            (self.tr("Install"), self._install_words(spec)),
            (self.tr("Operating system"), os_name(spec.os.name)),
            (self.tr("Platform"), self._platform_words(spec)),
            (self.tr("Memory"), size_text(spec.memory_mib * MIB)),
            (self.tr("Virtual CPUs"), number_text(spec.vcpus)),
            (self.tr("Disk"), self._disk_words(spec)),
            (self.tr("Network"), self._network_words(spec)),
            (self.tr("Firmware"), self._firmware_words(spec)),
            (self.tr("Display"), self._display_words(spec)),
        ]
        if spec.uses_cloud_init:
            rows.append((self.tr("Cloud-init"), self._cloud_words(spec)))
        # One line per setting ("Name: linux"), not a table: a screen reader then reads the
        # label and its value together (as the network wizard's summary does).
        return "<br>".join(fill(self.tr("%1: %2"), f"<b>{html.escape(k)}</b>", html.escape(v))
                           for k, v in rows)

    def _install_words(self, spec: NewVmSpec) -> str:
        inst, m = spec.install, spec.install.method
        texts = {
            InstallMethod.ISO_FILE: fill(self.tr("ISO image %1"), inst.iso_path),
            InstallMethod.ISO_VOLUME: fill(self.tr("ISO volume %1 in pool %2"), inst.iso_volume,
                                           inst.iso_pool),
            InstallMethod.HOST_CDROM: fill(self.tr("the host's CD-ROM %1"), inst.cdrom_device),
            InstallMethod.IMPORT_DISK: self.tr("boot the existing disk"),
            InstallMethod.KERNEL: fill(self.tr("kernel %1"), inst.kernel),
            InstallMethod.PXE: self.tr("network boot (PXE)"),
            InstallMethod.CLOUD_IMAGE: fill(self.tr("cloud image %1"), inst.base_volume or inst.base_path),
        }
        return texts[m]

    def _platform_words(self, spec: NewVmSpec) -> str:
        kind = self.tr("KVM") if spec.domain_type is DomainType.KVM else self.tr("QEMU emulation")
        return fill(self.tr("%1, %2, %3"), spec.arch, machine_type(spec) or "—", kind)

    def _disk_words(self, spec: NewVmSpec) -> str:
        s = spec.storage
        if s.kind is StorageKind.NEW_VOLUME:
            size = s.capacity_bytes
            if spec.install.method is InstallMethod.CLOUD_IMAGE:
                size = max(size, self.state.base_size)  # the overlay is never smaller than its image
            return fill(self.tr("new %1 volume %2 of %3 in pool %4"), disk_format(spec),
                        disk_volume_name(spec), size_text(size), s.pool)
        if s.kind is StorageKind.EXISTING_VOLUME:
            return fill(self.tr("volume %1 in pool %2"), s.volume, s.pool)
        if s.kind is StorageKind.FILE:
            return s.path
        return self.tr("none")

    def _network_words(self, spec: NewVmSpec) -> str:
        nic = spec.network
        if nic.kind is NetworkKind.NONE:
            return self.tr("none")
        kinds = {NetworkKind.VIRTUAL: self.tr("virtual network %1"),
                 NetworkKind.BRIDGE: self.tr("host bridge %1"),
                 NetworkKind.MACVTAP: self.tr("macvtap on %1")}
        text = fill(kinds[nic.kind], nic.source)
        mac = nic.mac or self.tr("MAC chosen by libvirt")
        return fill(self.tr("%1 (%2, %3)"), text, nic_model(spec), mac)

    def _firmware_words(self, spec: NewVmSpec) -> str:
        if spec.firmware.kind is Firmware.BIOS:
            # s390x and POWER boot their own firmware (no BIOS there, no choice either).
            return self.tr("the machine's own") if spec.arch in NO_UEFI else self.tr("BIOS")
        return self.tr("UEFI with Secure Boot") if spec.firmware.secure_boot else self.tr("UEFI")

    def _display_words(self, spec: NewVmSpec) -> str:
        graphics = spec.graphics
        if graphics.type is GraphicsType.NONE:
            return self.tr("none: serial console only")
        kind = self.tr("VNC") if graphics.type is GraphicsType.VNC else self.tr("SPICE")
        return fill(self.tr("%1 on %2"), kind, graphics.listen)

    def _cloud_words(self, spec: NewVmSpec) -> str:
        ci = spec.cloud_init
        user = ci.user or spec.os.cloud_user or self.tr("the image's default user")
        login = self.tr("password") if ci.has_password else self.tr("no password")
        keys = self.tr("%n SSH key(s)", "", len(ci.ssh_keys))
        seed = fill(self.tr("seed %1 in pool %2"), seed_volume_name(spec), seed_pool(spec))
        return fill(self.tr("user %1, %2, %3; %4"), user, login, keys, seed)


def _topology_vcpus(root: etree._Element) -> tuple[int, int] | None:
    """(vCPUs the ``<cpu><topology>`` makes, the ``<vcpu>`` count) when they differ (a Windows
    VM's one socket gets its vCPUs as cores: a hand edit of one alone); else None."""
    topology, vcpu = root.find("cpu/topology"), root.findtext("vcpu")
    if topology is None or vcpu is None:
        return None
    try:
        count = int(vcpu.strip())
        made = math.prod(int(topology.get(part, "1"))
                         for part in ("sockets", "dies", "clusters", "cores", "threads"))
    except ValueError:  # the schema's message says what is wrong
        return None
    return (made, count) if made != count else None
