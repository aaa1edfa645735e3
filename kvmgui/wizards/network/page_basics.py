"""Page 1: the network's name and how it reaches the outside world."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout

from kvmgui.wizards.network.fields import Form, keys
from kvmgui.wizards.network.page import SpecPage
from kvmgui.wizards.network.state import WizardState
from kvmgui.xml.network_spec import ForwardMode

MODES = [
    (ForwardMode.NAT, "NAT",
     "Guests reach the outside through the host, hidden behind the host's address."),
    (ForwardMode.ROUTE, "Routed",
     "The guests' subnet is routed through the host; the LAN needs a route back to it."),
    (ForwardMode.OPEN, "Open",
     "Routed like above, but libvirt adds no firewall rules: you manage them."),
    (ForwardMode.ISOLATED, "Isolated",
     "Guests talk to each other and to the host only."),
    (ForwardMode.BRIDGE, "Host bridge",
     "Guests join an existing bridge of the host and appear on the LAN as machines of their own."),
    (ForwardMode.MACVTAP, "Macvtap (direct)",
     "Guests sit directly on a host interface. In bridge mode the host itself cannot reach them."),
    (ForwardMode.HOSTDEV, "SR-IOV pool",
     "Each guest gets a virtual function of an SR-IOV network card (PCI passthrough)."),
]


class BasicsPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, "Name and mode",
                         "Name the network and choose how its guests reach the outside world.")
        form = Form(self, self.marks)
        self.name = QLineEdit(self)
        self.name.setMaxLength(80)  # long enough that the "too long" message can show
        form.field(self.tr("N&ame:"), self.name, "Network name", keys("name"))
        self.mode = QComboBox(self)
        for mode, text, _why in MODES:
            self.mode.addItem(text, mode)
        form.field("&Mode:", self.mode, "Mode")
        self.mode_help = QLabel(self)
        self.mode_help.setWordWrap(True)
        self.mode_help.setObjectName("Mode description")
        self.mode_help.setAccessibleDescription("Mode description")
        form.below(self.mode_help)
        layout = QVBoxLayout(self)
        layout.addLayout(form.layout)
        layout.addStretch(1)

        spec = state.spec
        self.name.setText(spec.name)
        self.mode.setCurrentIndex(self.mode.findData(spec.mode))
        self._describe()
        self.name.textChanged.connect(self.edited)
        self.mode.currentIndexChanged.connect(self.edited)

    def owns(self, key: str) -> bool:
        return key == "name"

    def store(self) -> None:
        self.state.spec.name = self.name.text()
        self.state.spec.mode = ForwardMode(self.mode.currentData())
        self._describe()

    def _describe(self) -> None:
        self.mode_help.setText(MODES[self.mode.currentIndex()][2])
