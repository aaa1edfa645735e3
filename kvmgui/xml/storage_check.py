"""Checks shared by the pool and volume validators, and what they report.

A :class:`Problem` names the spec field it is about (a stable key such as
``"hosts[0].port"``), carries translatable :class:`~kvmgui.xml.words.Words`
and is an error (the spec must not reach libvirt) or a warning (it may, once
the user has seen it). All messages are complete sentences.
"""

from __future__ import annotations

import ipaddress
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from kvmgui.xml.words import QT_TRANSLATE_NOOP, Arg, Marked, Words


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    field: str
    words: Words
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(field: str, text: Marked, *args: Arg) -> Problem:
    return Problem(field, text.words(*args))


def warning(field: str, text: Marked, *args: Arg) -> Problem:
    return Problem(field, text.words(*args), Severity.WARNING)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


# libvirt refuses only '/' and newlines in pool names, but the name becomes a file name
# (/etc/libvirt/storage/<name>.xml) and a virsh argument: keep to the safe characters.
POOL_NAME_RE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.+-]*")
NAME_MAX = 128
# RFC 1123 host names (labels of letters, digits and inner hyphens), the schema's dnsName.
HOST_LABEL_RE = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
# RFC 3720 iSCSI qualified name, as libvirt's schema has it: iqn.yyyy-mm.reversed.domain[:anything]
IQN_RE = re.compile(r"iqn\.[0-9]{4}-(0[1-9]|1[0-2])\.[a-zA-Z0-9.-]+(:.+)?")
WWN_RE = re.compile(r"(0x)?[0-9a-fA-F]{16}")


def check_pool_name(name: str, taken: frozenset[str] | set[str]) -> Iterator[Problem]:
    if not name.strip():
        yield error("name", QT_TRANSLATE_NOOP("StorageCheck", "Enter a name for the pool."))
    elif len(name) > NAME_MAX:
        yield error("name", QT_TRANSLATE_NOOP(
            "StorageCheck", "The name is too long: use at most %1 characters."), NAME_MAX)
    elif not POOL_NAME_RE.fullmatch(name):
        yield error("name", QT_TRANSLATE_NOOP(
            "StorageCheck",
            "Use only letters, digits, '_', '.', '+' and '-' in the name, and do not start "
            "it with '.', '+' or '-'."))
    elif name in taken:
        yield error("name", QT_TRANSLATE_NOOP(
            "StorageCheck", "This host already has a storage pool named %1."), name)


def check_host(host: str, field: str) -> Iterator[Problem]:
    """A DNS name or an IPv4/IPv6 address."""
    text = host.strip()
    if not text:
        yield error(field, QT_TRANSLATE_NOOP(
            "StorageCheck", "Enter the server's host name or IP address."))
        return
    try:
        ipaddress.ip_address(text)
        return
    except ValueError:
        pass
    labels = text.rstrip(".").split(".")
    if len(text) > 253 or not all(HOST_LABEL_RE.fullmatch(label) for label in labels) \
            or labels[-1].isdigit():
        yield error(field, QT_TRANSLATE_NOOP(
            "StorageCheck",
            "%1 is not a valid host name or IP address, such as nas.example.com or 192.0.2.10."),
            text)


def check_port(port: int | None, field: str) -> Iterator[Problem]:
    if port is not None and not 1 <= port <= 65535:
        yield error(field, QT_TRANSLATE_NOOP(
            "StorageCheck", "A port number must be between 1 and 65535."))


def check_iqn(iqn: str, field: str, *, is_target: bool) -> Iterator[Problem]:
    text = iqn.strip()
    if not text:
        if is_target:
            yield error(field, QT_TRANSLATE_NOOP("StorageCheck", "Enter the iSCSI target's IQN."))
        else:
            yield error(field, QT_TRANSLATE_NOOP("StorageCheck", "Enter the initiator's IQN."))
    elif not IQN_RE.fullmatch(text):
        yield error(field, QT_TRANSLATE_NOOP(
            "StorageCheck",
            "%1 is not an iSCSI qualified name such as iqn.2024-01.com.example:storage."), text)


def check_uuid(text: str, field: str) -> Iterator[Problem]:
    try:
        uuid.UUID(text.strip())
    except ValueError:
        yield error(field, QT_TRANSLATE_NOOP(
            "StorageCheck", "%1 is not a UUID such as 0a81f5b2-8403-7b23-c8d6-21ccc2f80d6f."), text)


def check_absolute(path: str, field: str) -> Iterator[Problem]:
    if not path.startswith("/"):
        yield error(field, QT_TRANSLATE_NOOP(
            "StorageCheck", "%1 is not an absolute path: it must start with '/'."), path)
    elif "\n" in path or "\0" in path:
        yield error(field, QT_TRANSLATE_NOOP(
            "StorageCheck", "A path cannot contain line breaks or NUL characters."))
