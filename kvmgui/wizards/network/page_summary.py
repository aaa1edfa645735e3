"""Last page: the network in words, the exact XML that will be defined (editable by
experts), start/autostart choices, and the progress or libvirt's error after Finish."""

from __future__ import annotations

import html

from kvmgui.models.words import say
from kvmgui.utils.tr import comma_list, fill
from kvmgui.widgets.styles import Tone
from kvmgui.wizards.common.schema_check import SchemaCheck
from kvmgui.wizards.common.summary import FinishRows, SummaryColumn, XmlPane
from kvmgui.wizards.network.page import SpecPage
from kvmgui.wizards.network.state import Message, WizardState
from kvmgui.wizards.network.xmlcheck import NOTE, check_xml
from kvmgui.xml.base import XMLParseError, parse_xml
from kvmgui.xml.network import NetworkDoc, network_xml


class SummaryPage(SpecPage):
    def __init__(self, state: WizardState) -> None:
        super().__init__(state, self.tr("Summary"),
                         self.tr("Check the network. Finish defines exactly the XML shown on the right."))
        self.left = left = SummaryColumn(self, "Network summary", self.tr("Network summary"),
                             self.tr("&Start the network now"), self.tr("Start the network now"))
        self.overview, self.problems = left.overview, left.problems
        self.start_now, self.autostart = left.start_now, left.autostart

        self.pane = XmlPane(self, self.tr("Network XML"), self.tr("Network XML problem"))
        self.xml_label, self.hand_edit = self.pane.label, self.pane.hand_edit
        self.xml, self.xml_problem = self.pane.xml, self.pane.problem
        self.xml.setTabChangesFocus(True)  # Tab leaves the editor: it never traps the keyboard
        self.finish = FinishRows(self, left, self.pane)
        self.progress, self.status, self.error = self.finish.progress, self.finish.status, self.finish.error

        self.schema = SchemaCheck("network", self)  # in a worker, once typing pauses
        self.schema.checked.connect(state.revalidate)
        left.bind(state.spec, self.edited)
        self.pane.edited.connect(self.edited)

    # -- what Finish uses --------------------------------------------------------------------

    def xml_text(self) -> str:
        return self.pane.text()

    def set_busy(self, busy: bool) -> None:
        self.finish.set_busy(busy, (self.start_now, self.autostart, self.hand_edit, self.xml))

    def show_progress(self, text: str) -> None:
        """A step of the job (``models.words.network_step_text`` of what
        ``netops.create_network`` reports)."""
        self.status.setText(text)

    def show_error(self, text: str) -> None:
        self.finish.show_error(text)

    def hold(self, reason: str) -> None:
        super().hold(reason)
        self.finish.held.say(reason, Tone.PENDING)

    # -- spec, XML and problems ----------------------------------------------------------------

    def owns(self, key: str) -> bool:
        return self.pane.owns(key)

    def local_problems(self) -> list[Message]:
        if not self.pane.hand_written():
            return []
        return check_xml(self.xml.toPlainText(), self.state.context, self.schema.shown,
                         self.state.interfaces)

    def waiting(self) -> bool:
        return self.pane.hand_written() and self.schema.pending

    def store(self) -> None:
        self.left.store(self.state.spec)

    def initializePage(self) -> None:
        self.state.edited()

    def _on_validated(self, problems: list[Message]) -> None:
        super()._on_validated(problems)
        self.pane.follow(self._generated)
        mine = [p.text for p in problems if self.owns(p.field) and p.field != "xml"]
        bullets = "\n".join(f"• {m}" for m in dict.fromkeys(mine))
        self.problems.setText(fill(self.tr("Still to fix:\n%1"), bullets) if mine else "")
        self.problems.setVisible(bool(mine))
        self.pane.show_problems([p.text for p in problems if p.field == "xml"],
                                [p.text for p in problems if p.field == NOTE])
        self._describe()

    def _generated(self) -> str:
        try:
            return network_xml(self.state.spec)
        except (ValueError, TypeError) as err:
            return fill(self.tr("<!-- cannot build the XML yet: %1 -->"), str(err))

    def _describe(self) -> None:
        try:
            doc = NetworkDoc(parse_xml(self.xml.toPlainText()))
        except XMLParseError:
            self.overview.setText("")
            return
        s = doc.summary
        none = self.tr("none", "no subnet")
        v4 = doc.shown_ip("ipv4")
        dhcp = comma_list(s.dhcp) or (self.tr("static hosts only", "DHCP") if v4 and v4.dhcp_hosts
                          else self.tr("off", "DHCP"))
        rows = [
            (self.tr("Name"), s.name or "—"),
            (self.tr("Mode"), say(s.mode)),
            (self.tr("Bridge"), s.bridge or self.tr("chosen by libvirt")),
            (self.tr("IPv4"), s.ipv4 or none),
            (self.tr("DHCP"), dhcp),
            (self.tr("IPv6"), s.ipv6 or none),
        ]
        if s.dhcp6:
            rows.append((self.tr("DHCPv6"), comma_list(s.dhcp6)))
        if doc.domain_name:
            rows.append((self.tr("DNS domain"), doc.domain_name))
        # One line per setting ("Name: net10"), not a table: a screen reader then reads the
        # label and its value together, as one line, instead of "Name:", "net10".
        lines = [fill(self.tr("%1: %2", "a setting and its value"), f"<b>{html.escape(k)}</b>",
                      html.escape(v)) for k, v in rows]
        self.overview.setText("<br>".join(lines))
