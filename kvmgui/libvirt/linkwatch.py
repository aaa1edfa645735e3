"""Ends a connection whose host went silent, before libvirt's keepalive does.

Why: libvirt 9.0's client breaks when its keepalive closes a connection on which two
or more threads wait for answers: one call fails, another waits for ever or, once the
link is back, the process crashes (docs/reliability.md, "The hung-host crash"). A
connection that ends through end of file (a killed daemon) never did. So kvmgui watches
the socket under each connection with keepalive on, and once the host has been silent
for ``SILENCE_S`` it shuts that socket down itself: every waiting call fails with end
of file and the connection is reported lost, as keepalive would, 8 s earlier.

Silence, by the socket's kind:

- TCP (``tcp``, ``tls``, ``libssh``): the kernel's time since data last came in
  (``TCP_INFO``). A live host is never silent that long: libvirt's keepalive
  (``setKeepAlive(5, 3)``, connection.py) pings after 5 s without traffic and the host
  answers at once, and the host pings idle clients too.
- Unix (a local daemon; ``qemu+ssh``, whose socket goes to a local ssh process): the
  kernel keeps no such time, so the connection reports each answer it gets (``Pulse``)
  and asks a cheap question (``getLibVersion``) once it has had none for ``PULSE_S``.
  Over ssh, ssh's ``ServerAlive*`` options (askpass.py) also end a dead link first.

Which socket: those that appeared in this process while the handle opened and lead
where the URI does (its host and port; the daemon's socket; for ssh, an unnamed socket
pair); exactly one, or none is watched. The watch never keeps a socket open: each look
duplicates the descriptor, checks it is still the same socket (its inode) and closes
the duplicate, so a number libvirt closed and the kernel gave to something else is
never touched.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import socket
import stat
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kvmgui.utils.uris import DEFAULT_PORTS, split_uri, transport, uri_params

log = logging.getLogger(__name__)

SILENCE_S = 12.0  # keepalive (5 s x 3) closes at ~20 s; a live host answers within ~6 s
PERIOD_S = 1.0  # how often the watch looks
PULSE_S = 3.0  # unix sockets: ask the host something after this long without an answer

# struct tcp_info (linux/tcp.h): 8 one-byte fields, then 32-bit ones; tcpi_last_data_recv
# (ms since data last came in) is the 12th of those.
_TCP_INFO_LEN = 104
_LAST_DATA_RECV = struct.Struct("=I")
_LAST_DATA_RECV_AT = 8 + 11 * 4


@dataclass(frozen=True)
class Endpoint:
    """Where an open of a URI leads: a TCP host and port, a daemon's unix socket
    (``path`` empty: any libvirt daemon socket), or a socket pair to ssh."""

    kind: str  # "tcp", "unix", "pair"
    host: str = ""
    port: int = 0
    path: str = ""


def endpoint(uri: str) -> Endpoint | None:
    """Where libvirt connects for ``uri``; None when it opens no socket of its own that
    we can tell (``ext``), the driver runs in this process (``test``) or dials the host
    itself (``esx``: https)."""
    parts = split_uri(uri)  # as libvirt reads it: [127.0.0.1] is 127.0.0.1
    if parts is None or (parts.port and parts.port_number is None):
        return None  # libvirt opens port 99999 (glibc dials 34463): not watched
    driver = parts.scheme.lower().partition("+")[0]
    way = transport(parts.scheme, parts.host)  # '' for esx://, hyperv://…
    if way in DEFAULT_PORTS:  # libvirt decodes the host's escapes: an IPv6 zone's %25
        return Endpoint("tcp", parts.hostname or "localhost",
                        parts.port_number or DEFAULT_PORTS[way])
    if way == "ssh":
        return Endpoint("pair")
    if way == "unix" and driver != "test":  # socket=, Socket=: libvirt reads any case
        return Endpoint("unix", path=uri_params(parts.query).get("socket", ""))
    return None


def socket_fds() -> dict[int, int]:
    """This process's socket descriptors: inode by descriptor number."""
    found = {}
    for name in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{name}")
            if target.startswith("socket:["):
                found[int(name)] = int(target[8:-1])
    return found


@contextlib.contextmanager
def _same_socket(fd: int, inode: int) -> Iterator[socket.socket | None]:
    """A duplicate of ``fd`` as a socket object if ``fd`` is still socket ``inode``."""
    try:
        dup = os.dup(fd)
    except OSError:
        yield None
        return
    try:
        info = os.fstat(dup)
        if not stat.S_ISSOCK(info.st_mode) or info.st_ino != inode:
            os.close(dup)
            yield None
            return
        sock = socket.socket(fileno=dup)
    except OSError:
        os.close(dup)
        yield None
        return
    with sock:
        yield sock


def _addresses(host: str, port: int) -> set[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return set()
    return {_plain(str(info[4][0])) for info in infos}


def _plain(address: str) -> str:
    """An address as one spelling: IPv4-mapped IPv6 as IPv4, no scope."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return address
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ip)


def _unix_name(name: object) -> str:
    return name.decode(errors="replace") if isinstance(name, bytes) else str(name or "")


def _leads_to(sock: socket.socket, where: Endpoint, addresses: set[str]) -> str | None:
    """What ``sock`` is connected to, if that is ``where``; else None."""
    if sock.type != socket.SOCK_STREAM:
        return None
    if where.kind == "tcp":
        if sock.family not in (socket.AF_INET, socket.AF_INET6):
            return None
        host, port = sock.getpeername()[:2]
        return f"{host}:{port}" if port == where.port and _plain(host) in addresses else None
    if sock.family != socket.AF_UNIX:
        return None
    peer, own = _unix_name(sock.getpeername()), _unix_name(sock.getsockname())
    if where.kind == "pair":  # socketpair(): neither end has a name
        return "ssh (socket pair)" if not peer and not own else None
    if where.path:
        return peer if peer == where.path else None
    # libvirt's daemons listen on <dir>/libvirt-sock, virtqemud-sock, …
    return peer if peer.endswith("-sock") and "libvirt" in peer else None


@dataclass(frozen=True)
class Link:
    """One socket of this process, by descriptor and inode."""

    fd: int
    inode: int
    peer: str
    tcp: bool = True  # the kernel can tell its silence

    def exists(self) -> bool:
        with _same_socket(self.fd, self.inode) as sock:
            return sock is not None

    def silence_ms(self) -> int | None:
        """TCP: milliseconds since data last came in; None once the socket is gone (or
        is not TCP)."""
        with _same_socket(self.fd, self.inode) as sock:
            if sock is None or not self.tcp:
                return None
            try:
                raw = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, _TCP_INFO_LEN)
            except OSError:
                return None
            if len(raw) < _LAST_DATA_RECV_AT + 4:
                return None
            return int(_LAST_DATA_RECV.unpack_from(raw, _LAST_DATA_RECV_AT)[0])

    def cut(self) -> bool:
        """Shut the socket down both ways (its owner then reads end of file)."""
        with _same_socket(self.fd, self.inode) as sock:
            if sock is None:
                return False
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
                return True
            return False


def find(uri: str, before: dict[int, int]) -> Link | None:
    """The socket an open of ``uri`` made: new since ``before`` (``socket_fds()`` taken
    just before the open) and leading where the URI does. None unless exactly one does,
    or if it is already watched."""
    where = endpoint(uri)
    if where is None:
        return None
    addresses = _addresses(where.host, where.port) if where.kind == "tcp" else set()
    found = []
    for fd, inode in socket_fds().items():
        if before.get(fd) == inode or WATCH.watches(inode):
            continue
        with _same_socket(fd, inode) as sock:
            try:
                peer = _leads_to(sock, where, addresses) if sock is not None else None
            except OSError:
                peer = None
        if peer is not None:
            found.append(Link(fd, inode, peer, tcp=where.kind == "tcp"))
    if len(found) != 1:
        log.log(logging.INFO if found else logging.DEBUG,
                "%s: %d sockets of its kind opened with it; none watched for silence",
                uri, len(found))
        return None
    log.debug("%s: watching %s for silence", uri, found[0].peer)
    return found[0]


class Pulse:
    """When a connection last answered, for a socket whose silence the kernel cannot
    tell. ``answered()`` from any thread; ``ask`` starts a cheap call in a worker that
    calls ``answered()`` when it returns. No lock: two plain stores race at worst into
    one extra question or one look that sees an answer a second late."""

    def __init__(self, ask: Callable[[], None], clock: Callable[[], float] = time.monotonic,
                 every_s: float = PULSE_S) -> None:
        self._ask = ask
        self._clock = clock
        self._every_s = every_s
        self._last = clock()
        self._asking = False

    def answered(self) -> None:
        self._last = self._clock()
        self._asking = False

    def silence_ms(self) -> int:
        """Milliseconds without an answer; asks once it has been ``every_s``."""
        quiet = self._clock() - self._last
        if quiet >= self._every_s and not self._asking:
            self._asking = True
            self._ask()
        return int(quiet * 1000)


class Watch:
    """Looks at every watched link each ``period_s``; one that has been silent for
    ``silence_s`` is reported (``on_silent``, on the watch's thread) and then cut."""

    def __init__(self, silence_s: float = SILENCE_S, period_s: float = PERIOD_S) -> None:
        self.silence_s = silence_s
        self.period_s = period_s
        self._lock = threading.Lock()
        # by inode: the link, who to tell, and its pulse (unix sockets)
        self._links: dict[int, tuple[Link, Callable[[], None], Pulse | None]] = {}
        self._thread: threading.Thread | None = None

    def watches(self, inode: int) -> bool:
        with self._lock:
            return inode in self._links

    def add(self, link: Link, on_silent: Callable[[], None],
            pulse: Pulse | None = None) -> Callable[[], None]:
        """Watch ``link`` (a unix socket needs a ``pulse``); returns the call that stops
        watching it."""
        if pulse is None and not link.tcp:
            raise ValueError("a unix socket's silence needs a Pulse")
        with self._lock:
            self._links[link.inode] = (link, on_silent, pulse)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="linkwatch", daemon=True)
                self._thread.start()
        return lambda: self._drop(link)

    def _drop(self, link: Link) -> None:
        with self._lock:
            if link.inode in self._links and self._links[link.inode][0] == link:
                del self._links[link.inode]

    def _run(self) -> None:
        while True:
            time.sleep(self.period_s)
            with self._lock:
                if not self._links:
                    self._thread = None  # the next add starts another
                    return
                links = list(self._links.values())
            for link, on_silent, pulse in links:
                self._look(link, on_silent, pulse)

    def _look(self, link: Link, on_silent: Callable[[], None], pulse: Pulse | None) -> None:
        if pulse is None:
            silence = link.silence_ms()
        elif link.exists():  # before the pulse: a closed socket gets no question
            silence = pulse.silence_ms()
        else:
            silence = None
        if silence is None:  # libvirt closed it
            self._drop(link)
            return
        if silence < self.silence_s * 1000:
            return
        with self._lock:  # not cut once its owner stopped watching (teardown closes it)
            if link.inode not in self._links:
                return
            del self._links[link.inode]
        log.warning("no answer from %s for %.1f s: ending the connection", link.peer,
                    silence / 1000)
        try:
            on_silent()
        finally:
            link.cut()


WATCH = Watch()
