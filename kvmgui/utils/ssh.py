"""SSH to a guest: the command as an argument list, and the desktop's terminal to run it in.

Never a shell string: the user name is checked, the address comes from libvirt, and
the terminal gets ``ssh`` and its arguments as separate arguments. Plain Python (no Qt,
no libvirt, no words for the user): the details window's address box words the answers.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kvmgui.utils.uris import split_uri, uri_flag, uri_params

_USER = re.compile(r"[A-Za-z_][A-Za-z0-9._-]*")
_SSH_TRANSPORTS = ("ssh", "libssh", "libssh2")

# How each terminal takes a command to run: the arguments before the command.
_TERMINALS = {
    "x-terminal-emulator": ["-e"],
    "xdg-terminal-exec": [],  # freedesktop's: the user's chosen terminal, command as is
    "gnome-terminal": ["--"],
    "konsole": ["-e"],
    "xfce4-terminal": ["-x"],
    "ptyxis": ["--"],  # GNOME's, in place of gnome-terminal (Fedora 41, Ubuntu 25.10)
    "kgx": ["--"],  # GNOME Console; its -e takes the command as one string
    "mate-terminal": ["-x"],  # its -e takes one string, as gnome-terminal's
    "terminator": ["-x"],
    "alacritty": ["-e"],
    "kitty": [],  # the command after its options
    "foot": [],
    "wezterm": ["start", "--"],
    "xterm": ["-e"],  # last: often there only as another package's dependency
}


@dataclass(frozen=True)
class Login:
    """How libvirt's ssh transports log in to a URI's host, in OpenSSH's terms.

    ``program``: the URI's ``command=`` for qemu+ssh (the ssh libvirt runs), else ssh;
    ``user``: '' for ssh's own (libssh and libssh2 log in as root then); ``options``: the
    ``-o`` values for host-key checking as the transport did it (no_verify; libssh's
    known_hosts and known_hosts_verify); ``batch``: no_tty=1, libvirt's ssh asked nothing.
    """

    program: str
    host: str
    user: str
    port: int | None
    keyfile: str
    options: tuple[str, ...]
    batch: bool

    def args(self) -> list[str]:
        """Options, port, user and key file as ssh's arguments (the host not included)."""
        args = [arg for option in self.options for arg in ("-o", option)]
        if self.port:
            args += ["-p", str(self.port)]
        if self.user:
            args += ["-l", self.user]
        if self.keyfile:
            args += ["-i", self.keyfile]
        return args


def libvirt_login(uri: str) -> Login | None:
    """How libvirt logs in to the host of an ssh URI (qemu+ssh, +libssh, +libssh2), read
    as libvirt reads it (split_uri; parameter names in any case); None for another URI or
    a host ssh would take for an option."""
    parts = split_uri(uri)
    way = _transport(uri)
    if parts is None or way not in _SSH_TRANSPORTS or not parts.hostname \
            or parts.hostname.startswith("-"):
        return None
    params = uri_params(parts.query)
    user, options = parts.user, []
    if way == "ssh":  # OpenSSH, as libvirt runs it
        program = params.get("command") or "ssh"
        if uri_flag(params, "no_verify"):
            options.append("StrictHostKeyChecking=no")
    else:  # libssh: libvirt's own known_hosts and defaults
        program = "ssh"
        verify = params.get("known_hosts_verify", "normal").lower()
        known = params.get("known_hosts") or _libvirt_known_hosts()
        if verify == "ignore":
            known = "/dev/null"
            options.append("StrictHostKeyChecking=no")
        elif verify == "auto":
            options.append("StrictHostKeyChecking=accept-new")
        options.append("UserKnownHostsFile=" + _ssh_path(known))
        user = user or "root"
    return Login(program, parts.hostname, user, parts.port_number, params.get("keyfile", ""),
                 tuple(options), way == "ssh" and uri_flag(params, "no_tty"))


def _libvirt_known_hosts() -> str:
    """Where libvirt's libssh transports keep host keys by default."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = config if os.path.isabs(config) else os.path.expanduser("~/.config")
    return os.path.join(base, "libvirt", "known_hosts")


def _ssh_path(path: str) -> str:
    """``path`` as an ssh option value: ssh expands %-tokens and splits at white space."""
    path = path.replace("%", "%%")
    return f'"{path}"' if any(ch.isspace() for ch in path) else path


def valid_user(user: str) -> bool:
    """A name ssh cannot take for an option: starts with a letter or '_'."""
    return _USER.fullmatch(user) is not None


def jump_host(uri: str) -> str | None:
    """The host of a remote libvirt URI as ssh's ``-J`` takes it ('admin@far:2222'); None
    for a local one. User and port only from an ssh URI: another transport's are libvirt's."""
    user, host, port = _authority(uri)
    if not host or host.startswith("-"):
        return None
    if ":" in host:
        host = f"[{host}]"
    if _transport(uri) not in _SSH_TRANSPORTS:
        return host
    port = f":{port}" if port else ""
    return f"{user}@{host}{port}" if user else f"{host}{port}"


def hop(uri: str) -> list[str]:
    """ssh's options to go through the host of a remote libvirt URI ([] for a local one):
    ``-J`` where plain ssh logs in there as libvirt did, else a ProxyCommand that logs in
    as libvirt's transport did (``libvirt_login``: the URI's key file, host-key checking,
    ssh command; libssh's known_hosts and its user root), which -J cannot pass on."""
    jump = jump_host(uri)
    if jump is None:
        return []
    login = libvirt_login(uri)
    if login is None or (login.program == "ssh" and not login.options and not login.keyfile):
        return ["-J", jump]
    args = ["-i", login.keyfile] if login.keyfile else []
    args += [arg for option in login.options for arg in ("-o", option)]
    if login.port:
        args += ["-p", str(login.port)]
    # No brackets around an IPv6 address here, as -W has them.
    destination = f"{login.user}@{login.host}" if login.user else login.host
    command = f"{_literal([login.program, *args])} -W '[%h]:%p' {_literal(['--', destination])}"
    return ["-o", f"ProxyCommand={command}"]


def _literal(args: list[str]) -> str:
    """``args`` for a ProxyCommand: the user's shell runs it once ssh has expanded its
    %-tokens, so quoted, and a literal '%' doubled."""
    return shlex.join(args).replace("%", "%%")


def _transport(uri: str) -> str:
    return uri.partition(":")[0].lower().partition("+")[2]


def _authority(uri: str) -> tuple[str, str, str]:
    """(user, host as libvirt dials it, port) of ``uri``, '' for each it has not (a port
    out of range: ssh's own then)."""
    parts = split_uri(uri)
    if parts is None:
        return "", "", ""
    port = parts.port_number
    return parts.user, parts.hostname, str(port) if port else ""


def ssh_args(user: str, address: str, via: list[str] | None = None,
             port: int | None = None) -> list[str]:
    """``via``: the options to hop through a host (``hop``), for a guest only it reaches."""
    on = ["-p", str(port)] if port else []
    return ["ssh", *(via or []), *on, f"{user}@{address}"]  # ssh takes IPv6 addresses without brackets


def ssh_command(user: str, address: str, via: list[str] | None = None,
                port: int | None = None) -> str:
    """The command to paste into a shell ('ssh root@192.168.10.5')."""
    return shlex.join(ssh_args(user, address, via, port))


def find_terminal(env: Mapping[str, str] = os.environ,
                  which: Callable[[str], str | None] = shutil.which) -> tuple[str, list[str]] | None:
    """(program, arguments before the command) of the user's terminal, or None.

    $TERMINAL is a command line (shell quoting): the program, then options of its own,
    kept first. Then how it takes a command: its own if its options end with "-e", "-x"
    or "--"; else ours for a terminal we know, "-e" for another (xterm's, which Debian's
    x-terminal-emulator must take too)."""
    try:
        preferred = shlex.split(env.get("TERMINAL", ""))
    except ValueError:  # unbalanced quotes: not a command line
        preferred = []
    if preferred:
        name, *own = preferred
        program = which(name)
        if program:
            if own and own[-1] in ("-e", "-x", "--"):
                return program, own
            return program, [*own, *_TERMINALS.get(os.path.basename(name), ["-e"])]
    for name, lead in _TERMINALS.items():
        program = which(name)
        if program:
            return program, lead
    return None


# Around ssh in the terminal: its own failure (exit 255: refused, no route, a changed host
# key; 127: no ssh installed) stays on screen until Enter, where the terminal would close
# with ssh and take its words along. A constant script: the words and ssh's arguments come
# as its arguments.
HOLD_SCRIPT = ('p=$1; shift; "$@"; s=$?; if [ "$s" -eq 255 ] || [ "$s" -eq 127 ]; then '
               'printf "\\n%s " "$p"; read -r _; fi; exit "$s"')


def terminal_invocation(user: str, address: str, terminal: tuple[str, list[str]],
                        via: list[str] | None = None, port: int | None = None,
                        hold: str = "") -> tuple[str, list[str]]:
    """(program, args) for QProcess.startDetached: the terminal running ssh; ``hold``: the
    words to wait on after ssh's own failure ('' for none)."""
    program, lead = terminal
    command = ssh_args(user, address, via, port)
    if hold:
        command = ["sh", "-c", HOLD_SCRIPT, "sh", hold, *command]
    return program, [*lead, *command]
