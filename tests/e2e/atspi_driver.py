"""Drives one application through AT-SPI, as a screen reader or a desktop test would.

Run with Debian's /usr/bin/python3 (python3-pyatspi), not the venv. It reads one JSON
command per line on stdin and answers one JSON line on stdout, so a test keeps a single
process (and its AT-SPI connection) for a whole session. ``tests/e2e/atspi.py`` is the
client. Commands (all take "app"):

  tree     {depth, states}             the tree: role, name, description, text (and states)
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
    out = {"role": acc.getRoleName(), "name": acc.name or "", "text": text_of(acc),
           "description": acc.description or ""}
    if states:
        out["states"] = state_names(acc)
    if depth < max_depth:
        out["children"] = [node(c, depth + 1, max_depth, states) for c in children(acc)]
    return out


def matches(acc, role, name):
    return (role in (None, "", acc.getRoleName())) and (name in (None, acc.name))


def search(acc, role, name):
    """Depth-first, this node first."""
    if matches(acc, role, name):
        return acc
    for child in children(acc):
        found = search(child, role, name)
        if found is not None:
            return found
    return None


class Driver:
    def __init__(self):
        self.handles = {}

    def keep(self, acc):
        key = len(self.handles) + 1
        self.handles[key] = acc
        return key

    def get(self, cmd):
        return self.handles[cmd["handle"]]

    def do_tree(self, cmd):
        return node(app_named(cmd["app"]), 0, cmd.get("depth", 40), cmd.get("states", False))

    def do_find(self, cmd):
        acc = app_named(cmd["app"])
        for role, name, *how in cmd["path"]:
            if how == ["child"]:
                acc = next((c for c in children(acc) if matches(c, role, name)), None)
            else:
                acc = search(acc, role, name)
            if acc is None:
                return None
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
