"""Reading a libvirt URI the way libvirt reads it.

``split_uri`` is the one reading of a URI's scheme, user, host, port and the rest: the
log's password masking, the saved-host match, the Add Connection dialog, ssh's hop and
the console's tunnel all take it, so none of them reads another host than libvirt dials
(urlsplit raises on some URIs libvirt opens, "[127.0.0.1]", and reads others otherwise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import unquote

# Ports libvirt dials for a transport when the URI names none (ssh: whatever ssh's
# config says, 22 unless it says otherwise).
DEFAULT_PORTS = {"tcp": 16509, "tls": 16514, "libssh": 22, "libssh2": 22}

# Drivers that dial a host themselves (https, WinRM); any other's URI with a host and no
# "+transport" goes through libvirt's remote driver over tls (qemu://h is qemu+tls://h).
OWN_DIALLERS = frozenset({"esx", "gsx", "vpx", "hyperv"})

_HEAD = re.compile(r"[A-Za-z][\w+.-]*://")
# libvirt's authority ends at the first '/', '?' or '#'.
_AUTHORITY = re.compile(r"[^/?#]*")
# user:password@host as typed with a '/', '?' or '#' in the password, which libvirt reads
# as the end of a host "user" with port "pa…" (no number: no URI it can open): the
# password runs to the first '@' that a host (and port) and the URI's rest follow.
_TYPED = re.compile(r"(?P<userinfo>[^\s/:@?#\[\]]*:\S*?)@"
                    r"(?P<hostport>\[[^\s/?#@\[\]]*\](?::[^\s/?#@]*)?|[^\s/?#@\[\]]*)(?=[/?#]|$)")


@dataclass(frozen=True, slots=True)
class UriParts:
    """A URI cut as libvirt reads it, each part as written (escapes kept).

    ``userinfo``: before the authority's last '@' (user or user:password; None without
    '@'); ``host``: an IPv6 address with its brackets; ``port``: after the host's ':'
    (None without ':', perhaps no number: libvirt then refuses the URI); ``rest``: the
    path, query and fragment.
    """

    scheme: str
    userinfo: str | None
    host: str
    port: str | None
    rest: str

    @property
    def user(self) -> str:
        """The user name as libvirt decodes it, without a password; '' if none."""
        return unquote((self.userinfo or "").partition(":")[0])

    @property
    def hostname(self) -> str:
        """The host as libvirt dials it: no brackets, escapes decoded (an IPv6 zone's %25)."""
        host = self.host
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        return unquote(host)

    @property
    def port_number(self) -> int | None:
        """The port if it is one (1 to 65535), else None."""
        port = self.port or ""
        if port.isascii() and port.isdigit() and 0 < int(port) < 65536:
            return int(port)
        return None

    @property
    def query(self) -> str:
        """The rest's query: after its first '?', up to a '#'."""
        return self.rest.partition("#")[0].partition("?")[2]

    @property
    def hostport(self) -> str:
        return self.host if self.port is None else f"{self.host}:{self.port}"

    def text(self) -> str:
        """The URI again (with its password, if it has one)."""
        userinfo = "" if self.userinfo is None else f"{self.userinfo}@"
        return f"{self.scheme}://{userinfo}{self.hostport}{self.rest}"

    def without_password(self) -> UriParts:
        if self.userinfo is None:
            return self
        return replace(self, userinfo=self.userinfo.partition(":")[0])

    def with_query(self, query: str) -> UriParts:
        """The same URI with ``query`` (as written) in place of its own."""
        before, hash_mark, fragment = self.rest.partition("#")
        path = before.partition("?")[0]
        mark = "?" if query else ""
        return replace(self, rest=f"{path}{mark}{query}{hash_mark}{fragment}")


def split_uri(uri: str) -> UriParts | None:
    """``uri``'s parts as libvirt reads them; None for a URI without "scheme://".

    The authority ends at the first '/', '?' or '#' (an '@' after it is the path's or the
    query's). Where that leaves a host and port libvirt cannot read ("alice:pa" of
    alice:pa?ss@host) and the user meant a password holding such a character, it is read
    as typed (user alice, host "host"): that is what kvmgui dials (the password left out,
    ssh asks) and what a password is looked for in. Never raises."""
    head = _HEAD.match(uri)
    if head is None:
        return None
    start = head.end()
    authority = _AUTHORITY.match(uri, start)
    assert authority is not None  # matches the empty string
    userinfo, at, hostport = authority[0].rpartition("@")
    end = authority.end()
    host, port = _host_port(hostport)
    if not at and port and not (port.isascii() and port.isdigit()):
        typed = _TYPED.match(uri, start)
        if typed is not None:
            userinfo, at, hostport = typed["userinfo"], "@", typed["hostport"]
            host, port = _host_port(hostport)
            end = typed.end()
    return UriParts(uri[:start - 3], userinfo if at else None, host, port, uri[end:])


def _host_port(hostport: str) -> tuple[str, str | None]:
    """(host, port) of ``host:port``: an IPv6 address in brackets, a name up to its ':'."""
    if hostport.startswith("[") and "]" in hostport:
        host, bracket, after = hostport.partition("]")
        if not after or after.startswith(":"):
            return host + bracket, after[1:] if after else None
        return hostport, None  # "[::1]x": no URI libvirt reads
    host, colon, port = hostport.partition(":")
    return host, port if colon else None


def transport(scheme: str, host: str) -> str:
    """The remote driver's transport for a URI's scheme and host: the one named after
    '+', else tls with a host, else unix; '' for a driver in OWN_DIALLERS."""
    driver, _, named = scheme.lower().partition("+")
    if named:
        return named
    if driver in OWN_DIALLERS:
        return ""
    return "tls" if host else "unix"


def is_remote_uri(uri: str) -> bool:
    return "+" in uri.partition(":")[0] or bool(uri_host(uri))


def uri_host(uri: str) -> str:
    """The URI's host as libvirt dials it (escapes decoded: an IPv6 zone's %25), '' if
    none; never raises (urlsplit does: "[127.0.0.1]", "us[er@")."""
    parts = split_uri(uri)
    return parts.hostname if parts is not None else ""


def query_items(query: str) -> list[tuple[str, str]]:
    """The query cut into parameters as libvirt cuts it (virURIParseParams): each item as
    written with the separator after it ('' for the last). An item ends at the next '&'
    while one remains, then at each ';': in ``keyfile=/k;no_verify=1`` there are two,
    in ``keyfile=/k;x&no_verify=1`` the key file is "/k;x". Joined again, the items and
    their separators are the query."""
    items = []
    rest = query
    while rest:
        cut = rest.find("&")
        if cut < 0:
            cut = rest.find(";")
        if cut < 0:
            items.append((rest, ""))
            break
        items.append((rest[:cut], rest[cut]))
        rest = rest[cut + 1:]
    return items


def uri_params(query: str) -> dict[str, str]:
    """The URI's parameters as libvirt reads them: cut as ``query_items`` cuts them,
    names in any case, the last of a repeated one wins, %-escapes decoded and '+' kept
    (it is not a space there); an item without a name ("=x") is no parameter."""
    params = {}
    for item, _separator in query_items(query):
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
