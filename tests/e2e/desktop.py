"""A private desktop session for end-to-end tests: Xvfb, a D-Bus session bus and the
AT-SPI accessibility bus, all started here and stopped by pid."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi
AT_SPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def skip_reason() -> str | None:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt: xvfb dbus)"
    if not Path(AT_SPI_LAUNCHER).exists():
        return "at-spi2-core is not installed"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed for /usr/bin/python3"
    return None


class DesktopSession:
    def __init__(self) -> None:
        self.procs: list[subprocess.Popen] = []
        self.apps: list[subprocess.Popen] = []
        self.outputs: dict[int, Path] = {}
        self.drivers: list = []
        self.env = dict(os.environ)
        self.env.pop("QT_QPA_PLATFORM", None)

    def start(self) -> None:
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24",
                                 "-nolisten", "tcp"], pass_fds=(write,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        self.procs.append(xvfb)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        self.env["DISPLAY"] = f":{display}"
        dbus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                stdout=subprocess.PIPE, text=True, env=self.env)
        self.procs.append(dbus)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = dbus.stdout.readline().strip()
        self.procs.append(subprocess.Popen([AT_SPI_LAUNCHER, "--launch-immediately"],
                                           env=self.env, stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL))
        self.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        self.env["NO_AT_BRIDGE"] = "0"

    def launch(self, *args: str, home: Path) -> subprocess.Popen:
        env = dict(self.env, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_RUNTIME_DIR=str(home / "run"))
        (home / "run").mkdir(mode=0o700, exist_ok=True)
        # Into a file, not a pipe: nobody reads a pipe while the app runs, and once its 64 KiB
        # are full the app's next warning blocks its GUI thread. Qt warns once for every
        # AT-SPI question about an object that has just gone, and a closing window has many.
        out = home / "kvmgui.out"
        with out.open("w") as sink:
            proc = subprocess.Popen([sys.executable, "-m", "kvmgui", *args], env=env,
                                    stdout=sink, stderr=subprocess.STDOUT)
        self.procs.append(proc)
        self.apps.append(proc)
        self.outputs[proc.pid] = out
        return proc

    def output(self, proc: subprocess.Popen) -> str:
        """What the app has written so far (stdout and stderr)."""
        return self.outputs[proc.pid].read_text(errors="replace")

    def tree(self, app: str = "kvmgui") -> dict:
        out = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_dump.py"), app],
                             env=self.env, capture_output=True, text=True, timeout=60)
        return json.loads(out.stdout) if out.stdout.strip() else {"error": out.stderr}

    def wait_for(self, predicate, timeout: float = 30.0) -> dict:
        """Read the tree until ``predicate(tree)`` holds (an outside process: nothing to await)."""
        deadline = time.monotonic() + timeout
        tree: dict = {}
        while time.monotonic() < deadline:
            for proc in self.apps:
                if proc.poll() is not None:
                    raise AssertionError(f"kvmgui exited ({proc.returncode}):\n{self.output(proc)}")
            tree = self.tree()
            if "error" not in tree and predicate(tree):
                return tree
            time.sleep(0.3)
        raise AssertionError(f"accessibility tree never matched; last: {json.dumps(tree)[:2000]}")

    def check_alive(self) -> None:
        for proc in self.apps:
            if proc.poll() is not None:
                raise AssertionError(f"kvmgui exited ({proc.returncode}):\n{self.output(proc)}")

    def atspi(self, app: str = "kvmgui"):
        """A driver that acts on ``app`` through AT-SPI (``tests/e2e/atspi.py``)."""
        from tests.e2e.atspi import Atspi

        driver = Atspi(self.env, app, alive=self.check_alive)
        self.drivers.append(driver)
        return driver

    def screenshot(self, path: Path) -> None:
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=False)

    def stop(self) -> None:
        for driver in self.drivers:
            driver.close()
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self.procs.clear()


def find_all(tree: dict, role: str | None = None, name: str | None = None) -> list[dict]:
    found = []
    if (role is None or tree.get("role") == role) and (name is None or tree.get("name") == name):
        found.append(tree)
    for child in tree.get("children", []):
        found.extend(find_all(child, role, name))
    return found


def table_rows(table: dict) -> list[list[str]]:
    """The table's cells grouped into rows by the number of column headers."""
    headers = [c for c in table.get("children", []) if c["role"] == "table column header"]
    cells = [c["name"] for c in table.get("children", []) if c["role"] == "table cell"]
    width = len(headers) or 1
    return [cells[i:i + width] for i in range(0, len(cells), width)]
