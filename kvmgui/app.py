"""Start-up: QApplication, the qasync loop, libvirt's event loop, connections, the window.

Order matters for start-up time: the connections start opening (in workers) as soon
as libvirt's event loop is registered, and only then are the window's modules loaded
and the window built, so listing a large host overlaps the GUI's own start-up.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

import kvmgui
from kvmgui.dialogs.credentials import show_credential_dialog
from kvmgui.dialogs.sshlogin import show_ssh_prompt
from kvmgui.libvirt import eventloop, workers
from kvmgui.libvirt.registry import DEMO_HOST, ConnectionRegistry, default_local_uri, uri_key
from kvmgui.utils import cpuslice, crash, gcthread, i18n, logs, qtmessages
from kvmgui.utils.resources import demo_host_uri, resource
from kvmgui.widgets import a11y, scheme
from kvmgui.widgets.crashbox import show_crash

if TYPE_CHECKING:
    from kvmgui.window.mainwindow import MainWindow

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # PySide6 types it as object
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

log = logging.getLogger("kvmgui")
EXIT_GRACE_S = 3.0


# The command line's words: shown before any application exists, so looked up in the
# catalogue directly (``i18n.early_translator``) rather than through ``tr``.
HELP = {
    "description": QT_TRANSLATE_NOOP("App", "Watch and run KVM/QEMU virtual machines on one or many hosts."),
    "usage": QT_TRANSLATE_NOOP("App", "usage: "),
    "options": QT_TRANSLATE_NOOP("App", "options"),
    "help": QT_TRANSLATE_NOOP("App", "show this help message and exit"),
    "connect": QT_TRANSLATE_NOOP("App", "open this libvirt URI (may be given several times)"),
    "demo": QT_TRANSLATE_NOOP("App", "also open the Demo host"),
    "debug": QT_TRANSLATE_NOOP("App", "log debug messages to stderr and to the log file "
                                      "($XDG_STATE_HOME/kvmgui/kvmgui.log)"),
    "lang": QT_TRANSLATE_NOOP("App", "show kvmgui in this language (en, zh_Hant, zh_Hans, or a "
                                     "locale such as zh_TW; default: the one chosen in "
                                     "Preferences, else the system's)"),
    "version": QT_TRANSLATE_NOOP("App", "show the version number and exit"),
    "empty": QT_TRANSLATE_NOOP("App", "the URI is empty"),
}
# argparse's own words for a mistake on this command line, as its gettext names them
# (Python 3.11's; one a later version words otherwise stays English), listed for
# lupdate: argparse asks its module's ``_`` for each as it says it.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


@contextlib.contextmanager
def _argparse_says(translate: Callable[[str], str]) -> Iterator[None]:
    """argparse's words through ``translate`` while it parses, its own gettext's after."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: translate(one if n == 1 else many)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def parse_args(argv: Sequence[str], settings: QSettings | None = None) -> argparse.Namespace:
    """The command line; its help in the language the window will speak (``settings``:
    where Preferences saved it, by default the user's settings file)."""
    translator = i18n.early_translator(
        _given_lang(argv), settings if settings is not None else QSettings("kvmgui", "kvmgui"))

    def word(context: str, text: str) -> str:
        return (translator.translate(context, text) if translator is not None else "") or text

    def say(key: str) -> str:
        return word("App", HELP[key])

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                      groups: Iterable[argparse._MutuallyExclusiveGroup],
                      prefix: str | None = None) -> None:
            super().add_usage(usage, actions, groups, say("usage") if prefix is None else prefix)

    def given_uri(text: str) -> str:
        """Spaces around dropped (libvirt cannot parse them); none left is refused: libvirt
        would open its default URI, whichever that is, as a host without a name."""
        if not text.strip():
            raise argparse.ArgumentTypeError(say("empty"))
        return text.strip()

    parser = argparse.ArgumentParser(prog="kvmgui", description=say("description"),
                                     formatter_class=Formatter, add_help=False)
    options = parser.add_argument_group(say("options"))  # argparse's own title is English only
    options.add_argument("-h", "--help", action="help", help=say("help"))
    options.add_argument("-c", "--connect", action="append", default=[], metavar="URI",
                         type=given_uri, help=say("connect"))
    options.add_argument("--demo", action="store_true", help=say("demo"))
    options.add_argument("--debug", action="store_true", help=say("debug"))
    options.add_argument("--lang", metavar="LANG", help=say("lang"))
    options.add_argument("--version", action="version", version=kvmgui.__version__,
                         help=say("version"))

    with _argparse_says(partial(word, "argparse")):
        return parser.parse_args(argv)


def _given_lang(argv: Sequence[str]) -> str | None:
    """--lang's value, read ahead of the command line it translates (None if not given
    or given wrong: the full parse then says what is wrong)."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang")
    try:
        known, _rest = early.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return cast("str | None", known.lang)


def open_initial_connections(registry: ConnectionRegistry, args: argparse.Namespace) -> None:
    """-c URIs if given; else saved autoconnect ones; first run: the local default or Demo."""
    if args.connect:
        # A saved host given with -c is that host: its label, its tick, changes saved.
        # In any letter case of its scheme and host (uri_key): opened as it was saved.
        known = {uri_key(uri): (uri, label, auto) for uri, label, auto in registry.saved()}
        # The Demo host also as the settings file names it: libvirt knows no such URI.
        for given in (demo_host_uri() if g == DEMO_HOST else g for g in args.connect):
            uri, label, auto = known.get(uri_key(given), (given, "", False))
            if logs.without_password(given) != given:  # saved without it (registry.save)
                uri = given
            registry.add(uri, label=_label(uri, label), autoconnect=auto,
                         save=uri_key(given) in known).open()
    else:
        saved = registry.saved()
        for uri, label, auto in saved:
            conn = registry.add(uri, label=_label(uri, label), autoconnect=auto, save=False)
            if auto:
                conn.open()
        if not registry.has_saved():
            uri = default_local_uri()
            if uri is not None:
                registry.add(uri, autoconnect=True).open()
        if not any(c.autoconnect for c in registry):
            args.demo = True
    if args.demo:
        registry.add(demo_host_uri(), label=_label(demo_host_uri(), ""), save=False).open()


def _label(uri: str, label: str) -> str:
    """The Demo host's label in the language of this start (saved without one)."""
    return QCoreApplication.translate("App", "Demo host") if uri == demo_host_uri() else label


def start(argv: Sequence[str]) -> tuple[QApplication, ConnectionRegistry, MainWindow]:
    """Everything up to a shown window, without running the event loop (the benchmark
    measures exactly this): connections open first, the window is built meanwhile."""
    args = parse_args(argv)
    log_setup = logs.setup(args.debug)
    qtmessages.install()  # Qt's warnings wait for no stderr either
    QCoreApplication.setOrganizationName("kvmgui")
    QCoreApplication.setApplicationName("kvmgui")
    # Qt's raster engine hands a fill of more than ~96 spans (a tall gradient: a scroll
    # bar, a header) to its GUI thread pool and blocks until the pool is done. During a
    # burst on a busy 2-core machine the GUI thread sat blocked 55 ms in such a wait
    # (perf, bench/remote.py), and even idle the hand-off costs more than the fill: a
    # scroll bar repaints in 0.1 ms without the pool, 0.6-0.7 ms with it
    # (bench/guipool.py). Before anything paints; a user's own value stands.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication(sys.argv[:1])
    gcthread.install(app)  # before any worker thread: they must never collect (see there)
    cpuslice.request()  # the GUI thread waits less for a CPU on a busy machine (see there)
    app.setDesktopFileName(kvmgui.APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", f"{kvmgui.APP_ID}.svg"))))
    settings = QSettings()
    i18n.setup(app, args.lang, settings)  # before any window or word is made

    def report(error: crash.Crash) -> None:
        show_crash(error, str(log_setup.path))

    crash.install(report)
    a11y.install(app)
    scheme.follow(app)  # the desktop's dark or light preference, now and when it changes
    mode = eventloop.install()
    log.debug("event loop mode: %s", mode.value)

    registry = ConnectionRegistry(settings, parent=app)
    # Connected before any open: a worker that asks early must find someone listening.
    dialog_parent: list[QWidget] = []
    registry.credentials.requested.connect(
        lambda req: show_credential_dialog(req, dialog_parent[0] if dialog_parent else None,
                                           broker=registry.credentials))
    registry.askpass.requested.connect(
        lambda req: show_ssh_prompt(req, registry.askpass,
                                    dialog_parent[0] if dialog_parent else None))
    open_initial_connections(registry, args)  # workers list the hosts from here on

    # Loaded now, while the connections open: about 0.2 s of imports overlap the listing.
    from kvmgui.window.mainwindow import MainWindow  # noqa: PLC0415

    window = MainWindow(registry, settings)
    dialog_parent.append(window)
    from kvmgui.dialogs.details import open_details  # noqa: PLC0415

    window.detailsRequested.connect(lambda conn, uuid: open_details(conn, uuid, window))
    window.show()
    window.activateWindow()  # keys reach it at once, also where no window manager gives focus
    # What start-up made lives as long as the app: out of every later collection. A host
    # removed later (its Connection holds cycles) gives it back (gcthread.keep_startup).
    gcthread.keep_startup()
    registry.removed.connect(lambda _conn: gcthread.release_startup())
    return app, registry, window


def main(argv: Sequence[str] | None = None) -> int:
    app, registry, window = start(sys.argv[1:] if argv is None else argv)
    import asyncio  # noqa: PLC0415 - after the window: not needed to show it

    import qasync  # noqa: PLC0415

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    signal.signal(signal.SIGINT, lambda *_a: window.end_without_questions())
    signal.signal(signal.SIGTERM, lambda *_a: window.end_without_questions())

    with loop:
        app.aboutToQuit.connect(registry.shutdown)
        loop.run_until_complete(_until_quit(window))
        registry.shutdown()  # the window closed: close connections (their teardown still runs)
    wind_down()
    return 0


def wind_down() -> None:
    """After the main loop ended: what the jobs still out made is settled, or left after a
    bounded wait (a host or a mount that does not answer)."""
    if "kvmgui.wizards.newvm.finish" in sys.modules:  # a New VM job may run
        from kvmgui.wizards.newvm import finish  # noqa: PLC0415

        # One cancelled by the exit removes what it made once the step it is in ends (a
        # volume being created cannot be interrupted): waited for longer, bounded and logged.
        finish.wait_at_exit()
    drained = workers.drain(EXIT_GRACE_S)
    if "kvmgui.libvirt.localfiles" in sys.modules:  # a download's partial file may be untaken
        from kvmgui.libvirt import localfiles  # noqa: PLC0415

        # Opened on its mount's thread, its window not told yet when the loop ended.
        if not localfiles.remove_untaken_at_exit(EXIT_GRACE_S):
            log.warning("leaving with a download's partial file still being removed")
    if not drained:
        # A host stopped answering mid-call: leave rather than join a thread stuck in libvirt.
        log.warning("leaving with libvirt calls still running")
        logs.shutdown()  # not logging's: it waits for a log write that hangs
        os._exit(0)
    if "kvmgui.libvirt.filepump" in sys.modules:  # a transfer's file may still be settling
        from kvmgui.libvirt import filepump  # noqa: PLC0415

        # A download that failed or was cancelled (by the quit) leaves its partial file to
        # its file's thread, which the end of the process would stop short.
        if not filepump.wait_at_exit(EXIT_GRACE_S):
            log.warning("leaving with a transfer's local file still being written or removed")


async def _until_quit(window: MainWindow) -> None:
    import asyncio  # noqa: PLC0415 - see main()

    done = asyncio.Event()
    window.ended.connect(done.set)
    await done.wait()
