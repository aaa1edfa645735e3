"""Shared pieces of the storage operation tests."""

from __future__ import annotations

import libvirt

HOME = "35bb2ad9-388a-cdfe-461a-b8907f6e5301"  # the Demo host's "home" pool (/home)


class CodedError(libvirt.libvirtError):
    """A libvirt error with a chosen code and message, for monkeypatched failures."""

    def __init__(self, code: int, message: str) -> None:
        Exception.__init__(self, message)
        self.code, self.message = code, message

    def get_error_code(self) -> int:
        return self.code

    def get_error_message(self) -> str:
        return self.message


def raising(code: int, message: str):
    def raiser(*_args, **_kwargs):
        raise CodedError(code, message)
    return raiser
