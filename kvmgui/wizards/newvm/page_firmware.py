"""Page 7: BIOS or UEFI (the firmware images this host offers, Secure Boot where it
can), and the VM's display."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kvmgui.wizards.newvm.fields import Form, exactly, keys
from kvmgui.wizards.newvm.page import SpecPage
from kvmgui.wizards.newvm.state import Message, WizardState
from kvmgui.xml.newvm_build import NO_UEFI, UEFI_ONLY
from kvmgui.xml.newvm_spec import Firmware, GraphicsType
from kvmgui.xml.words import QT_TRANSLATE_NOOP

DISPLAYS = [
    (GraphicsType.VNC, QT_TRANSLATE_NOOP("FirmwarePage", "VNC")),
    (GraphicsType.SPICE, QT_TRANSLATE_NOOP("FirmwarePage", "SPICE")),
    (GraphicsType.NONE, QT_TRANSLATE_NOOP("FirmwarePage", "None: serial console only")),
]
LISTEN = [
    ("127.0.0.1", QT_TRANSLATE_NOOP("FirmwarePage", "Only this host (127.0.0.1)")),
    ("0.0.0.0", QT_TRANSLATE_NOOP("FirmwarePage", "Every network of the host (0.0.0.0)")),
]


class FirmwarePage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Firmware and display"),
                         self.tr("What the VM starts with, and how you see its screen."),
                         keys("firmware", "graphics", "tpm"))
        form = Form(self, self.marks)
        kinds = QWidget(self)
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        self.bios = QRadioButton(kinds)  # its words follow the architecture (_show)
        self.uefi = QRadioButton(self.tr("&UEFI"), kinds)
        self.uefi.setAccessibleName(self.tr("UEFI"))
        self.kind_group = QButtonGroup(self)
        for button in (self.bios, self.uefi):
            self.kind_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        form.field(self.tr("&Firmware:"), kinds, self.tr("Firmware"), exactly("firmware", "tpm"),
                   buddy=self.bios)
        self.loader = QComboBox(self)
        form.field(self.tr("UEFI &image:"), self.loader, self.tr("UEFI firmware image"),
                   exactly("firmware.loader"))
        self.secure_boot = QCheckBox(self.tr("&Secure Boot"), self)
        form.widget(self.secure_boot, self.tr("Secure Boot"), exactly("firmware.secure_boot"))
        self.status = QLabel(self)
        self.status.setObjectName("Firmware status")
        self.status.setWordWrap(True)
        form.below(self.status)
        self.display = QComboBox(self)
        form.field(self.tr("&Display:"), self.display, self.tr("Display"), exactly("graphics"))
        self.listen = QComboBox(self)
        for address, text in LISTEN:
            self.listen.addItem(self.tr(text), address)
        form.field(self.tr("Display &reachable from:"), self.listen, self.tr("Display reachable from"))
        self.form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)
        self.reload()
        self.kind_group.buttonToggled.connect(lambda _b, on: self.edited() if on else None)
        for choice in (self.bios, self.uefi, self.secure_boot):  # clicked: by the user only
            choice.clicked.connect(self._chosen)
        self.loader.activated.connect(self._chosen)
        self.loader.currentIndexChanged.connect(self.edited)
        self.secure_boot.toggled.connect(self.edited)
        self.display.currentIndexChanged.connect(self.edited)
        self.listen.currentIndexChanged.connect(self.edited)
        state.domcapsChanged.connect(self.reload)
        state.factsChanged.connect(self.reload)

    def _chosen(self, *_args: object) -> None:
        self.state.firmware_touched = True  # from now on, OS choices no longer change it

    def load(self) -> None:
        spec, caps = self.state.spec, self.state.domcaps
        fw = spec.firmware
        (self.uefi if fw.kind is Firmware.UEFI else self.bios).setChecked(True)
        self.loader.clear()
        self.loader.addItem(self.tr("Chosen by libvirt for the features asked"), "")
        for path in caps.loaders if caps else ():
            self.loader.addItem(path, path)
        if fw.loader and self.loader.findData(fw.loader) < 0:
            self.loader.addItem(fw.loader, fw.loader)
        self.loader.setCurrentIndex(max(self.loader.findData(fw.loader), 0))
        self.secure_boot.setChecked(fw.secure_boot)
        self.display.clear()
        offered = caps.graphics_types if caps and caps.graphics_types else ("vnc", "spice")
        for kind, text in DISPLAYS:
            if kind is GraphicsType.NONE or kind.value in offered or kind is spec.graphics.type:
                self.display.addItem(self.tr(text), kind)
        self.display.setCurrentIndex(max(self.display.findData(spec.graphics.type), 0))
        index = self.listen.findData(spec.graphics.listen)
        if index < 0:
            self.listen.addItem(spec.graphics.listen, spec.graphics.listen)
            index = self.listen.count() - 1
        self.listen.setCurrentIndex(index)
        self._show()

    def store(self) -> None:
        spec = self.state.spec
        fw = spec.firmware
        fw.kind = Firmware.UEFI if self.uefi.isChecked() else Firmware.BIOS
        fw.loader = self.loader.currentData() or "" if fw.kind is Firmware.UEFI else ""
        fw.secure_boot = self.secure_boot.isChecked() and fw.kind is Firmware.UEFI
        spec.graphics.type = GraphicsType(self.display.currentData() or GraphicsType.VNC)
        spec.graphics.listen = self.listen.currentData() or "127.0.0.1"
        self._show()

    def show_messages(self, _mine: list[Message]) -> None:
        self._show()  # the architecture may have changed on its page

    def _show(self) -> None:
        spec, caps, state = self.state.spec, self.state.domcaps, self.state
        uefi = spec.firmware.kind is Firmware.UEFI
        # What the architecture cannot boot is not offered (the state fits the spec to it).
        self.uefi.setEnabled(spec.arch not in NO_UEFI or uefi)
        # s390x and POWER boot their own firmware: no BIOS there (the summary says so too).
        own = spec.arch in NO_UEFI
        self.bios.setText(self.tr("The &machine's own") if own else self.tr("BI&OS"))
        self.bios.setAccessibleName(self.tr("The machine's own firmware") if own else self.tr("BIOS"))
        self.bios.setEnabled(spec.arch not in UEFI_ONLY or not uefi)
        self.form.set_visible(self.loader, uefi)
        self.form.set_visible(self.secure_boot, uefi)
        self.secure_boot.setEnabled(caps is None or caps.secure_boot or self.secure_boot.isChecked())
        self.form.set_visible(self.listen, spec.graphics.type is not GraphicsType.NONE)
        if state.facts is None or state.domcaps_pending:
            text = self.tr("Reading the firmware this host offers…")
        elif state.simulated or caps is None:
            text = self.tr("This host does not say which firmware it has; libvirt will refuse a "
                           "choice it cannot meet.")
        elif not caps.uefi and spec.arch not in NO_UEFI:
            text = self.tr("This host has no UEFI firmware for this machine type: install the OVMF "
                           "package (or AAVMF for ARM) on it.")
        elif uefi and not caps.secure_boot:
            text = self.tr("This host's UEFI firmware has no Secure Boot.")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))
