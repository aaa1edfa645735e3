"""Drives one application through AT-SPI, as a screen reader or a desktop test would.

Run with Debian's /usr/bin/python3 (python3-pyatspi), not the venv. It reads one JSON
command per line on stdin and answers one JSON line on stdout, so a test keeps a single
process (and its AT-SPI connection) for a whole session. ``tests/e2e/atspi.py`` is the
client. Commands (all take "app"):

  tree     {depth, states}             the tree: role, name, description, text (and states),
                                       read with every question in flight (atspi_bus.py)
  tree_pyatspi {depth, states}         the same through pyatspi, one question at a time
  find     {path: [[role, name], ...]} a handle for the first node matching the last step,
                                       searched depth-first under the previous steps; a
                                       step [role, name, "child"] matches direct children only
  action   {handle, name}              invoke the named action (AT-SPI's Action interface)
  select   {handle, child}             select the child called ``child`` (Selection)
  states   {handle}                    the node's states
  focus    {handle}                    give the node the keyboard focus (Component)
  text     {handle} / set_text {handle, text}
  key      {keysym, modifiers}         a key press and release through the registry
"""

import json
import sys

import pyatspi
from atspi_bus import BusReader

KEYSYMS = {"Return": 0xFF0D, "Escape": 0xFF1B, "Tab": 0xFF09, "Down": 0xFF54, "Up": 0xFF52,
           "space": 0x20, "F10": 0xFFC7, "Menu": 0xFF67}
MODIFIERS = {"Shift": 1, "Control": 4, "Alt": 8}  # X modifier masks
CHILD_LIMIT = 400


def app_named(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:
            return app
    raise LookupError(f"no application {name!r}")


def children(acc):
    for i in range(min(acc.childCount, CHILD_LIMIT)):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield child


def text_of(acc):
    try:
        iface = acc.queryText()
        return iface.getText(0, iface.characterCount)
    except Exception:  # not every node has text; pyatspi raises various kinds
        return None


def state_names(acc):
    return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())


def action_names(acc):
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def node(acc, depth, max_depth, states):
    """The tree through pyatspi, one question at a time: the reference ``atspi_bus`` is
    held to (``tree_pyatspi``)."""
    out = {"role": acc.getRoleName(), "name": acc.name or "", "text": text_of(acc),
           "description": acc.description or ""}
    if states:
        out["states"] = state_names(acc)
    if depth < max_depth:
        out["children"] = [node(c, depth + 1, max_depth, states) for c in children(acc)]
    return out


def matches(node, role, name):
    return (role in (None, "", node["role"])) and (name in (None, node["name"]))


def search(node, role, name, at=()):
    """Depth-first, this node first: the child indices that lead to the match."""
    if matches(node, role, name):
        return at
    for i, child in enumerate(node.get("children", [])):
        found = search(child, role, name, (*at, i))
        if found is not None:
            return found
    return None


class Driver:
    def __init__(self):
        self.handles = {}
        self.reader = BusReader()

    def keep(self, acc):
        key = len(self.handles) + 1
        self.handles[key] = acc
        return key

    def get(self, cmd):
        return self.handles[cmd["handle"]]

    def do_tree(self, cmd):
        return self.reader.tree(cmd["app"], cmd.get("depth", 40), cmd.get("states", False))

    def do_tree_pyatspi(self, cmd):
        return node(app_named(cmd["app"]), 0, cmd.get("depth", 40), cmd.get("states", False))

    def do_find(self, cmd):
        # The tree is read in one go (atspi_bus.py), searched here, and the match then
        # reached through pyatspi by its child indices: a handle for the other commands.
        try:
            node = self.reader.tree(cmd["app"])
        except LookupError:
            # Part of the tree went away while it was read (a window closing, a page being
            # rebuilt): not found yet, and the caller looks again, as for a missing node.
            return None
        at = ()
        for role, name, *how in cmd["path"]:
            if how == ["child"]:
                step = next(((i,) for i, c in enumerate(node.get("children", []))
                             if matches(c, role, name)), None)
            else:
                step = search(node, role, name)
            if step is None:
                return None
            for i in step:
                node = node["children"][i]
            at += step
        acc = app_named(cmd["app"])
        for i in at:
            acc = acc.getChildAtIndex(i)
            if acc is None:
                return None  # gone since the tree was read: the caller looks again
        return self.keep(acc)

    def do_action(self, cmd):
        acc = self.get(cmd)
        names = action_names(acc)
        if cmd["name"] not in names:
            raise LookupError(f"{acc.getRoleName()} {acc.name!r} has actions {names}")
        return bool(acc.queryAction().doAction(names.index(cmd["name"])))

    def do_select(self, cmd):
        acc = self.get(cmd)
        for i, child in enumerate(children(acc)):
            if child.name == cmd["child"]:
                return bool(acc.querySelection().selectChild(i))
        raise LookupError(f"{acc.name!r} has no child {cmd['child']!r}")

    def do_states(self, cmd):
        return state_names(self.get(cmd))

    def do_focus(self, cmd):
        return bool(self.get(cmd).queryComponent().grabFocus())

    def do_text(self, cmd):
        return text_of(self.get(cmd))

    def do_set_text(self, cmd):
        return bool(self.get(cmd).queryEditableText().setTextContents(cmd["text"]))

    def do_key(self, cmd):
        reg = pyatspi.Registry
        mask = sum(MODIFIERS[m] for m in cmd.get("modifiers", []))
        keysym = KEYSYMS.get(cmd["keysym"]) or ord(cmd["keysym"])
        if mask:
            reg.generateKeyboardEvent(mask, None, pyatspi.KEY_LOCKMODIFIERS)
        try:
            reg.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        finally:
            if mask:
                reg.generateKeyboardEvent(mask, None, pyatspi.KEY_UNLOCKMODIFIERS)
        return True


def main():
    driver = Driver()
    for line in sys.stdin:
        cmd = json.loads(line)
        try:
            result = {"ok": getattr(driver, "do_" + cmd["cmd"])(cmd)}
        except Exception as exc:  # answer every command; the test decides what is fatal
            result = {"error": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
