"""Small pure checks of single fields of a new VM: name, MAC, host and user
names, SSH public keys, password hashes, YAML, texts the XML cannot hold (a control
character), how a path is written, and paths on the local machine.

Each returns a :class:`~kvmgui.xml.newvm_problems.Code` (or a list of
problems) instead of words; ``newvm_validate`` puts them together.
"""

from __future__ import annotations

import base64
import binascii
import errno
import itertools
import os
import re
import stat
from collections.abc import Iterator
from enum import StrEnum

from kvmgui.xml.filereasons import NOT_LOOKED_AT, errno_reason
from kvmgui.xml.newvm_problems import Code, Problem, error
from kvmgui.xml.newvm_spec import InstallMethod, NetworkKind, NewVmSpec, StorageKind
from kvmgui.xml.words import Words

NAME_MAX = 64
# Letters, digits, '_', '.', '-', not starting with '.' or '-': the name becomes
# file names (<name>.xml, logs, NVRAM) and a shell argument for virsh.
NAME_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
MAC_RE = re.compile(r"[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}")
_LABEL_RE = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
# Debian's adduser NAME_REGEX with useradd's length limit.
USER_RE = re.compile(r"[a-z_][a-z0-9_-]{0,31}")
SHA512_CRYPT_RE = re.compile(r"\$6\$(rounds=\d+\$)?[./0-9A-Za-z]{1,16}\$[./0-9A-Za-z]{86}")
SSH_KEY_TYPES = frozenset({
    "ssh-ed25519", "ssh-rsa", "ssh-dss", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
})  # fmt: skip
# sshd's authorized_keys options (sshd(8)): those that take a "value", and flags.
_VALUE_OPTIONS = frozenset({
    "command", "environment", "expiry-time", "from", "permitlisten", "permitopen", "principals", "tunnel",
})  # fmt: skip
_FLAG_OPTIONS = frozenset({
    "agent-forwarding", "cert-authority", "no-agent-forwarding", "no-port-forwarding", "no-pty",
    "no-user-rc", "no-x11-forwarding", "port-forwarding", "pty", "no-touch-required", "verify-required",
    "restrict", "user-rc", "x11-forwarding",
})  # fmt: skip
_OPTION_RE = re.compile(r'([A-Za-z0-9-]+)(="(?:[^"\\]|\\.)*")?')
# What XML 1.0 cannot hold (lxml refuses to write it): NUL, the C0 controls but tab and
# line breaks, lone surrogates, U+FFFE and U+FFFF. A one-line text (a name, a path: libvirt's
# schema takes them on one line) has no line breaks either.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NOT_ONE_LINE = re.compile("[^\t\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def name_problem(name: str) -> tuple[Code, tuple[str | int, ...]] | None:
    if not name:
        return Code.NAME_EMPTY, ()
    if len(name) > NAME_MAX:
        return Code.NAME_TOO_LONG, (NAME_MAX,)
    if not NAME_RE.fullmatch(name):
        return Code.NAME_CHARS, ()
    return None


def control_character(text: str, *, one_line: bool = True) -> str | None:
    """The first character of ``text`` that libvirt's XML cannot hold, as "U+001B"; None
    when there is none. ``one_line``: line breaks count too (names and paths)."""
    found = (_NOT_ONE_LINE if one_line else _NOT_XML_CHAR).search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def control_characters(spec: NewVmSpec) -> Iterator[Problem]:
    """Names and words the domain XML carries as typed with a character it cannot hold
    (paths: :func:`path_text_problem`)."""
    inst, storage, nic, ci = spec.install, spec.storage, spec.network, spec.cloud_init
    texts: list[tuple[str, str]] = []
    if inst.method is InstallMethod.ISO_VOLUME:
        texts += [("install.iso_volume", inst.iso_pool), ("install.iso_volume", inst.iso_volume)]
    elif inst.method is InstallMethod.CLOUD_IMAGE and inst.base_volume:
        texts += [("install.base", inst.base_pool), ("install.base", inst.base_volume)]
    if storage.kind in (StorageKind.NEW_VOLUME, StorageKind.EXISTING_VOLUME):
        texts += [("storage.pool", storage.pool), ("storage.volume", storage.volume)]
    if nic.kind is not NetworkKind.NONE:
        texts.append(("network.source", nic.source))
    if spec.uses_cloud_init:
        texts += [("cloud_init.volume", ci.pool), ("cloud_init.volume", ci.volume)]
    if inst.method is InstallMethod.KERNEL and (char := control_character(inst.cmdline, one_line=False)):
        yield error("install.cmdline", Code.TEXT_CONTROL_CHARACTER, char)
    for key, text in texts:
        if (char := control_character(text)) is not None:
            yield error(key, Code.TEXT_CONTROL_CHARACTER, char)


def path_text_problem(key: str, path: str, want: PathState) -> Problem | None:
    """A host path written as libvirt's schema takes it (absolute, on one line, something
    after the '/'); a relative one would be looked for in kvmgui's own directory."""
    if (char := control_character(path)) is not None:
        return error(key, Code.TEXT_CONTROL_CHARACTER, char)
    if not path.startswith("/"):
        return error(key, Code.PATH_NOT_ABSOLUTE, path)
    if not path.strip("/"):
        return error(key, Code.PATH_NOT_DEVICE if want is PathState.BLOCK else Code.PATH_NOT_FILE, path)
    return None


def mac_problem(mac: str) -> Code | None:
    if not MAC_RE.fullmatch(mac):
        return Code.MAC_INVALID
    if int(mac[:2], 16) & 1 or int(mac.replace(":", ""), 16) == 0:
        return Code.MAC_MULTICAST
    return None


def ifname_ok(name: str) -> bool:
    """A name the kernel takes for a network interface (dev_valid_name): at most 15 bytes,
    no white space, '/' or ':', not '.' or '..'."""
    return (0 < len(name.encode()) <= 15 and name not in (".", "..")
            and not any(c.isspace() or c in "/:" for c in name))


def hostname_ok(name: str) -> bool:
    """A DNS host name (RFC 1123), possibly with a domain."""
    return 0 < len(name) <= 253 and all(_LABEL_RE.fullmatch(label) for label in name.split("."))


def hostname_from_name(vm_name: str) -> str:
    """A host name made from a VM name: other characters become '-'."""
    label = re.sub(r"[^A-Za-z0-9-]+", "-", vm_name).strip("-")[:63].strip("-")
    return label or "localhost"


def user_ok(user: str) -> bool:
    return bool(USER_RE.fullmatch(user))


def password_hash_ok(text: str) -> bool:
    return bool(SHA512_CRYPT_RE.fullmatch(text))


def ssh_key_problem(key: str) -> Code | None:
    """None for an OpenSSH authorized_keys line: ``[options] type base64 [comment]``."""
    text = key.strip()
    if "PRIVATE KEY" in text:
        return Code.SSH_KEY_PRIVATE
    if "\n" in text:
        return Code.SSH_KEY_INVALID
    if text and text.split(None, 1)[0] not in SSH_KEY_TYPES:
        # Options first (from="…",no-pty): sshd ignores the whole line for one it does not know.
        text = _skip_options(text)
    parts = text.split(None, 2)
    if len(parts) < 2 or parts[0] not in SSH_KEY_TYPES:
        return Code.SSH_KEY_INVALID
    if not _blob_ok(parts[0], parts[1]):
        return Code.SSH_KEY_INVALID
    # Two keys pasted on one line: the second would be the first one's comment, and useless.
    words = parts[2].split() if len(parts) > 2 else []
    if any(kind in SSH_KEY_TYPES and _blob_ok(kind, blob) for kind, blob in itertools.pairwise(words)):
        return Code.SSH_KEY_TWO
    return None


def _blob_ok(kind: str, text: str) -> bool:
    """Whether ``text`` is the base64 of a key of type ``kind``."""
    try:
        blob = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return False
    # The blob starts with its own type as an SSH string (4-byte length, bytes).
    size = int.from_bytes(blob[:4], "big") if len(blob) >= 4 else -1
    return blob[4 : 4 + size] == kind.encode()


def _skip_options(text: str) -> str:
    """``text`` after its leading options, or "" when they are not sshd's."""
    pos = 0
    while match := _OPTION_RE.match(text, pos):
        name, value = match.group(1).lower(), match.group(2)
        if name not in (_VALUE_OPTIONS if value else _FLAG_OPTIONS):
            return ""
        pos = match.end()
        if text[pos : pos + 1] != ",":
            return text[pos:] if text[pos : pos + 1].isspace() else ""
        pos += 1
    return ""


class YamlResult(StrEnum):
    OK = "ok"
    SYNTAX = "syntax"
    NOT_MAPPING = "not-mapping"
    RECURSIVE = "recursive"  # an alias inside its own anchor: no dumper can write it out
    TOO_LARGE = "too-large"  # written out (aliases spelt in full) past WRITTEN_MAX values


# What a seed may hold once its aliases are spelt out: "billion laughs" YAML is a few
# lines that write out as millions of values.
WRITTEN_MAX = 100_000


def yaml_mapping_problem(text: str) -> tuple[YamlResult, int, str]:
    """(result, 1-based line, YAML's own message) for a text that must hold a mapping
    (or nothing at all)."""
    import yaml  # noqa: PLC0415 (only once some YAML is typed: 25 ms off the wizard's opening)

    try:
        data = yaml.safe_load(text)
        if data is not None and not isinstance(data, dict):
            return YamlResult.NOT_MAPPING, 0, ""
        size = _written_size(data, set(), {})
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        return YamlResult.SYNTAX, line, str(getattr(err, "problem", None) or err)
    except RecursionError:  # nested hundreds deep: the loader (or the walk) gives up
        return YamlResult.TOO_LARGE, 0, ""
    if size is None:
        return YamlResult.RECURSIVE, 0, ""
    return (YamlResult.TOO_LARGE if size > WRITTEN_MAX else YamlResult.OK), 0, ""


def _written_size(node: object, path: set[int], sizes: dict[int, int]) -> int | None:
    """How many values ``node`` writes out as (each alias spelt in full), or None when it
    holds itself (``a: &x [*x]``). ``path``: the containers above it; ``sizes``: those
    already counted, so a shared one is walked once (a walk of every use would take as
    long as writing a "billion laughs" out)."""
    if not isinstance(node, (dict, list)):
        return 1
    if id(node) in path:
        return None
    if id(node) in sizes:
        return sizes[id(node)]
    path.add(id(node))
    total = 1
    for child in [*node.keys(), *node.values()] if isinstance(node, dict) else node:
        size = _written_size(child, path, sizes)
        if size is None:
            return None
        total += size
    path.discard(id(node))
    sizes[id(node)] = total
    return total


class PathState(StrEnum):
    FILE = "file"
    BLOCK = "block"  # a block device (a CD-ROM drive, a disk)
    DIRECTORY = "directory"
    OTHER = "other"
    MISSING = "missing"
    UNREADABLE = "unreadable"
    # The stat failed for another reason: the path is not known to be there, but "does not
    # exist" would send the user looking for a file that may well be on a dead mount.
    STALE = "stale"  # ESTALE: a network mount whose server lost the file handle
    IO_ERROR = "io-error"  # EIO
    NOT_A_FOLDER = "not-a-folder"  # ENOTDIR: a part of the path is a file
    LINK_LOOP = "link-loop"  # ELOOP
    UNKNOWN_ERROR = "unknown-error"


# States in which the path cannot be used because it was not found, whatever the cause.
NOT_FOUND = frozenset({
    PathState.MISSING, PathState.STALE, PathState.IO_ERROR, PathState.NOT_A_FOLDER,
    PathState.LINK_LOOP, PathState.UNKNOWN_ERROR,
})

_ERRNO_STATES = {
    errno.ESTALE: PathState.STALE,
    errno.EIO: PathState.IO_ERROR,
    errno.ENOTDIR: PathState.NOT_A_FOLDER,
    errno.ELOOP: PathState.LINK_LOOP,
}
_STATE_ERRNOS = {state: number for number, state in _ERRNO_STATES.items()}


def path_state_reason(state: PathState) -> Words | None:
    """Why a path in ``state`` could not be looked at, or None for the other states: the
    words of a file error of that number (``filereasons``), so a path check and a save
    say a dead mount alike."""
    if state is PathState.UNKNOWN_ERROR:
        return NOT_LOOKED_AT.words()
    text = errno_reason(_STATE_ERRNOS.get(state))
    return None if text is None else text.words()


def local_path_state(path: str) -> PathState:
    """What ``path`` is on this machine; for the validator's ``check_path`` on local hosts.

    Blocking (a stat), but cheap on local disks; network mounts may hang, so the
    wizard runs it in a worker.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return PathState.MISSING
    except PermissionError:
        return PathState.UNREADABLE
    except OSError as exc:
        return _ERRNO_STATES.get(exc.errno or 0, PathState.UNKNOWN_ERROR)
    if not os.access(path, os.R_OK):
        return PathState.UNREADABLE
    if stat.S_ISREG(info.st_mode):
        return PathState.FILE
    if stat.S_ISBLK(info.st_mode):
        return PathState.BLOCK
    if stat.S_ISDIR(info.st_mode):
        return PathState.DIRECTORY
    return PathState.OTHER
