"""Host panels: the tabs of a host's window (overview, networks, storage, leases), each about
one kind of the host's objects, all on ``HostPanel`` (``kvmgui.panels.base``).

A floor between dialogs and wizards: a panel may start a wizard and use widgets, models,
libvirt and xml; dialogs embed panels. A panel never imports a dialog: it asks the window
holding it (``HostPanel.xmlEditRequested``)."""
