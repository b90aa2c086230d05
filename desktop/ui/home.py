"""The field laptop's home page: this month so far for its own team, follow-ups due, designs
running low, records sent back, and how it stands with head office.

The month's figures are the period report's (desktop.report.figures.build over this month and
the laptop's team), so the home page and the report cannot disagree. Everything is read in a
worker with a Store of its own (a store can be big); the page shows "…" meanwhile.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.report import drilldown, figures
from desktop.report.periods import Period
from desktop.report.scope import Selection
from desktop.store import reviews
from desktop.store.store import Store
from desktop.ui.context import UiContext
from desktop.ui.empty_state import EmptyStorePanel, store_is_empty
from desktop.ui.labels import translate
from desktop.ui.workers import Worker, run_in_background
from sync.client import LAST_SYNC, is_enrolled

log = logging.getLogger(__name__)

#: The month's cards: the report figure shown, and the list it opens.
CARDS = (("sessions", "session"), ("audience", "session"), ("leaflets", "session"),
         ("visits", "visit"))  # fmt: skip
#: Follow-ups before this day are not looked for (a bound for the report's period).
FOLLOW_UPS_FROM = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class HomeFacts:
    """What the page shows, read off the UI thread."""

    month: Period
    values: dict[str, int]
    follow_ups_due: int
    low: list[tuple[str, int, int]]  # title, on hand, warn below
    sent_back: int
    last_sync: str | None
    pending: int
    enrolled: bool
    demo: bool
    empty: bool


def month_of(today: dt.date) -> Period:
    """This month so far: its first day to today."""
    return Period(today.replace(day=1), today)


def read(store: Store, lang: str, today: dt.date | None = None) -> HomeFacts:
    """The page's facts from `store` (Qt-free, so a worker or a test calls it)."""
    today = today or dt.date.today()
    month = month_of(today)
    teams = (store.team,) if store.team else None
    report = figures.build(store, Selection(month, teams), lang, compare=False)
    # Follow-ups due now: a follow-up date up to today, not yet followed up by a later visit.
    # The report's follow_ups_due is "dated in the period"; narrowed here with its own
    # "followed up" condition, through its drill-down (no second query of our own).
    due = drilldown.Drilldown(
        "visit",
        Selection(Period(FOLLOW_UPS_FROM, today), teams),
        f"NOT {figures.FOLLOWED_UP}",
        date_field="follow_up_on",
    )
    low = [
        (str(d["title"]), int(d["on_hand"]), int(d["low_stock"] or 0))
        for d in store.stock(store.team or None)
        if d["low"] and d["active"]
    ]
    return HomeFacts(
        month=month,
        values={key: report.value(key) for key, _kind in CARDS},
        follow_ups_due=drilldown.count(store.conn, due),
        low=low,
        sent_back=len(reviews.todo(store)),
        last_sync=store.setting(LAST_SYNC),
        pending=store.pending_changes(),
        enrolled=is_enrolled(store),
        demo=store.holds_demo,
        empty=store_is_empty(store),
    )


def read_file(data_dir: Path, lang: str) -> HomeFacts:
    store = Store(data_dir)
    try:
        return read(store, lang)
    finally:
        store.close()


def card_title(key: str) -> str:
    return {
        "sessions": translate("Home", "Sessions"),
        "audience": translate("Home", "People reached"),
        "leaflets": translate("Home", "Leaflets handed out"),
        "visits": translate("Home", "Special-group visits"),
    }[key]


class Card(QFrame):
    """A big number with its name; clicked, it opens the records behind it."""

    clicked = Signal()

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(self.cursor().shape().PointingHandCursor)
        self.setMinimumWidth(190)
        layout = QVBoxLayout(self)
        self.number = QLabel("…")
        self.number.setObjectName("number")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.number.setFont(font)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.title)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mouseReleaseEvent(event)


class HomePage(QWidget):
    """The page; `open_list(kind, period)` and `open_section(key)` are the window's."""

    def __init__(
        self,
        ctx: UiContext,
        open_list: Callable[[str, Period | None], None],
        open_section: Callable[[str], None],
        empty_panel: EmptyStorePanel | None = None,
        pool: QThreadPool | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home")
        self.ctx, self.pool = ctx, pool or QThreadPool.globalInstance()
        self.open_list, self.open_section = open_list, open_section
        self.facts: HomeFacts | None = None
        self.worker: Worker | None = None
        self._again = False
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        self.heading = QLabel(translate("Home", "This month so far"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        grid = QGridLayout()
        self.cards: dict[str, Card] = {}
        for column, (key, kind) in enumerate(CARDS):
            card = Card(key, card_title(key))
            card.clicked.connect(lambda k=kind: self.open_list(k, self._month()))
            grid.addWidget(card, 0, column)
            self.cards[key] = card
        layout.addLayout(grid)
        layout.addSpacing(12)
        self.follow_ups = self._line("follow_ups", lambda: self.open_section("visit"))
        self.low = self._line("low_stock", lambda: self.open_section("leaflets"))
        self.sent_back = self._line("sent_back", lambda: self.open_section("todo"))
        self.sync_line = QLabel("…")
        self.sync_line.setObjectName("sync_line")
        self.sync_line.setWordWrap(True)
        self.sync_line.setStyleSheet("padding: 4px 4px 4px 2px;")  # in line with the buttons
        for widget in (self.follow_ups, self.low, self.sent_back, self.sync_line):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.pages.addWidget(self.body)
        self.empty = empty_panel
        if empty_panel is not None:
            self.empty_page = QWidget()
            empty_layout = QVBoxLayout(self.empty_page)
            hint = QLabel(
                translate(
                    "Home",
                    "This page will show the month's sessions, people reached, leaflets and "
                    "visits as soon as something is recorded.",
                )
            )
            hint.setObjectName("first_use_hint")
            hint.setWordWrap(True)
            empty_layout.addWidget(hint)
            empty_layout.addWidget(empty_panel, 1)
            self.pages.addWidget(self.empty_page)

    def _line(self, key: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton("…")
        button.setObjectName(key)
        button.setFlat(True)
        button.setStyleSheet("text-align: left; padding: 4px;")
        button.clicked.connect(lambda _checked=False: action())
        return button

    def _month(self) -> Period | None:
        return self.facts.month if self.facts else month_of(dt.date.today())

    # -- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the facts again in a worker (once more after it if asked meanwhile)."""
        if self.worker is not None:
            self._again = True
            return
        data_dir, lang = self.ctx.store.data_dir, self.ctx.lang
        self.worker = run_in_background(
            lambda _progress: read_file(data_dir, lang), self._read, self._failed, pool=self.pool
        )

    def _done(self) -> None:
        self.worker = None
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: Any) -> None:
        log.warning("the home page could not be read: %s", error)
        self.sync_line.setText(translate("Home", "The figures could not be read."))
        self._done()

    def _read(self, facts: Any) -> None:
        if isinstance(facts, HomeFacts):
            self.show_facts(facts)
        self._done()

    def show_facts(self, facts: HomeFacts) -> None:
        self.facts = facts
        if self.empty is not None:
            self.pages.setCurrentWidget(self.empty_page if facts.empty else self.body)
            self.empty.set_can_connect(not facts.enrolled and not facts.demo)
        self.heading.setText(
            translate("Home", "This month so far (%1 – %2)")
            .replace("%1", facts.month.first)
            .replace("%2", facts.month.last)
        )
        for key, card in self.cards.items():
            card.number.setText(f"{facts.values[key]:,}")
        due = facts.follow_ups_due
        self.follow_ups.setText(
            translate("Home", "Follow-up visits due: %n", None, due)
            if due
            else translate("Home", "No follow-up visit is due.")
        )
        if facts.low:
            sep = "、" if self.ctx.chinese else ", "
            names = sep.join(
                translate("Home", "%1 (%2 left)").replace("%1", t).replace("%2", str(n))
                for t, n, _below in facts.low
            )
            self.low.setText(translate("Home", "Designs running low: %1").replace("%1", names))
        else:
            self.low.setText(translate("Home", "No design is running low."))
        n = facts.sent_back
        self.sent_back.setText(
            translate("Home", "Records sent back for correction: %n", None, n)
            if n
            else translate("Home", "No record is waiting for a correction.")
        )
        self.sync_line.setText(self.sync_text(facts))

    @staticmethod
    def sync_text(facts: HomeFacts) -> str:
        if facts.demo:
            return translate("Home", "Demo records: they are never sent to head office.")
        if not facts.enrolled:
            text = translate("Home", "Not connected to head office.")
        elif facts.last_sync:
            when = str(facts.last_sync).replace("T", " ")[:16]
            text = translate("Home", "Last reached head office: %1 (UTC)").replace("%1", when)
        else:
            text = translate("Home", "Has not reached head office yet.")
        if facts.pending:
            waiting = facts.pending  # (lupdate skips a count that is an attribute)
            text += " " + translate("Home", "%n change(s) waiting to be sent.", None, waiting)
        else:
            text += " " + translate("Home", "Nothing is waiting to be sent.")
        return text
