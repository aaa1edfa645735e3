"""Page 1: the network's name and how it reaches the outside world.

The form is ``ui/network_basics.ui``; the modes and their descriptions come from ``MODES``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit

from kvmgui.widgets.forms import Form
from kvmgui.wizards.network.fields import keys, message_under
from kvmgui.wizards.network.page import SpecPage
from kvmgui.wizards.network.state import WizardState
from kvmgui.xml.network_spec import ForwardMode

if TYPE_CHECKING:
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # returns the text it marks
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

MODES = [
    (ForwardMode.NAT, QT_TRANSLATE_NOOP("BasicsPage", "NAT"),
     QT_TRANSLATE_NOOP("BasicsPage",
                       "Guests reach the outside through the host, hidden behind the host's address.")),
    (ForwardMode.ROUTE, QT_TRANSLATE_NOOP("BasicsPage", "Routed"),
     QT_TRANSLATE_NOOP("BasicsPage",
                       "The guests' subnet is routed through the host; the LAN needs a route back to it.")),
    (ForwardMode.OPEN, QT_TRANSLATE_NOOP("BasicsPage", "Open"),
     QT_TRANSLATE_NOOP("BasicsPage",
                       "Routed like above, but libvirt adds no firewall rules: you manage them.")),
    (ForwardMode.ISOLATED, QT_TRANSLATE_NOOP("BasicsPage", "Isolated"),
     QT_TRANSLATE_NOOP("BasicsPage", "Guests talk to each other and to the host only.")),
    (ForwardMode.BRIDGE, QT_TRANSLATE_NOOP("BasicsPage", "Host bridge"),
     QT_TRANSLATE_NOOP("BasicsPage", "Guests join an existing bridge of the host and appear on the "
                                     "LAN as machines of their own.")),
    (ForwardMode.MACVTAP, QT_TRANSLATE_NOOP("BasicsPage", "Macvtap (direct)"),
     QT_TRANSLATE_NOOP("BasicsPage", "Guests sit directly on a host interface. In bridge mode the "
                                     "host itself cannot reach them.")),
    (ForwardMode.HOSTDEV, QT_TRANSLATE_NOOP("BasicsPage", "SR-IOV pool"),
     QT_TRANSLATE_NOOP("BasicsPage", "Each guest gets a virtual function of an SR-IOV network card "
                                     "(PCI passthrough).")),
]


class BasicsPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Name and mode"),
                         self.tr("Name the network and choose how its guests reach the outside world."))
        form = Form("network_basics", self)
        self.name = form.widget("name", QLineEdit)  # 80 long: room for "too long" to show
        self.mode = form.widget("mode", QComboBox)
        self.mode_help = form.widget("mode_help", QLabel)
        for mode, text, _why in MODES:
            self.mode.addItem(QCoreApplication.translate("BasicsPage", text), mode)
        layout = form.widget("form", QFormLayout)
        message_under(layout, self.name, self.name.accessibleName(), self.marks, keys("name"))
        message_under(layout, self.mode, self.mode.accessibleName(), self.marks)

        spec = state.spec
        self.name.setText(spec.name)
        self.mode.setCurrentIndex(self.mode.findData(spec.mode))
        self._describe()
        self.name.textChanged.connect(self.edited)
        self.mode.currentIndexChanged.connect(self.edited)

    def owns(self, key: str) -> bool:
        return key == "name"

    def store(self) -> None:
        self.state.spec.name = self.name.text().strip()  # as a VM's name: a pasted space is no part of it
        self.state.spec.mode = ForwardMode(self.mode.currentData())
        self._describe()

    def _describe(self) -> None:
        self.mode_help.setText(QCoreApplication.translate("BasicsPage", MODES[self.mode.currentIndex()][2]))
