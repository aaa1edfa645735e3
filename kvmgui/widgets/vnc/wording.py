"""The graphical console's states and problems in words (translated here, nowhere else).

Every call writes ``QCoreApplication.translate`` and its context out in full: lupdate reads
the source and finds a string only in a call by that name with a literal context (an alias
or a helper that takes the text would leave the string in no context; docs/i18n.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kvmgui.libvirt.graphics import GraphicsProblem
from kvmgui.utils.tr import fill
from kvmgui.widgets.vnc import rfbnames
from kvmgui.widgets.vnc.controller import ConsoleState
from kvmgui.widgets.vnc.gvnc import Missing
from kvmgui.widgets.vnc.session import USER_NAME_WANTED, Failure


def state_text(state: ConsoleState, detail: str, failure: Failure | None = None,
               named: str = "") -> str:
    """What the message panel says for ``state`` (``detail``: a code or a message;
    ``named``: what a NO_DISPLAY problem names, e.g. the host ssh cannot take)."""
    if state is ConsoleState.IDLE:
        return QCoreApplication.translate("GraphicalConsole",
                                          "Not connected to the virtual machine's display.")
    if state is ConsoleState.CONNECTING:
        return QCoreApplication.translate("GraphicalConsole",
                                          "Connecting to the virtual machine's display…")
    if state is ConsoleState.CONNECTED:
        return ""
    if state is ConsoleState.NOT_RUNNING:
        return QCoreApplication.translate(
            "GraphicalConsole",
            "The virtual machine is not running. Its screen appears here when it starts.")
    if state is ConsoleState.SPICE:
        return QCoreApplication.translate(
            "GraphicalConsole",
            "This virtual machine's display is SPICE. kvmgui shows it in virt-viewer.")
    if state is ConsoleState.NO_GVNC:
        if detail == Missing.PYGOBJECT.value:
            return QCoreApplication.translate(
                "GraphicalConsole",
                "The built-in VNC viewer needs PyGObject with GVnc. Install python3-gi and "
                "gir1.2-gtk-vnc-2.0 (Debian, Ubuntu) or python3-gobject and gtk-vnc2 "
                "(Fedora), or open the display in virt-viewer.")
        return QCoreApplication.translate(
            "GraphicalConsole",
            "The built-in VNC viewer needs GVnc's introspection data. Install "
            "gir1.2-gtk-vnc-2.0 (Debian, Ubuntu) or gtk-vnc2 (Fedora), or open the display "
            "in virt-viewer.")
    if state is ConsoleState.NO_DISPLAY:
        return problem_text(detail, named)
    return failure_text(failure, detail)


def failure_text(failure: Failure | None, message: str) -> str:
    if failure is Failure.AUTH_FAILED:
        text = QCoreApplication.translate("GraphicalConsole", "The display refused the password.")
    elif failure is Failure.AUTH_UNSUPPORTED:
        text = QCoreApplication.translate(
            "GraphicalConsole", "The display asks for a kind of authentication kvmgui does not speak.")
        names = rfbnames.security_names(message) if message else None
        if message == USER_NAME_WANTED:
            message = QCoreApplication.translate(
                "GraphicalConsole", "It asks for a user name, which kvmgui cannot give it.")
        elif names is not None:
            message = fill(QCoreApplication.translate("GraphicalConsole", "It offers: %1"), names)
    elif failure is Failure.NOT_INITIALIZED:
        text = QCoreApplication.translate(
            "GraphicalConsole", "The display closed the connection before it was set up.")
    else:
        return fill(QCoreApplication.translate("GraphicalConsole",
                                               "The connection to the display failed: %1"),
                    message or QCoreApplication.translate("GraphicalConsole", "no reason given"))
    return f"{text}\n{message}" if message else text


# Display types by the names people know them by (product names: not translated).
_KIND_NAMES = {"sdl": "SDL", "rdp": "RDP", "dbus": "D-Bus", "egl-headless": "EGL headless"}


def problem_text(code: str, named: str = "") -> str:
    try:
        problem = GraphicsProblem(code)
    except ValueError:
        return code
    if problem is GraphicsProblem.OTHER_KIND:
        return fill(QCoreApplication.translate(
            "GraphicalConsole",
            "This virtual machine's display is %1, which kvmgui's console cannot show. Add a "
            "VNC or SPICE display to see its screen here."), _KIND_NAMES.get(named, named))
    if problem is GraphicsProblem.NO_TUNNEL_PROGRAM:
        return fill(QCoreApplication.translate(
            "GraphicalConsole",
            "The ssh program “%1” that reaches the display could not be run on this computer: "
            "it is not installed or not there."), named)
    if problem is GraphicsProblem.BAD_HOST:
        return fill(QCoreApplication.translate(
            "GraphicalConsole",
            "ssh cannot log in to the host “%1” to reach the display: it would read the name "
            "as an option."), named)
    return {
        GraphicsProblem.NOT_RUNNING: QCoreApplication.translate(
            "GraphicalConsole", "The virtual machine is not running."),
        GraphicsProblem.NO_GRAPHICS: QCoreApplication.translate(
            "GraphicalConsole", "This virtual machine has no graphical display."),
        GraphicsProblem.NOT_LISTENING: QCoreApplication.translate(
            "GraphicalConsole",
            "The VNC display listens nowhere kvmgui can reach (no port and no socket)."),
        GraphicsProblem.NO_PORT_YET: QCoreApplication.translate(
            "GraphicalConsole",
            "The display has no port yet: the virtual machine is still starting. The console "
            "connects when it has one."),
        GraphicsProblem.REMOTE_SOCKET: QCoreApplication.translate(
            "GraphicalConsole",
            "The VNC display listens on a UNIX socket of the remote host, which kvmgui cannot "
            "reach."),
        GraphicsProblem.LOOPBACK_ONLY: QCoreApplication.translate(
            "GraphicalConsole",
            "The VNC display listens only on the remote host's loopback address. Connect to "
            "the host over SSH (qemu+ssh://) or let the display listen on a network address."),
        GraphicsProblem.CONNECT_FAILED: QCoreApplication.translate(
            "GraphicalConsole", "Could not connect to the display."),
    }[problem]


def viewer_finished_text(code: int, crashed: bool, said: str = "") -> str:
    """virt-viewer's end, with its last lines (``said``: when it failed at once)."""
    if crashed:
        text = QCoreApplication.translate("GraphicalConsole", "virt-viewer crashed.")
    else:
        text = fill(QCoreApplication.translate("GraphicalConsole",
                                               "virt-viewer ended with exit status %1."), code)
    return f"{text}\n{said}" if said else text


def grab_hint(grabbed: bool, captured: bool) -> str:
    if captured:
        return QCoreApplication.translate(
            "GraphicalConsole",
            "Keyboard and pointer go to the virtual machine. Press Ctrl+Alt to release them.")
    if grabbed:
        return QCoreApplication.translate(
            "GraphicalConsole",
            "Keys go to the virtual machine. Press Ctrl+Alt to release the keyboard.")
    return QCoreApplication.translate(
        "GraphicalConsole", "Click the screen (or Tab to it) to type into the virtual machine.")
