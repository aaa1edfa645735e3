"""A local file's failure in words: one table of reasons by error number, for the file
errors of the GUI (exports, saves, transfers) and the path checks of the new VM wizard."""

import errno
import os

import pytest

from kvmgui.models.words import say
from kvmgui.widgets.filewords import file_reason, unwritable
from kvmgui.xml.newvm_checks import PathState, local_path_state, path_state_reason


@pytest.mark.parametrize(("err", "reason"), [
    (errno.ESTALE, "the network file system no longer knows it (stale file handle)"),
    (errno.ENOTDIR, "a part of the path is not a folder"),
    (errno.ELOOP, "its symbolic links lead round in a loop"),
    (errno.EIO, "input/output error"),
    (errno.ENOSPC, "the disk is full"),
])
def test_a_file_error_is_said_in_words(err, reason):
    """A save on a dead NFS mount said the system's "Stale file handle" (English in every
    language) though the new VM wizard's path checks had words for it: the two tables
    differed. There is one now."""
    assert file_reason(OSError(err, os.strerror(err), "/mnt/nfs/map.png")) == reason


def test_an_error_without_words_is_said_as_the_system_says_it():
    assert file_reason(OSError(errno.EOVERFLOW, os.strerror(errno.EOVERFLOW))) == \
        os.strerror(errno.EOVERFLOW)


def test_the_path_checks_say_what_a_file_error_says(monkeypatch):
    def stale(path, *args, **kwargs):
        raise OSError(errno.ESTALE, os.strerror(errno.ESTALE), path)

    monkeypatch.setattr(os, "stat", stale)
    state = local_path_state("/mnt/nfs/a.iso")
    monkeypatch.undo()
    assert state is PathState.STALE
    words = path_state_reason(state)
    assert words is not None
    assert say(words) == file_reason(OSError(errno.ESTALE, "Stale file handle"))


def test_a_stale_handle_is_said_in_traditional_chinese(traditional_chinese):
    exc = OSError(errno.ESTALE, "Stale file handle", "/mnt/nfs/map.png")
    assert unwritable("/mnt/nfs/map.png", exc).endswith("網路檔案系統已不認得它（檔案控制代碼已失效）")


@pytest.mark.parametrize(("failure", "reason"), [
    (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"),
     "nothing listens there (the connection was refused)"),
    (OSError(errno.EHOSTUNREACH, "No route to host"), "there is no route to the host"),
    (TimeoutError("timed out"), "the host did not answer in time"),
    (__import__("socket").gaierror(__import__("socket").EAI_NONAME, "Name or service not known"),
     "the host name is not known"),
    ("ssh: Could not resolve hostname nowhere: Name or service not known",
     "the host name is not known"),
    ("@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@\nHost key verification failed.",
     "the host's key differs from the one known for it"),
    ("ssh: connect to host far port 22: Connection timed out", "the host did not answer in time"),
    ("channel 0: open failed: connect failed: Connection refused",
     "nothing listens there (the connection was refused)"),
])
def test_a_connect_failure_is_said_in_words(failure, reason):
    from kvmgui.widgets.filewords import connect_reason

    assert connect_reason(failure) == reason


def test_a_connect_failure_without_words_has_none():
    from kvmgui.widgets.filewords import connect_reason

    assert connect_reason("some other failure") is None
    assert connect_reason(OSError(errno.ENOSPC, "No space left on device")) is None
