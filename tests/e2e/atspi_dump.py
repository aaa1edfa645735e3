"""Prints the accessibility tree of one application as JSON.

Run with Debian's /usr/bin/python3 (python3-pyatspi), not the venv:
    atspi_dump.py APP_NAME [MAX_DEPTH]
Each node: {"role": ..., "name": ..., "text": ..., "children": [...]}; table cells
carry their text so tests can read rows as a screen reader would.
"""

import json
import sys

import pyatspi


def text_of(acc):
    try:
        iface = acc.queryText()
        return iface.getText(0, iface.characterCount)
    except Exception:  # not every node has text; pyatspi raises various kinds
        return None


def node(acc, depth, max_depth):
    out = {"role": acc.getRoleName(), "name": acc.name or "", "text": text_of(acc)}
    if depth < max_depth:
        kids = []
        for i in range(min(acc.childCount, 400)):
            child = acc.getChildAtIndex(i)
            if child is not None:
                kids.append(node(child, depth + 1, max_depth))
        out["children"] = kids
    return out


def main():
    name = sys.argv[1]
    max_depth = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    app = next((a for a in apps if a is not None and a.name == name), None)
    if app is None:
        print(json.dumps({"error": "not found", "apps": [a.name for a in apps if a]}))
        return 1
    print(json.dumps(node(app, 0, max_depth)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
