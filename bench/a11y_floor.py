"""The floor for bench/a11y_remote.py: the least a Qt client of a libvirt host does, seen
through the same accessibility stack as kvmgui.

    a11y_floor.py URI      (started by a11y_remote.py --apps floor, in its desktop session)

A window with one table, a row per VM (name, state), filled once at start; libvirt's
default event loop on GLib's default context, as in kvmgui, with one lifecycle callback
that rewrites the VM's state cell. No workers, no statistics, no details: whatever its
answers cost over kvmgui's is kvmgui's work; whatever slow answers it has too come from
the machine (the CPUs the far host's guests take, the desktop session's own processes).
The blocking calls at start run before the pinger begins, so they stall nothing it
measures.
"""

from __future__ import annotations

import sys

import libvirt
from PySide6.QtCore import QAbstractEventDispatcher
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

NAME = "kvmgui-floor"  # what it calls itself on the accessibility bus
STATES = {libvirt.VIR_DOMAIN_EVENT_STARTED: "running", libvirt.VIR_DOMAIN_EVENT_STOPPED:
          "shut off", libvirt.VIR_DOMAIN_EVENT_SUSPENDED: "paused",
          libvirt.VIR_DOMAIN_EVENT_RESUMED: "running"}


def main(uri: str) -> None:
    app = QApplication(sys.argv[:1])
    app.setApplicationName(NAME)
    libvirt.virEventRegisterDefaultImpl()
    if "Glib" not in QAbstractEventDispatcher.instance(app.thread()).metaObject().className():
        sys.exit("a11y_floor: Qt does not run GLib's main context here")
    conn = libvirt.open(uri)
    conn.setKeepAlive(5, 3)
    domains = sorted(conn.listAllDomains(0), key=lambda d: d.name())
    table = QTableWidget(len(domains), 2)
    table.setAccessibleName("Virtual machines")
    table.setHorizontalHeaderLabels(["Name", "State"])
    rows: dict[str, int] = {}
    for row, dom in enumerate(domains):
        rows[dom.name()] = row
        table.setItem(row, 0, QTableWidgetItem(dom.name()))
        table.setItem(row, 1, QTableWidgetItem("running" if dom.isActive() else "shut off"))

    def lifecycle(_conn, dom, event, _detail, _opaque) -> None:
        row = rows.get(dom.name())
        if row is not None and event in STATES:
            table.item(row, 1).setText(STATES[event])

    conn.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, lifecycle, None)
    window = QMainWindow()
    window.setWindowTitle(NAME)
    window.setCentralWidget(table)
    window.resize(900, 600)
    window.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
