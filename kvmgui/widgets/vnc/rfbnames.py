"""VNC (RFB) security types by name, for a server that offers none kvmgui speaks.

GVnc hands over the types as numbers (RFC 6143 and the IANA registry; GVnc's
``VncConnectionAuth``): "19, 30" tells a user nothing, "VeNCrypt, Apple Remote Desktop"
says what the server wants. Protocol names stay as they are; a type not in the table
keeps its number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kvmgui.utils.tr import fill

_NAMES = {
    5: "RA2", 6: "RA2ne", 16: "Tight", 17: "Ultra", 18: "TLS", 19: "VeNCrypt",
    20: "SASL", 21: "MD5", 22: "xvp", 30: "Apple Remote Desktop", 113: "MS-Logon II",
    0xFFFFFFFA: "MS-Logon",
}


def security_name(number: int) -> str:
    if number == 1:
        return QCoreApplication.translate("GraphicalConsole", "none")
    if number == 2:
        return QCoreApplication.translate("GraphicalConsole", "VNC password")
    name = _NAMES.get(number)
    if name is not None:
        return name
    return fill(QCoreApplication.translate("GraphicalConsole", "type %1"), str(number))


def security_names(offered: str) -> str | None:
    """``offered`` ("19, 30", as the session reports it) in names; None if it is not a
    list of numbers."""
    parts = [part.strip() for part in offered.split(",")]
    if not all(part.isascii() and part.isdigit() for part in parts):
        return None
    return ", ".join(security_name(int(part)) for part in parts)
