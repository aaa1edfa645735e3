"""Page 9: the VM's name, and what Finish does: start it, autostart it, or first open
its settings for a look ("Customise before install")."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout

from kvmgui.wizards.newvm.fields import Form, exactly
from kvmgui.wizards.newvm.page import SpecPage, fill_line
from kvmgui.wizards.newvm.state import WizardState
from kvmgui.xml.newvm_checks import NAME_MAX


class NamePage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Name and finish"),
                         self.tr("Name the VM and choose what happens once it is created."),
                         exactly("name"))
        form = Form(self, self.marks)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NAME_MAX + 16)  # long enough that "too long" can be said
        form.field(self.tr("Na&me:"), self.name, self.tr("Virtual machine name"), exactly("name"))
        self.start_now = QCheckBox(self.tr("&Start the VM when it is created"), self)
        form.widget(self.start_now, self.tr("Start the VM when it is created"))
        self.autostart = QCheckBox(self.tr("Start it &automatically when the host boots"), self)
        form.widget(self.autostart, self.tr("Autostart"))
        self.customise = QCheckBox(self.tr("&Customise the settings before installing"), self)
        self.customise.setToolTip(self.tr("Finish then opens the VM's settings; nothing is created "
                                          "until you choose Begin installation there."))
        form.widget(self.customise, self.tr("Customise the settings before installing"))
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)
        self.reload()
        self.name.textEdited.connect(self._typed)
        self.name.textChanged.connect(self.edited)
        self.start_now.toggled.connect(self.edited)
        self.autostart.toggled.connect(self.edited)

    def _typed(self, _text: str) -> None:
        self.state.name_touched = True  # from now on, OS choices no longer rename the VM

    def load(self) -> None:
        spec = self.state.spec
        fill_line(self.name, spec.name)
        self.start_now.setChecked(spec.start)
        self.autostart.setChecked(spec.autostart)

    def store(self) -> None:
        spec = self.state.spec
        spec.name = self.name.text().strip()
        spec.start = self.start_now.isChecked()
        spec.autostart = self.autostart.isChecked()
