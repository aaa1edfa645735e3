"""What every host panel shares: jobs that make the buttons wait, libvirt's words on failure,
one wizard at a time, and a table that selects what a job created once its row arrives."""

import threading

from PySide6.QtWidgets import QDialog

from kvmgui.models.networks import NetworkModel
from kvmgui.panels.base import HostPanel
from kvmgui.panels.table import RecordTable
from kvmgui.widgets.styles import Tone, tone_of
from tests.helpers import FakeError, run_in_worker


class Panel(HostPanel):
    def __init__(self, conn):
        super().__init__(conn, "Test panel")
        self.button_ = self.button("&Go", "Go", lambda: None)
        self.seen_busy = []

    def update_actions(self):
        self.button_.setEnabled(not self.busy)
        self.seen_busy.append(self.busy)


def test_job_makes_buttons_wait_and_reports_libvirts_words(connected, qtbot):
    panel = Panel(connected)
    qtbot.addWidget(panel)
    release = threading.Event()
    results, afters = [], []

    def slow(_conn, value):
        release.wait(5)
        return value * 2

    panel.run_job("double", slow, 21, done=results.append, after=lambda: afters.append(1))
    assert panel.busy and not panel.button_.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert afters == [1] and not panel.busy and panel.button_.isEnabled()
    assert not panel.message.isVisibleTo(panel)

    def refused(_conn):
        raise FakeError("Requested operation is not valid: network is not active")

    panel.run_job("stop 'net10'", refused, after=lambda: afters.append(2))
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel), timeout=5000)
    assert panel.message.text() == ("Could not stop 'net10': Requested operation is not valid: "
                                    "network is not active")
    assert tone_of(panel.message) is Tone.ERROR
    assert afters == [1, 2] and not panel.busy and panel.seen_busy[-1] is False


def test_one_wizard_at_a_time(connected, qtbot):
    panel = Panel(connected)
    qtbot.addWidget(panel)
    made = []

    def make():
        made.append(QDialog(panel))
        return made[-1]

    panel.open_wizard(make)
    panel.open_wizard(make)  # raised, not made again
    assert len(made) == 1 and panel.wizard is made[0] and made[0].isVisible()
    made[0].reject()
    assert panel.wizard is None
    panel.open_wizard(make)
    assert len(made) == 2
    made[1].reject()


def test_table_selects_a_new_record_when_its_row_arrives(connected, qtbot):
    model = NetworkModel(connected)
    parent = Panel(connected)
    qtbot.addWidget(parent)
    table = RecordTable(model, parent, object_name="t", accessible_name="Networks")
    table.select_first()
    first = table.current_record()
    assert first is not None  # a panel always shows something
    uuid = "0b2c6a9e-7c43-4a57-9f1e-5d2a1f3b7c01"
    table.select_when_seen(uuid)  # asked before the row can exist: a job's answer comes first
    assert table.current_record().key == first.key  # nothing moves meanwhile
    xml = f"<network><name>spare</name><uuid>{uuid}</uuid><bridge name='virbr7'/></network>"
    run_in_worker(qtbot, connected, lambda c: c.networkDefineXML(xml))
    qtbot.waitUntil(lambda: table.current_record().key == uuid, timeout=5000)
    assert table.current_record().name == "spare"
