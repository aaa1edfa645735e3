"""The restart-pending check: a check that fails is logged, never silently dropped."""

import logging

import libvirt

from kvmgui.libvirt.pending import tracker_for
from tests.helpers import WEB01, FakeError


def failing_xml(monkeypatch, name, code=libvirt.VIR_ERR_INTERNAL_ERROR):
    real = libvirt.virDomain.XMLDesc

    def xml_desc(dom, flags=0):
        if dom.name() == name:
            raise FakeError(f"cannot read {name}", code)
        return real(dom, flags)

    monkeypatch.setattr(libvirt.virDomain, "XMLDesc", xml_desc)


def test_failed_check_is_logged(connected, qtbot, monkeypatch, caplog):
    tracker = tracker_for(connected)
    failing_xml(monkeypatch, "web01")
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        tracker.check(WEB01)
        qtbot.waitUntil(lambda: "cannot read web01" in caplog.text, timeout=5000)
    assert WEB01 in caplog.text


def test_unreadable_vm_at_connect_is_logged_and_others_checked(connected, qtbot, monkeypatch,
                                                               caplog):
    tracker = tracker_for(connected)
    failing_xml(monkeypatch, "db01")
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        tracker._check_all()
        qtbot.waitUntil(lambda: "cannot read db01" in caplog.text, timeout=5000)


def test_vanished_vm_is_not_a_warning(connected, qtbot, monkeypatch, caplog):
    tracker = tracker_for(connected)
    failing_xml(monkeypatch, "db01", libvirt.VIR_ERR_NO_DOMAIN)
    seen = []
    monkeypatch.setattr(tracker, "_answer", lambda u, s, lines: seen.append(u))
    with caplog.at_level(logging.WARNING, logger="kvmgui"):
        tracker._check_all()
        qtbot.waitUntil(lambda: len(seen) >= 2, timeout=5000)  # web01 and router answered
    assert "db01" not in caplog.text
