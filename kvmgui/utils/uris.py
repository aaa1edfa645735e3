"""Reading a libvirt URI the way libvirt reads it."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

# Ports libvirt dials for a transport when the URI names none (ssh: whatever ssh's
# config says, 22 unless it says otherwise).
DEFAULT_PORTS = {"tcp": 16509, "tls": 16514, "libssh": 22, "libssh2": 22}

# Drivers that dial a host themselves (https, WinRM); any other's URI with a host and no
# "+transport" goes through libvirt's remote driver over tls (qemu://h is qemu+tls://h).
OWN_DIALLERS = frozenset({"esx", "gsx", "vpx", "hyperv"})


def transport(scheme: str, host: str) -> str:
    """The remote driver's transport for a URI's scheme and host: the one named after
    '+', else tls with a host, else unix; '' for a driver in OWN_DIALLERS."""
    driver, _, named = scheme.lower().partition("+")
    if named:
        return named
    if driver in OWN_DIALLERS:
        return ""
    return "tls" if host else "unix"


def authority(uri: str) -> str:
    """The URI's user@host:port part as libvirt reads it: after '://', up to the first
    '/', '?' or '#' (for URIs urlsplit refuses)."""
    return re.split(r"[/?#]", uri.partition("://")[2], maxsplit=1)[0]


def uri_host(uri: str) -> str:
    """The URI's host as libvirt dials it (escapes decoded: an IPv6 zone's %25), '' if
    none; never raises (urlsplit does: "[127.0.0.1]", "us[er@")."""
    try:
        return unquote(urlsplit(uri).hostname or "")
    except ValueError:
        return unquote(authority(uri).rpartition("@")[2])


def uri_params(query: str) -> dict[str, str]:
    """The URI's parameters as libvirt reads them: names in any case, the last of a
    repeated one wins, %-escapes decoded and '+' kept (it is not a space there)."""
    params = {}
    for item in query.split("&"):
        name, _eq, value = item.partition("=")
        if name:
            params[unquote(name).lower()] = unquote(value)
    return params


def uri_flag(params: dict[str, str], name: str) -> bool:
    """A libvirt URI switch such as ``no_verify=1`` (a number; not 0: on)."""
    try:
        return int(params.get(name, "0")) != 0
    except ValueError:
        return False
