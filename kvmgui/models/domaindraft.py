"""A VM that does not exist yet: its XML in memory, edited by the details window's pages.

The new-VM wizard's "Customise before install" opens the details window on a
:class:`DraftDomain` instead of a :class:`~kvmgui.models.domainwatcher.DomainWatcher`.
It answers the same way (``loaded`` with a :class:`DomainView`), but a page's
:class:`~kvmgui.libvirt.domainops.Change` edits the XML here, on the GUI thread
(pure lxml on a small document), and nothing reaches libvirt until the wizard
defines the result.
"""

from __future__ import annotations

from typing import cast

import libvirt
from PySide6.QtCore import QObject, Signal

from kvmgui.libvirt.domainops import ApplyResult, Change, DomainXml, LiveOutcome
from kvmgui.models.domainwatcher import DomainView
from kvmgui.xml.domain import DomainDoc


class DraftUnsupportedError(Exception):
    """A change needs a defined VM (it calls libvirt beyond the settings a draft keeps)."""


class _DraftHost:
    """Stands in for the ``virDomain`` a change's ``host`` step gets: it records the
    settings a draft keeps outside its XML (autostart) instead of calling libvirt."""

    def __init__(self, draft: DraftDomain) -> None:
        self._draft = draft

    def setAutostart(self, autostart: int) -> int:
        self._draft.autostart = bool(autostart)
        return 0

    def name(self) -> str:  # read for the change's virsh line
        return DomainDoc.from_string(self._draft.xml).name or ""

    def __getattr__(self, name: str) -> object:
        raise DraftUnsupportedError(name)


class DraftDomain(QObject):
    """The draft's XML and autostart choice; the details window's source of views.

    Signals:
        loaded(DomainView): the draft as it is now (after ``reload`` or a change).
        failed(str): never emitted (the draft cannot fail to read); kept for the window.
        gone(), back(): never emitted; kept for the window.
    """

    loaded = Signal(object)
    failed = Signal(str)
    gone = Signal()
    back = Signal()

    def __init__(self, xml: str, autostart: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.xml = DomainDoc.from_string(xml).to_string()  # raises XMLParseError on junk
        self.autostart = autostart
        self.view: DomainView | None = None
        self.present = True  # a draft never goes (as DomainWatcher.present)

    def snapshot(self) -> DomainXml:
        doc = DomainDoc.from_string(self.xml)
        return DomainXml(uuid=doc.uuid or "", inactive=self.xml, live=None, persistent=True,
                         autostart=self.autostart)

    def reload(self) -> None:
        self.view = DomainView.of(self.snapshot(), None)
        self.loaded.emit(self.view)

    def accept(self, xml: DomainXml) -> None:
        self.xml, self.autostart = xml.inactive, xml.autostart
        self.reload()

    def apply(self, change: Change) -> ApplyResult:
        """Apply ``change`` to the XML in memory (all or nothing). Raises what its edit
        raises, or :class:`DraftUnsupportedError` for a step a draft cannot keep."""
        doc = DomainDoc.from_string(self.xml)
        change.edit(doc)
        autostart = self.autostart
        if change.host is not None:
            try:
                # Typed as the virDomain a defined VM would get; the stand-in only records.
                change.host(cast(libvirt.virDomain, _DraftHost(self)))
            except DraftUnsupportedError:
                self.autostart = autostart
                raise
        self.xml = doc.to_string()
        return ApplyResult(change.what, True, LiveOutcome.NOT_RUNNING, "", self.snapshot())
