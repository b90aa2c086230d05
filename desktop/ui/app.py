"""Starting the window: translators, the store, demo data, crash handling, screenshots."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QLibraryInfo,
    QLocale,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import display, paths
from desktop.i18n import Translator
from desktop.leaflets import fonts
from desktop.store import backups
from desktop.store.errors import StoreUnavailable, store_failure
from desktop.store.store import DB_NAME, Store
from desktop.ui.context import UiContext
from desktop.ui.labels import translate
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import Worker, run_in_background
from sync.client import is_enrolled

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

#: The app's icon (drawn by packaging/make_icons.py); one file of 256 px, Qt scales it.
ICON_FILE = Path(__file__).resolve().parents[2] / "assets" / "icons" / "outreach-256.png"
#: How long the window gets to lay itself out and load its first pages before a screenshot.
SCREENSHOT_DELAY_MS = 800


def _qt_messages(lang: str) -> Callable[[QtMsgType, QMessageLogContext, str], None]:
    """Qt's messages go to the log. Qt aborts (exit 134) when no platform plugin starts, after
    a fatal message the user would never see: say why on stderr and exit 1 instead."""

    def handle(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        qt_log.warning("%s", message)
        if mode == QtMsgType.QtFatalMsg and "platform plugin" in message:
            failed = display.DisplayProblem("failed", display=display.describe())
            print(failed.message(Translator(lang)), file=sys.stderr, flush=True)
            logging.shutdown()
            os._exit(1)

    return handle


def _install_excepthook(data_dir: Path) -> None:
    """An unexpected error is logged with its traceback; the user gets a short dialog. The
    store's failures (a full disk, another program's lock) are said in the user's words."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        if QApplication.instance() is not None and isinstance(exc, sqlite3.Error):
            failure = store_failure(data_dir / DB_NAME, exc)
            QMessageBox.critical(None, translate("App", "Outreach Log"), failure.message(translate))
        elif QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                translate("App", "Something went wrong"),
                translate(
                    "App",
                    "An unexpected error occurred. What you saved is safe; the "
                    "details are in the log file in %1.",
                ).replace("%1", str(paths.log_dir())),
            )

    sys.excepthook = hook


def has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


class Declined(Exception):
    """The user chose not to put a damaged store back from its copy (they have been told)."""


def open_store(
    data_dir: Path, ask: Callable[[StoreUnavailable, Path], bool] | None = None
) -> Store:
    """The store in `data_dir`. A damaged one is put back from its newest whole daily copy if
    `ask` (shown the failure and the copy) says so; Declined if it says no; StoreUnavailable
    when there is nothing to offer or putting the copy back fails."""
    try:
        return Store(data_dir)
    except StoreUnavailable as failure:
        copy = backups.newest_good(data_dir) if failure.code == "damaged" else None
        if copy is None or ask is None:
            raise
        if not ask(failure, copy):
            raise Declined from failure
    used, aside = backups.restore(data_dir / DB_NAME, data_dir, copy)
    log.warning("store put back from %s; the damaged one is in %s", used, aside)
    return Store(data_dir)


def ask_to_restore(failure: StoreUnavailable, copy: Path) -> bool:
    """Whether the user wants the damaged store replaced by the copy (the window's question)."""
    made = dt.datetime.fromtimestamp(copy.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("App", "Outreach Log"), "")
    box.setText(
        translate("App", "The data file %1 is damaged. It is left as it is.").replace(
            "%1", str(failure.path)
        )
    )
    box.setInformativeText(
        translate(
            "App",
            "Put back the copy the app made on %1? What reached head office since then comes "
            "back at the next sync; what was recorded after the copy and never reached head "
            "office cannot be brought back.",
        ).replace("%1", made)
    )
    restore = box.addButton(
        translate("App", "Put back the copy"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is restore


def _back_up(store: Store, data_dir: Path) -> Worker:
    """Today's copy of the store, made in the background; a failure is only logged (the
    copy is a safety net, not something the user asked for). Keep the worker until it is
    done: its signals must outlive the work."""
    return run_in_background(
        lambda _report: backups.make(store.path, data_dir),
        lambda made: log.info("store copied to %s", made),
        lambda error: log.warning("the daily copy of the store failed: %s", error),
    )


def run_gui(data_dir: Path, lang: str, demo: bool = False, screenshot: Path | None = None) -> int:
    qInstallMessageHandler(_qt_messages(lang))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_AUTHOR)
    QApplication.setWindowIcon(QIcon(str(ICON_FILE)))
    translator = Translator(lang)
    translator.install(app)
    qt_translator = QTranslator(app)
    if lang != "en" and qt_translator.load(
        QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
    if not has_cjk_font():  # a machine without Chinese fonts: the one a bundle ships
        for font in fonts.candidates()[:1]:
            QFontDatabase.addApplicationFont(str(font))
    if lang.startswith("zh") and not has_cjk_font():
        log.warning("no font with Chinese glyphs found; Chinese text will not display")
    _install_excepthook(data_dir)

    try:
        store = open_store(data_dir, None if screenshot is not None else ask_to_restore)
    except Declined:
        return 2
    except StoreUnavailable as failure:
        log.warning("cannot open the store: %s", failure)
        message = failure.message(translate)
        if screenshot is not None:  # no one is there to close a dialog
            print(message, file=sys.stderr)
        else:
            QMessageBox.critical(None, translate("App", "Outreach Log"), message)
        return 2
    if demo:
        from desktop.demo import fill_demo

        fill_demo(store)
    window = MainWindow(UiContext(store, lang))
    window.show()
    if screenshot is None:
        QTimer.singleShot(0, window.ensure_officer)  # the first start asks who records
    if screenshot is None and is_enrolled(store):
        window.sync.start()
    # The day's copy of the store runs alongside; its worker is kept here until the end.
    running = [_back_up(store, data_dir)] if screenshot is None and backups.due(data_dir) else []
    if screenshot is not None:

        def shoot() -> None:
            ok = window.grab().save(str(screenshot))
            log.info("screenshot %s: %s", screenshot, ok)
            app.exit(0 if ok else 1)

        QTimer.singleShot(SCREENSHOT_DELAY_MS, shoot)
    code = app.exec()
    running.clear()
    store.close()
    return code
