"""The set of connections the user has, saved between runs."""

from __future__ import annotations

import contextlib
import ipaddress
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from kvmgui.libvirt.askpass import AskpassServer
from kvmgui.libvirt.auth import CredentialBroker
from kvmgui.libvirt.connection import Connection
from kvmgui.utils import settingsfile
from kvmgui.utils.logs import without_password
from kvmgui.utils.resources import demo_host_uri
from kvmgui.utils.uris import DEFAULT_PORTS, split_uri, transport, uri_params

SYSTEM_SOCKETS = ("/run/libvirt/virtqemud-sock", "/run/libvirt/libvirt-sock")


# The Demo host as saved: its file's path changes with the install (an upgrade, another
# prefix), and its label is said in each start's language (app.py), so neither is saved.
DEMO_HOST = "kvmgui:demo"


def uri_key(uri: str) -> tuple[str, ...]:
    """The URI with its scheme and host in lower case: they name the same connection in
    any case (KVM1 is kvm1); a path and an IPv6 zone (an interface name: eth0 and Eth0
    are two) do not. The user and host as libvirt decodes them (split_uri): [fe80::1%eth0],
    as older versions saved it, is [fe80::1%25eth0], and svc%2Bkvm@ (as the Add
    Connection dialog writes svc+kvm) is svc+kvm@. The port libvirt dials anyway is none:
    qemu+tls://kvm1:16514/… is qemu+tls://kvm1/…, and so is qemu://kvm1/… (tls is the
    remote driver's default transport), and qemu+tls://kvm1:/… (no number: the default).
    A password (user:pw@) is none: it is never saved (save). An IPv6 address is its
    address however written ([0:0::1] is [::1]), and [127.0.0.1] is 127.0.0.1 (libvirt
    dials the one as the other). The parameters are those libvirt reads (uri_params:
    names in any case, the last of a repeated one wins), in any order."""
    parts = split_uri(uri)
    if parts is None:
        return (uri,)
    scheme, port = parts.scheme, parts.port
    way = transport(scheme, parts.host)
    if way == "tls" and "+" not in scheme:  # qemu://kvm1 is qemu+tls://kvm1
        scheme += "+tls"
    if port == "" or (parts.port_number is not None
                      and parts.port_number == DEFAULT_PORTS.get(way)):
        port = None
    host = unquote(parts.host)
    address, percent, zone = host.removeprefix("[").removesuffix("]").partition("%")
    host = address.lower() + percent + zone  # as libvirt dials it: [127.0.0.1] is 127.0.0.1
    with contextlib.suppress(ValueError):
        host = f"[{ipaddress.IPv6Address(address).compressed}{percent}{zone}]"
    host += f":{port}" if port is not None else ""
    before, hash_mark, fragment = parts.rest.partition("#")
    path, _mark, query = before.partition("?")
    params = "&".join(f"{quote(name)}={quote(value)}"
                      for name, value in sorted(uri_params(query).items()))
    return scheme.lower(), parts.user, host, path, params, hash_mark + fragment


def _old_demo_host(uri: str) -> bool:
    """The Demo host as versions before DEMO_HOST saved it: its file's path in the install
    that saved it, which an upgrade or a move left behind."""
    return uri.startswith("test:///") and uri.endswith("/resources/demo/host.xml")


def session_sockets() -> list[str]:
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    return [f"{runtime}/libvirt/virtqemud-sock", f"{runtime}/libvirt/libvirt-sock"]


def default_local_uri() -> str | None:
    """qemu:///system if its daemon answers on a socket, else qemu:///session, else None.

    A socket that exists is the test: a session daemon is never spawned just to look.
    """
    if any(Path(s).exists() for s in SYSTEM_SOCKETS):
        return "qemu:///system"
    if any(Path(s).exists() for s in session_sockets()):
        return "qemu:///session"
    return None


def _text(value: object) -> str:
    """A text setting as written by hand: an unquoted comma makes it a list, which is
    joined again; ``@ByteArray(…)`` (as other Qt versions may write text) is its text;
    another type (``@Invalid()``) is no text: ""."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if isinstance(value, QByteArray):
        return bytes(value.data()).decode(errors="replace")
    return value if isinstance(value, str) else ""


class ConnectionRegistry(QObject):
    """Owns every Connection; persists URI, label and autoconnect in QSettings.

    Signals:
        added(Connection)
        removed(Connection): closed and no longer the registry's; listeners drop what
            they hold of it, so that it is freed.
        saveFailed(str): the list of hosts could not be written to this settings file
            (its owner another user, a full disk): the next start lists them as before.
            Start-up saves before the main window listens: ``unsaved`` keeps the file's
            name for it.
        written(str): the list of hosts was written to this settings file, and with it what
            an earlier save that failed left (Qt keeps that until a write succeeds).
    """

    added = Signal(object)
    removed = Signal(object)
    saveFailed = Signal(str)
    written = Signal(str)

    def __init__(self, settings: QSettings | None = None, *,
                 credentials: CredentialBroker | None = None,
                 askpass: AskpassServer | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()
        self.credentials = credentials or CredentialBroker(self)
        self.askpass = askpass or AskpassServer(parent=self)
        self._connections: list[Connection] = []
        self._transient: set[str] = set()  # URIs not written to settings (demo host, -c)
        # Removed this run: dropped from the saved list too, in any spelling (uri_key).
        self._removed: set[tuple[str, ...]] = set()
        self.unsaved = ""  # the settings file the last save could not write; "" if saved
        # Older versions saved a password given with -c: out of the file before any use.
        if any(without_password(uri) != uri for uri, _label, _auto in self.saved()):
            self.save()

    def __iter__(self) -> Iterator[Connection]:
        return iter(list(self._connections))

    def __len__(self) -> int:
        return len(self._connections)

    def find(self, uri: str) -> Connection | None:
        """The connection to ``uri``, its scheme and host in any letter case (uri_key)."""
        key = uri_key(uri)
        return next((c for c in self._connections if uri_key(c.uri) == key), None)

    def add(self, uri: str, *, label: str = "", autoconnect: bool = False,
            save: bool = True) -> Connection:
        existing = self.find(uri)
        if existing is not None:
            return existing
        conn = Connection(uri, label=label, autoconnect=autoconnect,
                          credentials=self.credentials, askpass=self.askpass, parent=self)
        self._connections.append(conn)
        self._removed.discard(uri_key(uri))
        if save:
            self.save()
        else:
            self._transient.add(uri)
        self.added.emit(conn)
        return conn

    def remove(self, conn: Connection) -> None:
        if conn not in self._connections:
            return
        conn.close()
        self._connections.remove(conn)
        self._transient.discard(conn.uri)
        self._removed.add(uri_key(conn.uri))
        self.save()
        self.removed.emit(conn)
        # Owned by Python from here: freed (with its tables and worker thread) once the
        # last window or job using it lets go, instead of living as long as the registry.
        # Its parts and it hold one another, so the cyclic collector frees it, and that
        # runs on the GUI thread only (utils/gcthread.py), never a worker's last `del`.
        conn.setParent(None)

    def saved(self) -> list[tuple[str, str, bool]]:
        """(uri, label, autoconnect) of each saved connection."""
        out = []
        count = self._settings.beginReadArray("connections")
        for i in range(count):
            self._settings.setArrayIndex(i)
            uri = _text(self._settings.value("uri", ""))
            label = _text(self._settings.value("label", ""))
            auto = _text(self._settings.value("autoconnect", "false")).lower() == "true"
            if uri == DEMO_HOST or _old_demo_host(uri):
                uri, label = demo_host_uri(), ""
            if uri:
                out.append((uri, label, auto))
        self._settings.endArray()
        return out

    def has_saved(self) -> bool:
        return self._settings.contains("connections/size")

    def save(self) -> None:
        # A saved connection this run does not list (started with -c: only those are
        # listed) stays saved, as it was; only a removed one leaves the list.
        # One entry per host: another spelling that older versions saved merges into the
        # first one, or into the listed one.
        entries: dict[tuple[str, ...], tuple[str, str, bool]] = {}
        for uri, label, auto in self.saved():
            if uri_key(uri) not in self._removed:
                entries.setdefault(uri_key(uri), (uri, label, auto))
        entries.update((uri_key(c.uri), (c.uri, c.label, c.autoconnect))
                       for c in self._connections if c.uri not in self._transient)
        # Credentials never go to disk: a URI given with -c (user:pw@) is saved without
        # its password, which this run keeps dialling with; libvirt asks at the next start.
        demo = demo_host_uri()

        def put(settings: QSettings) -> None:
            # A shorter array leaves the old entries past its size in the file: a removed
            # host's URI (user name included) stayed there.
            settings.remove("connections")
            settings.beginWriteArray("connections", len(entries))
            for i, (uri, label, auto) in enumerate(entries.values()):
                settings.setArrayIndex(i)
                settings.setValue("uri", DEMO_HOST if uri == demo else without_password(uri))
                settings.setValue("label", "" if uri == demo else label)
                settings.setValue("autoconnect", "true" if auto else "false")
            settings.endArray()

        failed = not settingsfile.write(self._settings, put)
        self.unsaved = self._settings.fileName() if failed else ""
        if failed:
            self.saveFailed.emit(self.unsaved)
        else:
            self.written.emit(self._settings.fileName())

    def set_autoconnect(self, conn: Connection, value: bool) -> None:
        conn.autoconnect = value
        # Ticked, a host given with -c is saved now, to come back at the next start;
        # unticked, a saved one (listed at start unwritten, as given ones are) is saved so.
        self._transient.discard(conn.uri)
        self.save()

    def shutdown(self) -> None:
        self.credentials.cancel_all()
        for conn in self._connections:
            conn.shutdown()
        self.askpass.shutdown()
