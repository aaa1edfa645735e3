"""The troubleshooter's table and its words."""

from PySide6.QtCore import Qt

from kvmgui.libvirt.netcheck import ALL_STEPS, Fix, Outcome, Reason, Result, Step
from kvmgui.models.checks import CheckColumn, CheckModel
from kvmgui.models.checkwords import (
    FIX_BUTTONS,
    FIX_QUESTIONS,
    PIN_PROBLEMS,
    SENTENCES,
    STEP_TITLES,
    fix_question,
    sentence,
    summary,
)
from kvmgui.models.roles import Role
from kvmgui.xml.network_hosts import PinProblem


def test_every_code_has_words():
    assert set(STEP_TITLES) == set(Step)
    assert set(SENTENCES) == set(Reason)
    assert set(FIX_BUTTONS) == set(FIX_QUESTIONS) == set(Fix)
    assert set(PIN_PROBLEMS) == set(PinProblem)


def test_sentences_fill_their_arguments():
    reserved = Result(Step.STATIC_HOSTS, Outcome.FAILED, Reason.RESERVED_FOR_OTHER,
                      ("192.168.1.5", "52:54:00:00:00:09", ""), Fix.REMOVE_RESERVATION,
                      ("uuid", "52:54:00:00:00:09", "", "192.168.1.5"))
    text = sentence(reserved)
    assert "192.168.1.5" in text and "(52:54:00:00:00:09)" in text and "%" not in text
    assert "192.168.1.5" in fix_question(reserved) and "52:54:00:00:00:09" in fix_question(reserved)
    by_name = Result(Step.STATIC_HOSTS, Outcome.FAILED, Reason.RESERVED_FOR_OTHER,
                     ("192.168.1.5", "", "printer"), Fix.REMOVE_RESERVATION,
                     ("uuid", "", "printer", "192.168.1.5"))  # a static host with no MAC
    assert "another card (printer)," in sentence(by_name)
    assert "reserves 192.168.1.5 for printer from" in fix_question(by_name)
    depends = Result(Step.LEASE, Outcome.NOT_APPLICABLE, Reason.EARLIER_FAILED, (Step.NETWORK.value,))
    assert sentence(depends) == 'Not checked: it depends on "Its network exists and is active".'
    lease = Result(Step.LEASE, Outcome.PASSED, Reason.LEASE_FOUND, ("192.168.1.5", "0"))
    assert sentence(lease) == "It has 192.168.1.5 (lease expires never)."


def test_summary_names_the_first_failing_step():
    ok = Result(Step.VM_RUNNING, Outcome.PASSED, Reason.VM_RUNS, ("web01",))
    down = Result(Step.LINK_UP, Outcome.FAILED, Reason.LINK_DOWN)
    no_lease = Result(Step.LEASE, Outcome.FAILED, Reason.NO_LEASE, ("52:54:00:00:00:01",))
    text = summary([ok, down, no_lease], running=False)
    assert text.startswith("First failing step: “The network card's link is up”.")
    assert "no lease" not in text
    assert summary([ok], running=False).startswith("No step failed.")
    assert summary([ok], running=True) == f"Checking… (1 of {len(ALL_STEPS)} steps)"


def test_model_rows_change_in_place(qtmodeltester, qtbot):
    model = CheckModel()
    qtmodeltester.check(model)
    assert model.rowCount() == len(ALL_STEPS)
    assert model.index(0, CheckColumn.OUTCOME).data() == "Waiting"
    result = Result(Step.LINK_UP, Outcome.FAILED, Reason.LINK_DOWN, (), Fix.SET_LINK_UP, ("u", "m"))
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_result(result)
    assert changed.args[0].row() == changed.args[1].row() == model.row_of(Step.LINK_UP)
    row = model.row_of(Step.LINK_UP)
    assert model.index(row, CheckColumn.OUTCOME).data() == "Failed"
    assert model.index(row, CheckColumn.SENTENCE).data().startswith("The card's link is down")
    assert model.index(row, 0).data(Role.OBJECT) is result
    assert model.index(row, 0).data(Role.STATE) == Outcome.FAILED  # a StrEnum: str through Qt
    assert model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "The network card's link is up: Failed: ")
    assert not model.index(row, CheckColumn.OUTCOME).data(Qt.ItemDataRole.DecorationRole).isNull()
    model.clear_results()
    assert model.result_at(row) is None
    assert model.index(row, CheckColumn.OUTCOME).data() == "Waiting"


def test_a_tooltip_shows_names_as_they_are(qtbot):
    """A step's tooltip (its whole sentence, for a narrow column) was taken as rich text:
    a VM named '<b>web</b>' showed as a bold 'web', an <img> named in the sentence loaded."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    model = CheckModel()
    model.set_result(Result(Step.VM_RUNNING, Outcome.PASSED, Reason.VM_RUNS, ("<b>web</b>",)))
    row = model.row_of(Step.VM_RUNNING)
    tip = model.index(row, CheckColumn.SENTENCE).data(Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()
    shown.setHtml(tip) if GuiQt.mightBeRichText(tip) else shown.setPlainText(tip)
    assert shown.toPlainText() == model.index(row, CheckColumn.SENTENCE).data()
    assert "<b>web</b>" in shown.toPlainText()
