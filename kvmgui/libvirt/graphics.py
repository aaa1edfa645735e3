"""A VM's graphical displays and a socket to one of them (VNC), for the graphical console.

What is here never shows words: failures are :class:`GraphicsProblem` codes that the
displaying layer words. The ways to reach a VNC server (``plan_route``):

* local connection: ``virDomainOpenGraphicsFD`` hands us a connected socket (no
  listen address, no password: libvirt skips VNC auth for it);
* ``qemu+ssh`` (and libssh): ``ssh -W listen:port host`` as a child process whose
  stdin/stdout are one end of a socketpair; the other end is the VNC socket;
* other remote transports: a direct TCP connection to the listen address (the URI's
  host name when QEMU listens on every address); to a host on this machine (qemu+tcp://
  localhost, qemu+tcp:///), its loopback address or UNIX socket directly.

``open_socket`` blocks (libvirt, TCP connect, ssh start): run it in a worker. GVnc owns
the returned fd and closes it on shutdown; the caller stops the tunnel process.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
import subprocess
from dataclasses import dataclass, field
from enum import Enum
from functools import partial

import libvirt
from lxml import etree

from kvmgui.libvirt import fanout
from kvmgui.utils import ssh
from kvmgui.utils.uris import split_uri, transport, uri_host
from kvmgui.xml.base import parse_xml

TCP_CONNECT_TIMEOUT_S = 10.0
SSH_TRANSPORTS = ("ssh", "libssh", "libssh2")
_WILDCARDS = ("", "0.0.0.0", "::", "[::]")
_NETWORK_TRANSPORTS = ("tcp", "tls")  # dialled over the network even without a host


class GraphicsProblem(Enum):
    """Why there is no graphical console (the widget layer words these)."""

    NOT_RUNNING = "not-running"  # the VM is shut off: no display to look at
    NO_GRAPHICS = "no-graphics"  # no <graphics> device at all
    OTHER_KIND = "other-kind"  # only displays the console cannot show (detail: the type)
    NOT_LISTENING = "not-listening"  # VNC without a port or socket (e.g. listen type='none')
    REMOTE_SOCKET = "remote-socket"  # a UNIX socket on another host: no way to reach it
    LOOPBACK_ONLY = "loopback-only"  # listens on the remote host's loopback; no ssh to tunnel
    CONNECT_FAILED = "connect-failed"  # libvirt, the TCP connect or ssh failed (detail says)
    NO_PORT_YET = "no-port-yet"  # autoport, and the VM is starting: no port given yet
    NO_TUNNEL_PROGRAM = "no-tunnel-program"  # ssh (the URI's command=) not runnable here
    BAD_HOST = "bad-host"  # ssh cannot take the URI's host (detail: the host, no password)


class GraphicsError(Exception):
    """A :class:`GraphicsProblem` with the underlying message (libvirt's, the OS's)."""

    def __init__(self, problem: GraphicsProblem, detail: str = "") -> None:
        super().__init__(detail or problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class GraphicsDevice:
    """One ``<graphics>`` element of the live XML; ``index`` is its position among them."""

    index: int
    type: str  # "vnc", "spice", "sdl", "rdp", "egl-headless", "dbus", ...
    port: int | None = None
    tls_port: int | None = None
    listen: str | None = None  # address; None when it listens on a socket or nowhere
    socket: str | None = None
    password: str | None = None  # only when read with VIR_DOMAIN_XML_SECURE
    port_pending: bool = False  # autoport, listening, but no port yet (port='-1' live)
    # <listen type='none'/>: reached only through libvirt (openGraphicsFD), on its host
    fd_only: bool = False


@dataclass(frozen=True)
class DisplayInfo:
    """What a worker learned about a VM's displays."""

    active: bool
    devices: tuple[GraphicsDevice, ...] = ()
    domain_id: int = -1  # the run's id (a new one each start): -1 when not running or not said

    def first(self, kind: str) -> GraphicsDevice | None:
        return next((d for d in self.devices if d.type == kind), None)


class RouteKind(Enum):
    LOCAL_FD = "local-fd"
    TCP = "tcp"
    UNIX = "unix"  # a socket on this machine (a host dialled over TCP to localhost)
    SSH = "ssh"


@dataclass(frozen=True)
class Route:
    kind: RouteKind
    index: int  # the graphics device (openGraphicsFD's idx)
    host: str = ""  # TCP: where to connect; SSH: the host ssh logs into; UNIX: the path
    port: int = 0
    argv: tuple[str, ...] = ()  # SSH: the complete ssh command


@dataclass
class OpenedSocket:
    """A connected socket for GVnc, plus the ssh child process that carries it (if any)."""

    fd: int
    tunnel: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def stop_tunnel(self) -> str:
        """End the ssh child (ours, by its handle), reap it and return what it printed.

        Blocks up to ~2 s: run it in a worker.
        """
        proc, self.tunnel = self.tunnel, None
        if proc is None:
            return ""
        if proc.poll() is None:
            proc.terminate()
        try:
            _out, err = proc.communicate(timeout=2)
        except subprocess.TimeoutExpired:
            proc.kill()
            _out, err = proc.communicate()
        return (err or b"").decode(errors="replace").strip()


def _int(value: str | None) -> int | None:
    try:
        number = int(value) if value is not None else None
    except ValueError:
        return None
    return number if number is not None and number > 0 else None


def parse_graphics(xml: str) -> tuple[GraphicsDevice, ...]:
    """The ``<graphics>`` devices of a domain XML, in document order."""
    root = parse_xml(xml)
    devices = []
    for index, gfx in enumerate(root.iterfind("devices/graphics")):
        listen_el: etree._Element | None = gfx.find("listen")
        address, sock = gfx.get("listen"), gfx.get("socket")
        kind = listen_el.get("type") if listen_el is not None else None
        if listen_el is not None:
            if kind == "socket":
                sock, address = listen_el.get("socket"), None
            elif kind == "none":
                address = None
            else:
                address = listen_el.get("address", address)
        port = _int(gfx.get("port"))
        pending = port is None and sock is None and kind != "none" \
            and gfx.get("autoport") == "yes"
        devices.append(GraphicsDevice(
            index=index, type=gfx.get("type", ""), port=port,
            tls_port=_int(gfx.get("tlsPort")), listen=address, socket=sock,
            password=gfx.get("passwd"), port_pending=pending, fd_only=kind == "none",
        ))
    return tuple(devices)


def _is_loopback(address: str) -> bool:
    if address == "localhost":
        return True
    try:
        return ipaddress.ip_address(address.strip("[]")).is_loopback
    except ValueError:
        return False


def ssh_argv(uri: str, target_host: str, target_port: int) -> tuple[str, ...]:
    """``ssh -W target`` to the URI's host, logged in as libvirt's transport did
    (``ssh.libvirt_login``: user, port, key file, host-key options, no_tty; the ssh
    command, kvmgui's wrapper in a connection's ``dial_uri``: the tunnel then shares the
    connection's ssh login, see askpass.py)."""
    login = ssh.libvirt_login(uri)
    if login is None:  # the host only: the URI may hold a password
        raise GraphicsError(GraphicsProblem.BAD_HOST, uri_host(uri))
    argv = [login.program, "-o", "ConnectTimeout=10", "-o", "ExitOnForwardFailure=yes"]
    if login.batch:
        argv += ["-o", "BatchMode=yes"]
    target = f"[{target_host}]" if ":" in target_host else target_host
    return (*argv, *login.args(), "-W", f"{target}:{target_port}", "--", login.host)


def plan_route(uri: str, local: bool, device: GraphicsDevice) -> Route:
    """How to reach ``device`` of a VM on the host of ``uri``; raises GraphicsError."""
    if device.port_pending:
        raise GraphicsError(GraphicsProblem.NO_PORT_YET)
    parts = split_uri(uri)
    way = transport(parts.scheme, parts.host) if parts is not None else ""
    # qemu+tcp:///system: no host, yet dialled over TCP to localhost, where no descriptor
    # passes (openGraphicsFD is refused): reached as a display on localhost.
    if local and way not in _NETWORK_TRANSPORTS:
        if device.port is None and device.socket is None and not device.fd_only:
            raise GraphicsError(GraphicsProblem.NOT_LISTENING)
        return Route(RouteKind.LOCAL_FD, device.index)
    here = parts is None or not parts.hostname or _is_loopback(parts.hostname)
    if device.socket is not None:
        if here and way in _NETWORK_TRANSPORTS:  # qemu+tcp://localhost: the socket is ours
            return Route(RouteKind.UNIX, device.index, device.socket)
        raise GraphicsError(GraphicsProblem.REMOTE_SOCKET, device.socket)
    if device.port is None:
        raise GraphicsError(GraphicsProblem.NOT_LISTENING)
    listen = device.listen or ""
    if way in SSH_TRANSPORTS:
        # The address is resolved on the far side: its loopback is right there.
        target = "localhost" if listen in _WILDCARDS else listen
        return Route(RouteKind.SSH, device.index, uri_host(uri), device.port,
                     ssh_argv(uri, target, device.port))
    if _is_loopback(listen):
        if here:
            # qemu+tcp://localhost: the host is this machine, its loopback ours.
            return Route(RouteKind.TCP, device.index, listen.strip("[]"), device.port)
        raise GraphicsError(GraphicsProblem.LOOPBACK_ONLY, listen)
    host = (uri_host(uri) or "localhost") if listen in _WILDCARDS else listen.strip("[]")
    return Route(RouteKind.TCP, device.index, host, device.port)


def read_displays(conn: libvirt.virConnect, uuid: str) -> DisplayInfo:
    """Worker: the VM's state and graphics devices (with passwords when allowed). Whether
    it runs and its XML are asked at once, side by side for a far host (``fanout``): a
    console's first step over a 300 ms link is two round trips, not three."""
    dom = conn.lookupByUUIDString(uuid)
    active, xml = fanout.outcomes([dom.isActive, partial(dom.XMLDesc, libvirt.VIR_DOMAIN_XML_SECURE)],
                                  fanout.width_for(conn))
    if isinstance(active, fanout.Failure):
        raise active.error
    if not active:
        return DisplayInfo(active=False)
    if fanout.refusal(xml) is not None:
        xml = dom.XMLDesc(0)  # a read-only connection may not see passwords
    return DisplayInfo(active=True, devices=parse_graphics(xml), domain_id=dom.ID())


def open_socket(conn: libvirt.virConnect, uuid: str, route: Route) -> OpenedSocket:
    """Worker: a connected socket to the VNC server along ``route``; raises GraphicsError."""
    try:
        if route.kind is RouteKind.LOCAL_FD:
            dom = conn.lookupByUUIDString(uuid)
            fd = dom.openGraphicsFD(route.index, libvirt.VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH)
            return OpenedSocket(fd)
        if route.kind is RouteKind.UNIX:
            unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                unix.settimeout(TCP_CONNECT_TIMEOUT_S)
                unix.connect(route.host)
                unix.settimeout(None)
            except OSError:
                unix.close()
                raise
            return OpenedSocket(unix.detach())
        if route.kind is RouteKind.TCP:
            sock = socket.create_connection((route.host, route.port), TCP_CONNECT_TIMEOUT_S)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.settimeout(None)
            return OpenedSocket(sock.detach())
        try:
            return _start_tunnel(route.argv)
        except OSError as exc:  # the program is not there (or may not run): no ssh at all
            raise GraphicsError(GraphicsProblem.NO_TUNNEL_PROGRAM, route.argv[0]) from exc
    except libvirt.libvirtError as exc:
        raise GraphicsError(GraphicsProblem.CONNECT_FAILED,
                            exc.get_error_message() or str(exc)) from exc
    except OSError as exc:
        raise GraphicsError(GraphicsProblem.CONNECT_FAILED, str(exc)) from exc


def _start_tunnel(argv: tuple[str, ...]) -> OpenedSocket:
    ours, theirs = socket.socketpair()
    try:
        # Argument list, never a shell; own session: no terminal for ssh to prompt on.
        proc = subprocess.Popen(list(argv), stdin=theirs.fileno(), stdout=theirs.fileno(),
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError:
        ours.close()
        raise
    finally:
        theirs.close()
    with contextlib.suppress(OSError):
        os.set_inheritable(ours.fileno(), False)
    return OpenedSocket(ours.detach(), proc)
