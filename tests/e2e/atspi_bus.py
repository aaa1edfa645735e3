"""Reads an application's accessibility tree straight from the AT-SPI bus, with the calls
of a whole tree in flight at once.

Run with Debian's /usr/bin/python3 (python3-gi, python3-pyatspi), not the venv. The
questions are the ones pyatspi (libatspi) asks a screen reader's way, one D-Bus call each:
role, name, description, interfaces, text, states, children. pyatspi asks them one after
the other, waiting for each answer; here every node's questions are sent as soon as its
parent's children are known, so a tree of 200 nodes takes one wait per level instead of
a thousand. The answers are the same: ``tests/e2e/test_atspi_bus.py`` compares the two.
"""

from __future__ import annotations

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, Gio, GLib  # noqa: E402  (after the version is chosen)

ROOT = "/org/a11y/atspi/accessible/root"
ACCESSIBLE = "org.a11y.atspi.Accessible"
PROPERTIES = "org.freedesktop.DBus.Properties"
REGISTRY = "org.a11y.atspi.Registry"
TEXT = "org.a11y.atspi.Text"
CHILD_LIMIT = 400
TIMEOUT_MS = 10_000


def a11y_bus() -> Gio.DBusConnection:
    """A connection to the accessibility bus of this session (its address comes from the
    session bus, as libatspi finds it)."""
    session = Gio.bus_get_sync(Gio.BusType.SESSION)
    address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                                GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, TIMEOUT_MS).unpack()[0]
    flags = Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
    return Gio.DBusConnection.new_for_address_sync(address, flags)


def state_names(bits: tuple[int, int]) -> list[str]:
    """AT-SPI's two 32-bit state words as pyatspi names them."""
    return sorted(Atspi.StateType(i).value_nick.replace("-", " ")
                  for i in range(64) if bits[i // 32] >> (i % 32) & 1)


def role_name(role: int) -> str:
    """A role number as libatspi (and so pyatspi) names it."""
    try:
        return Atspi.role_get_name(Atspi.Role(role))
    except ValueError:  # newer than this libatspi
        return "unknown"


class BusReader:
    """Reads trees of the applications on one accessibility bus."""

    def __init__(self) -> None:
        self.bus = a11y_bus()

    def _call(self, name: str, path: str, iface: str, method: str,
              args: GLib.Variant | None = None) -> tuple:
        return self.bus.call_sync(name, path, iface, method, args, None, Gio.DBusCallFlags.NONE,
                                  TIMEOUT_MS).unpack()

    def bus_name(self, app: str) -> str:
        """The bus name of the registered application called ``app`` (the desktop's children,
        as pyatspi lists them)."""
        seen = []
        for name, path in self._call(REGISTRY, ROOT, ACCESSIBLE, "GetChildren")[0]:
            try:
                found = self._call(name, path, PROPERTIES, "Get",
                                   GLib.Variant("(ss)", (ACCESSIBLE, "Name")))[0]
            except GLib.Error as exc:
                seen.append((name, path, exc.message))
                continue  # gone meanwhile
            seen.append((name, path, found))
            if found == app:
                return name
        raise LookupError(f"no application {app!r} among {seen}")

    def tree(self, app: str, max_depth: int = 40, states: bool = False) -> dict:
        """Each node: role, name, text (None without the Text interface), description,
        states (if asked) and children (above ``max_depth``), in AT-SPI's child order."""
        name = self.bus_name(app)
        loop = GLib.MainLoop()
        pending = [0]
        failures: list[str] = []

        def ask(path: str, iface: str, method: str, args: GLib.Variant | None, then) -> None:
            pending[0] += 1

            def answered(bus: Gio.DBusConnection, result: Gio.AsyncResult) -> None:
                try:
                    then(bus.call_finish(result).unpack())
                except GLib.Error as exc:
                    then(None, exc)
                finally:
                    pending[0] -= 1
                    if not pending[0]:
                        loop.quit()

            self.bus.call(name, path, iface, method, args, None, Gio.DBusCallFlags.NONE, TIMEOUT_MS,
                          None, answered)

        def keep(out: dict, key: str, what: str, convert=lambda value: value):
            def then(reply, exc=None):
                if exc is not None:
                    failures.append(f"{what}: {exc.message}")
                else:
                    out[key] = convert(reply[0])
            return then

        def visit(path: str, out: dict, depth: int) -> None:
            out.update(role="", name="", text=None, description="")

            def interfaces(reply, exc=None):
                # pyatspi reads no text (None) where the interface is missing or fails.
                if reply is not None and TEXT in reply[0]:
                    ask(path, TEXT, "GetText", GLib.Variant("(ii)", (0, -1)),
                        lambda text, exc=None: out.__setitem__("text", None if text is None else text[0]))

            ask(path, ACCESSIBLE, "GetRole", None, keep(out, "role", "role", role_name))
            ask(path, PROPERTIES, "Get", GLib.Variant("(ss)", (ACCESSIBLE, "Name")),
                keep(out, "name", "name", lambda text: text or ""))
            ask(path, PROPERTIES, "Get", GLib.Variant("(ss)", (ACCESSIBLE, "Description")),
                keep(out, "description", "description", lambda text: text or ""))
            ask(path, ACCESSIBLE, "GetInterfaces", None, interfaces)
            if states:
                ask(path, ACCESSIBLE, "GetState", None, keep(out, "states", "states", state_names))
            if depth < max_depth:
                out["children"] = []

                def children(reply, exc=None):
                    if exc is not None:
                        failures.append(f"children: {exc.message}")
                        return
                    for _bus, child_path in reply[0][:CHILD_LIMIT]:
                        child: dict = {}
                        out["children"].append(child)
                        visit(child_path, child, depth + 1)
                ask(path, ACCESSIBLE, "GetChildren", None, children)

        root: dict = {}
        visit(ROOT, root, 0)
        loop.run()
        if failures:  # a node went away while it was read (pyatspi raises too): read again
            raise LookupError(f"{app!r}: {len(failures)} questions failed, first {failures[0]}")
        return root

