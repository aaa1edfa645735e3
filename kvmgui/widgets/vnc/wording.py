"""The graphical console's states and problems in words (translated here, nowhere else)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kvmgui.libvirt.graphics import GraphicsProblem
from kvmgui.widgets.vnc.controller import ConsoleState
from kvmgui.widgets.vnc.gvnc import Missing
from kvmgui.widgets.vnc.session import Failure

CONTEXT = "GraphicalConsole"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_text(state: ConsoleState, detail: str, failure: Failure | None = None) -> str:
    """What the message panel says for ``state`` (``detail``: a code or a message)."""
    if state is ConsoleState.IDLE:
        return tr("Not connected to the virtual machine's display.")
    if state is ConsoleState.CONNECTING:
        return tr("Connecting to the virtual machine's display…")
    if state is ConsoleState.CONNECTED:
        return ""
    if state is ConsoleState.NOT_RUNNING:
        return tr("The virtual machine is not running. Its screen appears here when it starts.")
    if state is ConsoleState.SPICE:
        return tr("This virtual machine's display is SPICE. kvmgui shows it in virt-viewer.")
    if state is ConsoleState.NO_GVNC:
        if detail == Missing.PYGOBJECT.value:
            return tr("The built-in VNC viewer needs PyGObject with GVnc. Install python3-gi and "
                      "gir1.2-gtk-vnc-2.0 (Debian, Ubuntu) or python3-gobject and gtk-vnc2 "
                      "(Fedora), or open the display in virt-viewer.")
        return tr("The built-in VNC viewer needs GVnc's introspection data. Install "
                  "gir1.2-gtk-vnc-2.0 (Debian, Ubuntu) or gtk-vnc2 (Fedora), or open the display "
                  "in virt-viewer.")
    if state is ConsoleState.NO_DISPLAY:
        return problem_text(detail)
    return failure_text(failure, detail)


def failure_text(failure: Failure | None, message: str) -> str:
    if failure is Failure.AUTH_FAILED:
        text = tr("The display refused the password.")
    elif failure is Failure.AUTH_UNSUPPORTED:
        text = tr("The display asks for a kind of authentication kvmgui does not speak.")
    elif failure is Failure.NOT_INITIALIZED:
        text = tr("The display closed the connection before it was set up.")
    else:
        return tr("The connection to the display failed: %1").replace(
            "%1", message or tr("no reason given"))
    return f"{text}\n{message}" if message else text


def problem_text(code: str) -> str:
    try:
        problem = GraphicsProblem(code)
    except ValueError:
        return code
    return {
        GraphicsProblem.NOT_RUNNING: tr("The virtual machine is not running."),
        GraphicsProblem.NO_GRAPHICS: tr("This virtual machine has no graphical display."),
        GraphicsProblem.NOT_LISTENING: tr("The VNC display listens nowhere kvmgui can reach "
                                          "(no port and no socket)."),
        GraphicsProblem.REMOTE_SOCKET: tr("The VNC display listens on a UNIX socket of the "
                                          "remote host, which kvmgui cannot reach."),
        GraphicsProblem.LOOPBACK_ONLY: tr("The VNC display listens only on the remote host's "
                                          "loopback address. Connect to the host over SSH "
                                          "(qemu+ssh://) or let the display listen on a network "
                                          "address."),
        GraphicsProblem.CONNECT_FAILED: tr("Could not connect to the display."),
    }[problem]


def viewer_finished_text(code: int, crashed: bool) -> str:
    if crashed:
        return tr("virt-viewer crashed.")
    return tr("virt-viewer ended with exit status %1.").replace("%1", QLocale().toString(code))


def grab_hint(grabbed: bool, captured: bool) -> str:
    if captured:
        return tr("Keyboard and pointer go to the virtual machine. Press Ctrl+Alt to release them.")
    if grabbed:
        return tr("Keys go to the virtual machine. Press Ctrl+Alt to release the keyboard.")
    return tr("Click the screen (or Tab to it) to type into the virtual machine.")
