"""Connection state codes and the reconnect backoff."""

import libvirt

from kvmgui.libvirt.connstate import Backoff, Reason, StateReason, error_text
from tests.helpers import FakeError


def test_backoff_doubles_up_to_thirty_seconds_and_resets():
    backoff = Backoff()
    assert [backoff.next() for _ in range(8)] == [1, 2, 4, 8, 16, 30, 30, 30]
    backoff.reset()
    assert backoff.next() == 1


def test_only_failures_and_losses_are_unexpected():
    assert {r for r in Reason if StateReason(r).unexpected} == {
        Reason.OPEN_FAILED, Reason.LOST, Reason.RETRY_FAILED}


def test_error_text_is_libvirts_message():
    assert error_text(FakeError("no route", libvirt.VIR_ERR_RPC)) == "no route"
    assert error_text(RuntimeError()) == "RuntimeError"
