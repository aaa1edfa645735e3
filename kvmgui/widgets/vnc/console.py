"""The graphical console of one VM: toolbar, screen, and what to do when there is none.

A self-contained widget for the VM details window's Console page (or any window):
``GraphicalConsole(conn, uuid)``, then ``start()`` (or just show it) and ``shutdown()``
before it goes away. SPICE displays, and VNC without GVnc, open in virt-viewer.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QImage, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kvmgui.libvirt import workers
from kvmgui.libvirt.connection import Connection
from kvmgui.libvirt.graphics import GraphicsProblem
from kvmgui.utils import icons
from kvmgui.utils.tr import fill, without_mnemonic
from kvmgui.widgets import toolbars
from kvmgui.widgets.filedialogs import FileDialogSpec, looking, open_file_dialog
from kvmgui.widgets.filewords import why_failed
from kvmgui.widgets.labels import MessageLine
from kvmgui.widgets.vnc import wording
from kvmgui.widgets.vnc.controller import ConsoleState, DisplayController
from kvmgui.widgets.vnc.fullscreen import FullScreenWindow
from kvmgui.widgets.vnc.keymap import send_key_menu
from kvmgui.widgets.vnc.password import PasswordPrompt
from kvmgui.widgets.vnc.screenshots import ScreenshotSaver
from kvmgui.widgets.vnc.session import VncSession
from kvmgui.widgets.vnc.view import ScaleMode, VncView
from kvmgui.widgets.vnc.viewer import ViewerLauncher

RESIZE_DEBOUNCE_MS = 300
# What each state offers besides the message: reconnect, virt-viewer, add a display.
_OFFERS = {
    ConsoleState.IDLE: (True, False, False),
    ConsoleState.NOT_RUNNING: (False, False, False),
    ConsoleState.SPICE: (False, True, False),
    ConsoleState.NO_GVNC: (True, True, False),
    ConsoleState.FAILED: (True, True, False),
}


class GraphicalConsole(QWidget):
    """A VM's screen over VNC with its toolbar, or a way to its SPICE display.

    Signals:
        addHardwareRequested(): the user wants to add a display (the host opens Add hardware).
        screenshotSaved(str): a PNG was written (its path).
        screenshotFailed(str): writing it failed (the path).
    """

    addHardwareRequested = Signal()
    screenshotSaved = Signal(str)
    screenshotFailed = Signal(str)

    def __init__(self, conn: Connection, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn, self.uuid = conn, uuid
        self.setObjectName("graphicalConsole")
        self.setAccessibleName(self.tr("Graphical console"))
        self.controller = DisplayController(conn, uuid, self)
        self.controller.stateChanged.connect(self._show_state)
        self.controller.sessionChanged.connect(self._show_session)
        self.password = PasswordPrompt(self.controller, self)
        self.launcher = ViewerLauncher(self)
        self.launcher.started.connect(lambda: self._viewer_status(self.tr("virt-viewer is running.")))
        self.launcher.finished.connect(
            lambda code, crashed: self._viewer_status(
                wording.viewer_finished_text(code, crashed, self.launcher.last_words)))
        self.launcher.failedToStart.connect(lambda message: self._viewer_status(
            fill(self.tr("virt-viewer could not start: %1"), message)))
        self.view = VncView(self)
        self.view.grabChanged.connect(self._update_hint)
        self.view.releaseChord.connect(self._release_focus)
        self.view.sizeWanted.connect(self._size_wanted)
        self._resize_timer = QTimer(self, singleShot=True, interval=RESIZE_DEBOUNCE_MS)
        self._resize_timer.timeout.connect(self._send_size)
        self._wanted_size = (0, 0)
        self._started = self._shut = False
        self.fullscreen: FullScreenWindow | None = None
        self._build()
        self._show_state(ConsoleState.IDLE, "")

    # -- layout -----------------------------------------------------------------------

    def _action(self, text: str, icon: str, slot: object, name: str) -> QAction:
        """``icon``: the action's key in ``kvmgui.utils.icons.ACTION_ICONS``."""
        action = QAction(icons.action_icon(icon), text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _build(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("graphicalConsoleToolbar")
        self.toolbar.setAccessibleName(self.tr("Graphical console toolbar"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.send_key_menu = send_key_menu(self, self.view.send_combo)
        self.send_key_button = self._menu_button(self.tr("Send key"), "send_key",
                                                 self.send_key_menu, "sendKeyButton")
        self.scale_menu = QMenu(self)
        self.scale_group = QActionGroup(self)
        self.scale_actions: dict[ScaleMode, QAction] = {}
        for mode, text in ((ScaleMode.FIT, self.tr("Scale to window")),
                           (ScaleMode.ONE_TO_ONE, self.tr("Actual size (1:1)")),
                           (ScaleMode.RESIZE_GUEST, self.tr("Resize guest to window"))):
            action = self.scale_menu.addAction(text)
            action.setCheckable(True)
            action.setData(mode.value)
            action.setObjectName(f"scale_{mode.name.lower()}")
            self.scale_group.addAction(action)
            self.scale_actions[mode] = action
        self.scale_actions[ScaleMode.FIT].setChecked(True)
        self.scale_group.triggered.connect(lambda a: self.set_scale_mode(ScaleMode(a.data())))
        self.scale_button = self._menu_button(self.tr("Scale"), "scale", self.scale_menu,
                                              "scaleButton")
        self.screenshot_action = self._action(self.tr("Screenshot"), "screenshot",
                                              self.ask_screenshot, "action_screenshot")
        self.fullscreen_action = self._action(self.tr("Full screen"), "fullscreen",
                                              self.toggle_fullscreen, "action_fullscreen")
        self.fullscreen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.toolbar.addWidget(self.send_key_button)
        self.toolbar.addWidget(self.scale_button)
        for action in (self.screenshot_action, self.fullscreen_action):
            toolbars.add_action(self.toolbar, action)
        self.hint = QLabel(self)
        self.hint.setObjectName("grabHint")
        self.hint.setAccessibleName(self.tr("Keyboard hint"))
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setContentsMargins(8, 2, 8, 2)
        self.screenshot_status = MessageLine(self, description=self.tr("Screenshot status"))
        self.screenshot_status.setObjectName("screenshotStatus")
        self.screenshot_status.setContentsMargins(8, 2, 8, 2)
        self.screenshots = ScreenshotSaver(self.screenshot_status, self)
        self.screenshots.saved.connect(self.screenshotSaved)
        self.screenshots.failed.connect(self.screenshotFailed)

        self.screen_area = QScrollArea(self)
        self.screen_area.setObjectName("screenArea")
        self.screen_area.setAccessibleName(self.tr("Screen area"))
        self.screen_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.screen_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.screen_area.setWidget(self.view)
        self.screen_area.setWidgetResizable(True)
        self.screen_area.horizontalScrollBar().setAccessibleName(
            self.tr("Scroll the screen sideways"))
        self.screen_area.verticalScrollBar().setAccessibleName(self.tr("Scroll the screen up and down"))

        self.panel = QWidget(self)
        self.panel.setObjectName("consoleMessagePanel")
        self.message = QLabel(self.panel)
        self.message.setObjectName("consoleMessage")
        self.message.setAccessibleName(self.tr("Console status"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # libvirt's and GVnc's words
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.viewer_label = QLabel(self.panel)
        self.viewer_label.setObjectName("viewerStatus")
        self.viewer_label.setAccessibleName(self.tr("virt-viewer status"))
        self.viewer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.viewer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.viewer_label.hide()
        self.reconnect_button = self._button(self.tr("&Reconnect"), "reconnect",
                                             self.controller.reconnect, "reconnectButton")
        self.viewer_button = self._button(self.tr("Open in &virt-viewer"), "virt_viewer",
                                          self.open_viewer, "virtViewerButton")
        self.add_display_button = self._button(self.tr("&Add a display…"), "add_display",
                                               self.addHardwareRequested, "addDisplayButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.reconnect_button, self.viewer_button, self.add_display_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self.panel)
        column.addStretch(1)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addWidget(self.viewer_label)
        column.addStretch(2)

        self.stack = QStackedWidget(self)
        self.stack.setAccessibleName(self.tr("Graphical console"))
        self.stack.addWidget(self.screen_area)
        self.stack.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.hint)
        layout.addWidget(self.screenshot_status)
        layout.addWidget(self.stack, 1)
        self._update_hint(False)

    def _button(self, text: str, icon: str, slot: object, name: str) -> QPushButton:
        button = QPushButton(icons.action_icon(icon), text, self.panel)
        button.setObjectName(name)
        button.setAccessibleName(without_mnemonic(text))
        button.clicked.connect(slot)
        return button

    def _menu_button(self, text: str, icon: str, menu: QMenu, name: str) -> QToolButton:
        button = QToolButton(self.toolbar)
        button.setObjectName(name)
        button.setText(text)
        button.setIcon(icons.action_icon(icon))
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(menu)
        menu.setAccessibleName(text)
        return button

    # -- states -----------------------------------------------------------------------

    def start(self) -> None:
        """Connect when the VM runs, and again whenever it starts (once; showing does it too)."""
        if self._started:
            return
        self._started, self._shut = True, False
        self.controller.start()

    def shutdown(self) -> None:
        """End the session and our virt-viewer; call before the console goes away.

        Showing it again does not reconnect; ``start()`` does.
        """
        self._started = False
        self._shut = True
        self.leave_fullscreen()
        self.controller.stop()
        self.launcher.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started and not self._shut:
            self.start()

    def _show_state(self, state: ConsoleState, detail: str) -> None:
        connected = self._connected = state is ConsoleState.CONNECTED
        for widget in (self.send_key_button, self.scale_button):
            widget.setEnabled(connected)
        self.screenshot_action.setEnabled(connected and not looking(self))  # not while it asks
        self.fullscreen_action.setEnabled(connected or self.fullscreen is not None)
        self.hint.setVisible(connected)
        if connected:
            self.stack.setCurrentWidget(self.screen_area)
            return
        if state is not ConsoleState.CONNECTING:
            self.leave_fullscreen()
        self.stack.setCurrentWidget(self.panel)
        self.message.setText(wording.state_text(state, detail, self.controller.failure,
                                                self.controller.problem_detail))
        reconnect, viewer, add = _OFFERS.get(state, (False, False, False))
        if state is ConsoleState.NO_DISPLAY:
            add = detail in (GraphicsProblem.NO_GRAPHICS.value, GraphicsProblem.OTHER_KIND.value)
            reconnect = viewer = not add
            # virt-viewer dials the same URI: ssh would refuse the host there too.
            viewer = viewer and detail not in (GraphicsProblem.BAD_HOST.value,
                                               GraphicsProblem.NO_TUNNEL_PROGRAM.value)
        self.reconnect_button.setVisible(reconnect)
        self.viewer_button.setVisible(viewer)
        self.add_display_button.setVisible(add)
        self.viewer_label.setVisible(viewer and bool(self.viewer_label.text()))

    def _show_session(self, session: VncSession | None) -> None:
        self.view.attach(session)
        if session is not None:
            session.resizeAnswered.connect(self._resize_answered)

    def _viewer_status(self, text: str) -> None:
        self.viewer_label.setText(text)
        self.viewer_label.setVisible(True)

    # -- toolbar ----------------------------------------------------------------------

    def set_scale_mode(self, mode: ScaleMode) -> None:
        self.scale_actions[mode].setChecked(True)
        self.screen_area.setWidgetResizable(mode is not ScaleMode.ONE_TO_ONE)
        self.view.set_mode(mode)

    def _size_wanted(self, width: int, height: int) -> None:
        self._wanted_size = (width, height)
        self._resize_timer.start()

    def _send_size(self) -> None:
        session = self.view.session
        if session is not None and self.view.mode is ScaleMode.RESIZE_GUEST:
            session.request_size(*self._wanted_size)

    def _resize_answered(self, status: int) -> None:
        if status < 0:  # the guest's display cannot change size: scale instead
            self.set_scale_mode(ScaleMode.FIT)
            self.hint.setText(self.tr("This guest's display cannot take the window's size; "
                                      "scaling instead."))

    def ask_screenshot(self) -> None:
        """Take the screen now; ask where to save it without blocking (a nested event loop
        would run the session, and the window's closing, under the file dialog)."""
        image = self.view.screenshot()
        rec = self.conn.domains.get(self.uuid)
        name = rec.name if rec is not None else self.uuid
        stamp = time.strftime("%Y%m%d-%H%M%S")
        spec = FileDialogSpec(self.tr("Save screenshot"), save=True, name=f"{name}-{stamp}.png",
                              filters=(self.tr("PNG images (*.png)"),))
        open_file_dialog(self, spec, lambda path: self.save_screenshot(path, image),
                         busy=self.screenshot_action,
                         settled=lambda: self.screenshot_action.setEnabled(self._connected))

    def save_screenshot(self, path: str, image: QImage | None = None) -> None:
        """Write ``image`` (by default the screen as it is now) to ``path`` (PNG), in a worker."""
        self.screenshots.save(path, self.view.screenshot() if image is None else image)

    def open_viewer(self) -> None:
        # dial_uri in a worker: for qemu+ssh it may write kvmgui's ssh wrapper (a shared login).
        conn = self.conn
        if not self.launcher.running:  # it is looked for in $PATH, which may take a while
            self._viewer_status(self.tr("Looking for virt-viewer…"))
        workers.shared().submit(
            lambda: conn.dial_uri, context=self,
            done=lambda uri: None if self._shut else self.launcher.start(uri, self.uuid),
            failed=lambda exc: self._viewer_status(  # the wrapper could not be written
                fill(self.tr("virt-viewer could not start: %1"), why_failed(exc))))

    # -- grab and full screen -----------------------------------------------------------

    def _update_hint(self, grabbed: bool) -> None:
        self.hint.setText(wording.grab_hint(grabbed, self.view.pointer_captured))

    def _release_focus(self) -> None:
        """Ctrl+Alt: the keyboard comes back, focus moves to the first tool (no mouse needed)."""
        target = self.fullscreen.leave_button if self.fullscreen is not None else self.send_key_button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._update_hint(self.view.grabbed)

    def toggle_fullscreen(self) -> None:
        if self.fullscreen is None:
            self.enter_fullscreen()
        else:
            self.leave_fullscreen()

    def enter_fullscreen(self) -> None:
        if self.fullscreen is not None or self.view.session is None:
            return
        self.stack.removeWidget(self.screen_area)
        self.fullscreen = FullScreenWindow(self.screen_area, send_key_menu(self, self.view.send_combo),
                                           self)
        self.fullscreen.leaveRequested.connect(self.leave_fullscreen)
        self.view.upscale = True
        # The whole monitor this console is on, even where no window manager handles
        # the full-screen request.
        self.fullscreen.setGeometry(self.screen().geometry())
        self.fullscreen.showFullScreen()
        self.message.setText(self.tr("The screen is shown full screen."))
        for button in (self.reconnect_button, self.viewer_button, self.add_display_button):
            button.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave_fullscreen(self) -> None:
        window, self.fullscreen = self.fullscreen, None
        if window is None:
            return
        area = window.take_area()
        self.view.upscale = False
        self.stack.insertWidget(0, area)
        if self.controller.state is ConsoleState.CONNECTED:
            self.stack.setCurrentWidget(area)
        window.close()
        window.deleteLater()
