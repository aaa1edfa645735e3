"""The network and pool wizards' XML typed by hand: libvirt's schema check runs in a worker
once typing pauses (``wizards.common.schema_check``), never on the GUI thread; Finish waits
for its answer, and a check that fails is said without blocking Finish."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt

from kvmgui.widgets.styles import Tone, tone_of
from kvmgui.wizards.common import schema_check
from kvmgui.xml import base
from tests.helpers import type_into
from tests.unit.wizards import test_network_wizard as net
from tests.unit.wizards import test_pool_wizard as pool

NETWORK_BAD = "<network><name>lab</name><bogus/></network>"
NETWORK_GOOD = "<network><name>lab</name><mtu size='9000'/></network>"
POOL_BAD = "<pool type='dir'><name>ac</name><target><bogus/><path>/x</path></target></pool>"
POOL_GOOD = "<pool type='dir'><name>ac</name><target><path>/x</path></target></pool>"


def network_summary(qtbot, conn):
    wiz = net.open_wizard(qtbot, conn)
    type_into(qtbot, wiz.basics.name, "lab")
    net.goto(qtbot, wiz, net.PageId.SUMMARY)
    return wiz


def pool_summary(qtbot, conn):
    wiz = pool.open_wizard(qtbot, conn)
    type_into(qtbot, wiz.type_page.name, "ac")
    pool.goto(qtbot, wiz, pool.PageId.SUMMARY)
    return wiz


WIZARDS = {
    "network": (network_summary, NETWORK_BAD, NETWORK_GOOD),
    "pool": (pool_summary, POOL_BAD, POOL_GOOD),
}


def hand_edit(qtbot, wiz):
    box = wiz.summary.hand_edit
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()


@pytest.fixture
def gui_thread_checks(monkeypatch):
    """For each schema check asked of libvirt's schema thread: whether the GUI thread asked."""
    asked = []
    real = base._rng_thread

    class Watched:
        def submit(self, *args):
            asked.append(threading.current_thread() is threading.main_thread())
            return real.submit(*args)

    monkeypatch.setattr(base, "_rng_thread", Watched())
    return asked


@pytest.mark.parametrize("kind", WIZARDS)
def test_the_schema_check_never_runs_on_the_gui_thread(kind, connected, qtbot, gui_thread_checks):
    """The network and pool wizards ran it on the GUI thread at every key typed in their
    XML, which waited on the schema's thread (tens of ms, more for a big definition)."""
    opened, bad, _good = WIZARDS[kind]
    wiz = opened(qtbot, connected)
    hand_edit(qtbot, wiz)
    wiz.summary.xml.setPlainText(bad)
    assert not wiz.button(net.FINISH).isEnabled()
    qtbot.waitUntil(lambda: "Line " in wiz.summary.xml_problem.text(), timeout=10000)
    assert not wiz.button(net.FINISH).isEnabled()
    assert gui_thread_checks and not any(gui_thread_checks)


@pytest.mark.parametrize("kind", WIZARDS)
def test_finish_waits_for_the_schema_check(kind, connected, qtbot):
    opened, bad, good = WIZARDS[kind]
    wiz = opened(qtbot, connected)
    hand_edit(qtbot, wiz)
    page = wiz.summary
    page.xml.setPlainText(bad)
    with qtbot.waitSignal(page.schema.checked, timeout=10000):
        pass
    shown = page.xml_problem.text()
    assert shown.startswith("Line ")
    page.xml.setPlainText(good)
    # Until the answer for the new text is in: Finish waits, the last answer stays shown.
    assert page.schema.pending and not wiz.button(net.FINISH).isEnabled()
    assert page.xml_problem.text() == shown
    wiz.accept()
    assert wiz.isVisible() and not wiz.busy
    with qtbot.waitSignal(page.schema.checked, timeout=10000):
        pass
    assert page.xml_problem.text() == "" and wiz.button(net.FINISH).isEnabled()


@pytest.mark.parametrize("kind", WIZARDS)
def test_a_check_that_fails_is_said_and_leaves_finish_to_libvirt(kind, connected, qtbot, monkeypatch):
    opened, _bad, good = WIZARDS[kind]
    wiz = opened(qtbot, connected)

    def broken(_text, _schema):
        raise OSError("schema unreadable")

    monkeypatch.setattr(schema_check, "validate_rng", broken)
    hand_edit(qtbot, wiz)
    wiz.summary.xml.setPlainText(good)
    qtbot.waitUntil(lambda: not wiz.summary.schema.pending, timeout=10000)
    line = wiz.summary.xml_problem
    assert line.text().startswith("Could not check the XML against libvirt's schema: schema unreadable")
    assert tone_of(line) is Tone.PENDING and wiz.button(net.FINISH).isEnabled()
