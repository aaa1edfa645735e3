"""Where a NIC connects: the source field of Add hardware's NIC form and of the details
window's NIC page (the host's networks offered, a stopped one said, starting it offered)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from kvmgui.libvirt.connection import Connection
from kvmgui.utils.tr import fill
from kvmgui.widgets.labels import MessageLine
from kvmgui.xml.network_spec import MACVTAP_MODES
from kvmgui.xml.newvm_checks import ifname_ok

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
# The macvtap modes in words (the glossary's); the data is libvirt's name.
MODE_WORDS = {"bridge": QT_TRANSLATE_NOOP("NicForm", "Bridge"),
              "vepa": QT_TRANSLATE_NOOP("NicForm", "VEPA"),
              "private": QT_TRANSLATE_NOOP("NicForm", "Private"),
              "passthrough": QT_TRANSLATE_NOOP("NicForm", "Passthrough")}


def source_type_words(text: str) -> str:
    """A SOURCE_TYPES text, translated."""
    return QCoreApplication.translate("NicForm", text)


def fill_modes(combo: QComboBox) -> None:
    """The macvtap modes, in words as the wizards say them; libvirt's name behind."""
    for mode in MACVTAP_MODES:
        combo.addItem(QCoreApplication.translate("NicForm", MODE_WORDS[mode]), mode)


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
    # As the kernel names interfaces (a ':' is an old address label's, 15 is bytes, not
    # characters), printable: a control character cannot even be written into the XML.
    if source_type != "network" and not (ifname_ok(name) and name.isprintable()):
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
