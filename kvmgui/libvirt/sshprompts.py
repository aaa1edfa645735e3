"""What ssh asks and how an ssh login failed, as codes (the GUI words them).

OpenSSH hands every question to kvmgui's askpass helper as one line of its own English
text (OpenSSH has no translations); ``parse_prompt`` recognises the questions kvmgui
shows in its own words — an unknown host's key, a password, a key's passphrase — and
keeps the rest as ssh's text. ``open_problem`` reads libvirt's message after a failed
open of an ssh URI (which ends with what ssh and the far side printed) and names the
cause the user can act on. Nothing here compares kvmgui's own display text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class PromptKind(Enum):
    HOST_KEY = "host-key"  # an unknown host: accept its key (yes) or not (no)
    PASSWORD = "password"  # the account's password on the host
    PASSPHRASE = "passphrase"  # of a private key file
    CONFIRM = "confirm"  # another yes/no question of ssh's (shown in ssh's words)
    OTHER = "other"  # any other prompt (keyboard-interactive, a PIN): ssh's words


@dataclass(frozen=True)
class SshPrompt:
    """One question of ssh's. ``text`` is ssh's, as given; the rest is what kvmgui read
    from it."""

    kind: PromptKind
    text: str
    host: str = ""
    user: str = ""
    key_type: str = ""  # HOST_KEY: "ED25519", "ECDSA", "RSA"
    fingerprint: str = ""  # HOST_KEY: "SHA256:…"
    key_path: str = ""  # PASSPHRASE

    @property
    def secret(self) -> bool:
        """Typed without echo (a password, passphrase or anything unknown)."""
        return self.kind in (PromptKind.PASSWORD, PromptKind.PASSPHRASE, PromptKind.OTHER)

    @property
    def yes_no(self) -> bool:
        return self.kind in (PromptKind.HOST_KEY, PromptKind.CONFIRM)


_HOST_KEY_HOST = re.compile(r"authenticity of host '(?P<host>[^']*)'")
_FINGERPRINT = re.compile(r"(?P<type>[A-Z0-9-]+) key fingerprint is (?P<fp>SHA256:[A-Za-z0-9+/=]+)")
# The host is after the last '@': a domain account's user name has one (me@corp@host).
_PASSWORD = re.compile(r"(?P<user>\S+)@(?P<host>[^\s@]+?)'s password: ?")
_KBD_PASSWORD = re.compile(r"\((?P<user>[^\s)]+)@(?P<host>[^)\s@]+)\) Password: ?")
_PASSPHRASE = re.compile(r"Enter passphrase for (?:key )?'?(?P<path>.+?)'?: ?")
_YES_NO = re.compile(r"\(yes/no[^)]*\)\? ?$")


def parse_prompt(text: str) -> SshPrompt:
    """What the question ``text`` (ssh's askpass argument) asks."""
    stripped = text.strip()
    if _YES_NO.search(stripped):
        host = _HOST_KEY_HOST.search(stripped)
        key = _FINGERPRINT.search(stripped)
        if host and key:
            # "name (address)": the name as the user typed it, then what it resolved to.
            return SshPrompt(PromptKind.HOST_KEY, text, host=host["host"].split(" (")[0],
                             key_type=key["type"], fingerprint=key["fp"])
        return SshPrompt(PromptKind.CONFIRM, text)
    if m := _PASSWORD.fullmatch(stripped + " ") or _PASSWORD.fullmatch(stripped):
        return SshPrompt(PromptKind.PASSWORD, text, host=m["host"], user=m["user"])
    if m := _KBD_PASSWORD.fullmatch(stripped + " ") or _KBD_PASSWORD.fullmatch(stripped):
        return SshPrompt(PromptKind.PASSWORD, text, host=m["host"], user=m["user"])
    if m := _PASSPHRASE.fullmatch(stripped + " ") or _PASSPHRASE.fullmatch(stripped):
        return SshPrompt(PromptKind.PASSPHRASE, text, key_path=m["path"])
    return SshPrompt(PromptKind.OTHER, text)


def yes_no_answer(accepted: bool) -> str:
    """What ssh takes as the answer to a yes/no question."""
    return "yes" if accepted else "no"


# -- why an open failed ---------------------------------------------------------------


class OpenProblem(Enum):
    """The cause of a failed open that the user can act on (NONE: libvirt's words say it)."""

    NONE = "none"
    HOST_KEY_NOT_TRUSTED = "host-key-not-trusted"  # unknown key, not accepted
    HOST_KEY_CHANGED = "host-key-changed"  # the key differs from the one known: refused
    LOGIN_REFUSED = "login-refused"  # no password, key or agent identity was accepted
    UNREACHABLE = "unreachable"  # no ssh server answered (name, route, port)
    NO_LIBVIRT = "no-libvirt"  # logged in, but no libvirt daemon (or socket) on the far side
    NO_FAR_HELPER = "no-far-helper"  # logged in, but neither virt-ssh-helper nor nc there
    NO_SSH_PROGRAM = "no-ssh-program"  # ssh (or the URI's command=) cannot run here


SSH_TRANSPORTS = ("ssh", "libssh", "libssh2")

_CHANGED = ("REMOTE HOST IDENTIFICATION HAS CHANGED", "Host key for ", "has changed and you have")
_NOT_TRUSTED = ("Host key verification failed", "host key verification failed",
                "Host key verification", "Cannot check host key")
# Also in ssh's warnings on a login that goes on (the accepted key could not be saved):
# a hint only when nothing more telling was said.
_KNOWN_HOSTS = ("known_hosts",)
_REFUSED = ("Permission denied (", "Too many authentication failures",
            "authentication failed", "Authentication failed", "No more authentication methods")
_UNREACHABLE = ("Could not resolve hostname", "ssh: connect to host", "Name or service not known",
                "No route to host", "Connection timed out", "Network is unreachable")
# What the far side prints when its half of the tunnel finds no daemon: libvirt's helper,
# netcat, or the shell not finding either; libvirt then reports the stream's end.
_FAR_SIDE = ("virt-ssh-helper", "nc: ", "nc -U", "netcat", "libvirt-sock", "virtqemud-sock",
             "command not found", ": not found", "Failed to connect socket",
             "unix connect failed", "No such file or directory", "Connection refused")
# A shell on the far side that found neither of libvirt's ways to its socket.
_NO_HELPER = re.compile(r"\b(?:virt-ssh-helper|nc|netcat): (?:command )?not found")
# libvirt here could not run the ssh program (the URI's command=, or ssh).
_NO_PROGRAM = ("cannot execute binary ", "Cannot find '")
_STREAM_END = ("Cannot recv data", "End of file while reading data", "Cannot write data")


def open_problem(uri: str, message: str) -> OpenProblem:
    """The cause of a failed open of ``uri`` in libvirt's ``message``, for ssh URIs."""
    # Not urlsplit: it raises on a URI libvirt refuses ("[fe80::1"), and this reads why.
    if uri.partition(":")[0].lower().partition("+")[2] not in SSH_TRANSPORTS:
        return OpenProblem.NONE
    if any(s in message for s in _NO_PROGRAM):
        return OpenProblem.NO_SSH_PROGRAM
    if any(s in message for s in _CHANGED):
        return OpenProblem.HOST_KEY_CHANGED
    if any(s in message for s in _NOT_TRUSTED):
        return OpenProblem.HOST_KEY_NOT_TRUSTED
    if any(s in message for s in _REFUSED):
        return OpenProblem.LOGIN_REFUSED
    if any(s in message for s in _UNREACHABLE):
        return OpenProblem.UNREACHABLE
    if any(s in message for s in _KNOWN_HOSTS):
        return OpenProblem.HOST_KEY_NOT_TRUSTED
    if _NO_HELPER.search(message):
        return OpenProblem.NO_FAR_HELPER
    if any(s in message for s in _STREAM_END) or any(s in message for s in _FAR_SIDE):
        return OpenProblem.NO_LIBVIRT
    return OpenProblem.NONE
