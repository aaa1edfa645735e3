"""A table fitted to its contents (``RecordTable(fit_contents=True)``) never cuts its last
column's header: narrower than its words, it scrolls."""

from kvmgui.models.leases import LeaseColumn
from kvmgui.panels.leases import LeasesView


def test_the_last_column_of_a_narrow_table_keeps_its_words(connected, qtbot):
    """The leases of the host window's Networks tab (448 px at its default size of then): the
    stretched "Virtual machine" column was cut to 100 px (its words need 131), the
    width Qt gives a section before it is fitted."""
    leases = LeasesView(connected)
    qtbot.addWidget(leases)
    leases.resize(448, 200)
    leases.show()
    qtbot.waitExposed(leases)
    header = leases.view.horizontalHeader()
    for col in LeaseColumn:
        assert header.sectionSize(col) >= header.sectionSizeHint(col), col.name
    assert header.length() > leases.view.viewport().width()  # it scrolls instead
