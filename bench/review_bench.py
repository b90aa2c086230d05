"""A supervisor's store of a million records, and the list as the window works it.

Run: .venv/bin/python bench/review_bench.py [--records 1000000] [--keep DIR] [--part lists|log]

Builds (bulk SQL in one transaction, `Store.bulk_load`) sessions, consultations and visits in
the proportions of a team's year (1 : 2.4 : 0.6), 40 teams in 5 branches (the branch is the
head of the team's name), dates over five years, Chinese places, notes, questions and names
from word lists. Then drives the real list views (RecordListView over RecordTableModel,
offscreen) and prints, per interaction, how long the UI thread was held (the call itself, and
the longest stall of a 5 ms heartbeat timer while background work finished) and when the rows
and the count were there. `--keep DIR` builds the store in DIR once and reuses it after.
`--part log` drives the supervisor's review log instead (ReviewLogView: open, each filter,
three together, searches, a detail pane, approving 500 selected, scrolling to the end), each
part in a process of its own so that its peak memory is its own.
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.domain.ids import new_uuid  # noqa: E402
from desktop.domain.kinds import KINDS  # noqa: E402
from desktop.store import branches  # noqa: E402
from desktop.store import review_log as review_log_queries  # noqa: E402
from desktop.store.review_log import LogFilter  # noqa: E402
from desktop.store.store import Store  # noqa: E402
from desktop.ui.context import UiContext  # noqa: E402
from desktop.ui.record_list import RecordListView, open_form  # noqa: E402
from desktop.ui.review.log import ReviewLogView  # noqa: E402
from sync.client import ROLE  # noqa: E402

BRANCHES = ("城关支行", "河口支行", "青山村镇银行", "南湖支行", "营业部")
NUMBERS = "一二三四五六七八"
TEAMS = tuple(f"{b}宣讲{n}队" for b in BRANCHES for n in NUMBERS)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华兰玉梅红云建国志海"
SUFFIXES = ("家村", "家庄", "家湾", "家坪", "家寨", "河村", "山村", "岭村", "沟村", "塘村")
TOWNS = tuple(f"{a}{b}镇" for a in "青石柳桃清白金龙凤黄" for b in "河山水林溪坝口桥湖坡")
VENUE_PLACES = {
    "village": "村委会",
    "community": "社区服务中心",
    "school": "中心小学",
    "company": "工业园",
    "family": "农户家中",
    "market": "农贸市场",
    "elderly_home": "敬老院",
    "branch": "营业网点",
}
SESSION_NOTES = (
    "宣讲防范电信网络诈骗知识，发放折页。",
    "结合真实案例讲解养老诈骗的常见手法。",
    "现场演示如何识别假币，群众反响热烈。",
    "讲解非法集资的危害，提醒不要轻信高息。",
    "介绍个人征信的查询渠道和异议处理。",
    "提醒妥善保管银行卡和密码，不要出借账户。",
    "与村委会联合开展，覆盖赶集群众。",
    "讲解反洗钱知识，发放宣传品。",
    "天气炎热，活动时间缩短。",
    "针对老年人讲解手机银行安全使用。",
)
RARE_NOTE = "发现疑似传销线索，已报告派出所。"  # one session note in 500: a rare word
QUESTIONS = (
    "接到自称公安的电话要求转账，怎么办？",
    "存款到期后利息怎么计算？",
    "银行卡被冻结了怎么解冻？",
    "养老金什么时候到账？",
    "手机银行登录不了怎么办？",
    "朋友推荐的高收益理财靠谱吗？",
    "如何查询个人征信报告？",
    "收到的纸币疑似假币怎么处理？",
    "贷款需要准备哪些材料？",
    "网上刷单兼职是不是诈骗？",
    "社保卡怎么激活？",
    "孩子在外地，怎么给他汇款最安全？",
)
ANSWERS = (
    "不要转账，立即挂断并拨打110核实。",
    "按存入时的挂牌利率计算，可到网点打印明细。",
    "携带身份证到开户网点办理。",
    "每月十五日前后到账，可通过短信提醒查询。",
    "已协助重置登录密码并演示操作。",
    "高收益往往伴随高风险，提醒谨防非法集资。",
)
VISIT_NOTES = (
    "上门为行动不便老人激活社保卡。",
    "协助代领养老金，家属在场。",
    "讲解防范诈骗知识，老人表示理解。",
    "更换到期银行卡，现场激活。",
    "帮助设置手机银行，约定下次回访。",
)

#: (label, kind, search text) for the searches timed: two and three characters, common and rare.
SEARCHES = (
    ("search 2 chars, common (诈骗)", "session", "诈骗"),
    ("search 2 chars, rare (传销)", "session", "传销"),
    ("search 3 chars, common (诈骗的)", "session", "诈骗的"),
    ("search 3 chars, rare village (韦家坪)", "session", "韦家坪"),
    ("search 3 chars, consultations (怎么办)", "consultation", "怎么办"),
    ("search 2 chars, consultations (冻结)", "consultation", "冻结"),
    ("search 2 chars, visits (韦芳)", "visit", "韦芳"),
)


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))


def village(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(SUFFIXES)


class Maker:
    """Records with meta, as head office would send them down, with time-ordered uuids."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.millis = 1_650_000_000_000
        self.sessions: list[tuple[str, str, str]] = []  # uuid, date, team

    def meta(self, team: str) -> dict[str, Any]:
        self.millis += self.rng.randint(1, 90_000)
        now = time.strftime("%Y-%m-%dT%H:%M:%S.000+00:00", time.gmtime(self.millis / 1000))
        return {
            "uuid": new_uuid(self.millis),
            "created_at": now,
            "updated_at": now,
            "author": name(self.rng),
            "device_id": f"dev{TEAMS.index(team):03d}",
            "team": team,
            "revision": 1,
            "deleted": False,
            "hlc": f"{self.millis:015d}-00000-dev{TEAMS.index(team):03d}",
        }

    def date(self) -> str:
        day = self.rng.randrange(5 * 365)
        t = time.gmtime(1_638_316_800 + day * 86_400)  # 2021-12-01 to 2026-11-30
        return time.strftime("%Y-%m-%d", t)

    def session(self) -> dict[str, Any]:
        rng = self.rng
        team = rng.choice(TEAMS)
        venue = rng.choice(tuple(VENUE_PLACES))
        place = village(rng)
        notes = "".join(rng.sample(SESSION_NOTES, rng.randint(1, 3)))
        if rng.random() < 0.002:
            notes += RARE_NOTE
        record = {
            **self.meta(team),
            "held_on": self.date(),
            "start_time": f"{rng.randint(8, 17):02d}:{rng.choice((0, 15, 30, 45)):02d}",
            "end_time": None,
            "place": place + VENUE_PLACES[venue],
            "area": rng.choice(TOWNS),
            "venue_kind": venue,
            "campaign": rng.choice(
                ("cr315", "wanlixing", "knowledge_month", "wanjia", "fundraising_month", None)
            ),
            "topics": rng.sample(
                ("telecom_fraud", "illegal_fundraising", "counterfeit", "pension_fraud", "aml")
                + ("credit_report", "card_safety", "wealth_risk", "consumer_rights"),
                rng.randint(1, 3),
            ),
            "partners": rng.sample(("police", "village_committee", "justice_bureau"), 1),
            "staff": [name(rng), name(rng)],
            "audience": rng.randint(10, 300),
            "consultation_count": rng.randint(0, 20),
            "online": False,
            "notes": notes,
        }
        self.sessions.append((record["uuid"], record["held_on"], team))
        return record

    def consultation(self) -> dict[str, Any]:
        rng = self.rng
        session, day, team = rng.choice(self.sessions)
        return {
            **self.meta(team),
            "session": session,
            "asked_on": day,
            "category": rng.choice(("deposits", "loans", "cards", "payments", "wealth", "other")),
            "topic": rng.choice(("telecom_fraud", "pension_fraud", "credit_report", None)),
            "question": rng.choice(QUESTIONS),
            "answer": rng.choice(ANSWERS),
            "resolution": rng.choice(("answered", "referred")),
            "special_group": rng.choice(("elderly", "disabled", None, None, None)),
            "follow_up": rng.random() < 0.1,
            "consent": False,
            "contact_name": None,
            "contact_phone": None,
        }

    def visit(self) -> dict[str, Any]:
        rng = self.rng
        team = rng.choice(TEAMS)
        return {
            **self.meta(team),
            "visited_on": self.date(),
            "village": village(rng),
            "group": rng.choice(("elderly", "disabled", "ill", "left_behind_children")),
            "services": rng.sample(
                ("account_activation", "pension_withdrawal", "fraud_warning"), 1
            ),
            "outcome": rng.choice(("done", "partly")),
            "follow_up_on": None,
            "staff": [name(rng)],
            "consent": True,
            "client_name": name(rng),
            "client_phone": None,
            "client_address": None,
            "notes": rng.choice(VISIT_NOTES),
        }


def build(store: Store, total: int) -> dict[str, int]:
    """1 session : 2.4 consultations : 0.6 visits, interleaved in blocks as syncs bring them."""
    maker = Maker()
    counts = {"session": total * 25 // 100, "visit": total * 15 // 100}
    counts["consultation"] = total - counts["session"] - counts["visit"]
    block = 10_000

    def records(kind: str, n: int) -> Iterator[dict[str, Any]]:
        make = getattr(maker, kind)
        for _ in range(n):
            yield make()

    with store.transaction():
        done = dict.fromkeys(counts, 0)
        while any(done[k] < counts[k] for k in counts):
            for kind in ("session", "consultation", "visit"):
                n = min(block * counts[kind] // total + 1, counts[kind] - done[kind])
                if n > 0:
                    store.bulk_load(kind, records(kind, n))
                    done[kind] += n
        store.set_setting(ROLE, "supervisor")
        # What head office says at sync: each team's branch (the head of its name here).
        branches.replace(
            store.conn, [(t, next(b for b in BRANCHES if t.startswith(b))) for t in TEAMS]
        )
    store.conn.execute("ANALYZE")
    return counts


#: The field lists and the review log: both page through a model with `busy` and `total`.
ListView = RecordListView | ReviewLogView


class Heartbeat:
    """A 5 ms timer: the longest gap between two ticks is the longest the UI thread was held."""

    def __init__(self) -> None:
        self.timer = QTimer(interval=5)
        self.clock = QElapsedTimer()
        self.worst = 0.0
        self.last = 0.0
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.clock.start()
        self.last = 0.0
        self.worst = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e9
        self.worst = max(self.worst, now - self.last - 0.005)
        self.last = now


class Bench:
    def __init__(self, app: QApplication, ctx: UiContext) -> None:
        self.app = app
        self.ctx = ctx
        self.heart = Heartbeat()
        self.rows: list[tuple[str, float, float, float, float, str]] = []

    def settle(self, view: ListView, limit: float = 120.0) -> tuple[float, float]:
        """Run the event loop until the first page and the count are there: their times."""
        start = time.perf_counter()
        rows_at = count_at = None
        while time.perf_counter() - start < limit:
            if rows_at is None and not view.model.busy:
                rows_at = time.perf_counter() - start
            if count_at is None and view.model.total is not None:
                count_at = time.perf_counter() - start
            if rows_at is not None and count_at is not None:
                break
            self.app.processEvents()
            time.sleep(0.001)
        return rows_at or limit, count_at or limit

    def step(self, label: str, view: ListView | None, action: Callable[[], Any]) -> Any:
        self.heart.start()
        self.app.processEvents()
        start = time.perf_counter()
        result = action()
        held = time.perf_counter() - start
        target = view if view is not None else result
        listed = isinstance(target, RecordListView | ReviewLogView)
        rows_at, count_at = self.settle(target) if listed else (0, 0)
        self.app.processEvents()
        stall = max(self.heart.worst, 0.0)
        total = target.model.total if listed else None
        self.rows.append(
            (
                label,
                held,
                stall,
                held + rows_at,
                held + count_at,
                "" if total is None else f"{total:,}",
            )
        )
        print(
            f"{label:<44} UI held {held * 1e3:7.1f} ms (stall {stall * 1e3:6.1f}) "
            f"rows {(held + rows_at) * 1e3:8.1f} ms  count {(held + count_at) * 1e3:8.1f} ms"
            f"  {'' if total is None else f'{total:,}'}",
            flush=True,
        )
        return result


def choose(view: RecordListView, name: str, code: str) -> None:
    combo = view.team_filter if name == "team" else view.ref_filters[name]
    assert combo is not None
    combo.setCurrentIndex(combo.findData(code))


def clear(view: RecordListView) -> None:
    view.blockSignals(True)
    for combo in [*view.ref_filters.values(), view.team_filter]:
        if combo is not None:
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
    view.search.blockSignals(True)
    view.search.clear()
    view.search.blockSignals(False)
    for edit in (view.date_from, view.date_to):
        if edit is not None:
            edit.blockSignals(True)
            edit.setDate(edit.minimumDate())
            edit.blockSignals(False)
    view.blockSignals(False)
    view.apply_filter()
    view.model.wait_for_background()


def scroll_to_end(bench: Bench, view: ListView) -> tuple[int, float, float]:
    """fetchMore as the view calls it at the bottom, until the list ends: pages, worst, total."""
    worst, start, pages = 0.0, time.perf_counter(), 0
    model = view.model
    while True:
        while model.busy:
            bench.app.processEvents()
            time.sleep(0.001)
        if not model.canFetchMore():
            break
        t = time.perf_counter()
        model.fetchMore()
        view.table.scrollToBottom()
        bench.app.processEvents()
        worst = max(worst, time.perf_counter() - t)
        pages += 1
    return pages, worst, time.perf_counter() - start


def run(data_dir: Path, records: int) -> None:
    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication([])
    store = Store(data_dir)
    if not store.query("session", limit=1):
        start = time.perf_counter()
        counts = build(store, records)
        seconds = time.perf_counter() - start
        size = sum(f.stat().st_size for f in data_dir.iterdir() if f.is_file()) / 2**20
        print(
            f"built {sum(counts.values()):,} records {counts} in {seconds:.1f} s "
            f"({sum(counts.values()) / seconds:,.0f}/s), store {size:,.0f} MiB",
            flush=True,
        )
    ctx = UiContext(store, "zh_CN")
    bench = Bench(app, ctx)
    views: dict[str, RecordListView] = {}
    for kind in ("session", "consultation", "visit"):
        views[kind] = bench.step(
            f"open the {kind} list", None, functools.partial(RecordListView, ctx, KINDS[kind])
        )
        views[kind].resize(1200, 700)
        views[kind].show()
        bench.settle(views[kind])
    sessions = views["session"]
    for label, field, code in (
        ("filter team", "team", TEAMS[17]),
        ("filter venue kind", "venue_kind", "school"),
        ("filter campaign", "campaign", "wanjia"),
        ("filter topic (REFS, side table)", "topics", "aml"),
    ):
        bench.step(label, sessions, functools.partial(choose, sessions, field, code))
        clear(sessions)

    def year() -> None:
        assert sessions.date_from is not None and sessions.date_to is not None
        sessions.date_from.setDate(sessions.date_from.date().fromString("2024-01-01", "yyyy-MM-dd"))
        sessions.date_to.setDate(sessions.date_to.date().fromString("2024-01-31", "yyyy-MM-dd"))

    bench.step("filter date range (a month)", sessions, year)
    clear(sessions)

    def three() -> None:
        choose(sessions, "team", TEAMS[3])
        choose(sessions, "topics", "pension_fraud")
        choose(sessions, "venue_kind", "elderly_home")

    bench.step("three filters: team + topic + venue", sessions, three)
    clear(sessions)
    consultations = views["consultation"]
    bench.step(
        "consultations: filter special group",
        consultations,
        lambda: choose(consultations, "special_group", "disabled"),
    )
    clear(consultations)
    visits = views["visit"]
    bench.step(
        "visits: filter services (side table)",
        visits,
        lambda: choose(visits, "services", "pension_withdrawal"),
    )
    clear(visits)
    for label, kind, text in SEARCHES:
        view = views[kind]

        def search(v: RecordListView = view, t: str = text) -> None:
            v.search.blockSignals(True)
            v.search.setText(t)
            v.search.blockSignals(False)
            v.apply_filter()  # what the search box's 250 ms timer calls

        bench.step(label, view, search)
        clear(view)

    def open_record() -> None:
        record = sessions.model.record(0)
        form = open_form(ctx, KINDS["session"], record, parent=sessions)
        form.deleteLater()

    bench.step("open a record (session form)", None, open_record)

    def save_one() -> None:
        record = sessions.model.record(3)
        saved = store.save("session", {**record, "notes": "改过的备注"}, uuid=record["uuid"])
        sessions._saved(saved["uuid"])

    bench.step("save a record, list patched in place", sessions, save_one)
    for kind in ("session", "consultation"):
        pages, worst, total = scroll_to_end(bench, views[kind])
        print(
            f"scroll {kind} list to the end: {pages:,} pages in {total:.1f} s, "
            f"worst page {worst * 1e3:.1f} ms, rows {views[kind].model.rowCount():,}",
            flush=True,
        )
        bench.rows.append((f"scroll {kind}s to the end ({pages:,} pages)", worst, 0, total, 0, ""))
    for view in views.values():
        view.model.wait_for_background()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MiB", flush=True)
    store.close()


def run_log(data_dir: Path, records: int) -> None:
    """The review log alone, in a process of its own (its peak memory is the log's)."""
    found = QApplication.instance()
    app = found if isinstance(found, QApplication) else QApplication([])
    store = Store(data_dir)
    if not store.query("session", limit=1):
        build(store, records)
    ctx = UiContext(store, "zh_CN")
    bench = Bench(app, ctx)
    review_log(bench, ctx)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MiB", flush=True)
    store.close()


def review_log(bench: Bench, ctx: UiContext) -> None:
    """The supervisor's review log over every kind, as the window works it."""
    log = bench.step("open the review log", None, functools.partial(ReviewLogView, ctx))
    log.resize(1400, 800)
    log.show()
    bench.settle(log)

    def choose_in(combo: Any, data: str) -> Callable[[], None]:
        return lambda: combo.setCurrentIndex(combo.findData(data))

    def reset() -> None:
        for combo in (
            log.kind_filter,
            log.branch_filter,
            log.team_filter,
            log.officer_filter,
            log.state_filter,
            *log.code_filters.values(),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (log.date_from, log.date_to):
            edit.blockSignals(True)
            edit.setDate(edit.minimumDate())
            edit.blockSignals(False)
        log.search.blockSignals(True)
        log.search.clear()
        log.search.blockSignals(False)
        log.apply_filter()
        log.model.wait_for_background()

    officer = next(
        iter(r for r in ctx.store.conn.execute("SELECT author FROM review_state LIMIT 1"))
    )[0]
    for label, combo, data in (
        ("log: filter kind (visits)", log.kind_filter, "visit"),
        ("log: filter branch", log.branch_filter, BRANCHES[2]),
        ("log: filter team", log.team_filter, TEAMS[17]),
        ("log: filter officer", log.officer_filter, officer),
        ("log: filter state (received)", log.state_filter, "received"),
        ("log: filter venue kind", log.venue_filter, "school"),
        ("log: filter campaign", log.campaign_filter, "wanjia"),
        ("log: filter topic", log.topic_filter, "aml"),
        ("log: filter special group", log.group_filter, "disabled"),
    ):
        bench.step(label, log, choose_in(combo, data))
        reset()

    def month() -> None:
        log.date_from.setDate(log.date_from.date().fromString("2024-01-01", "yyyy-MM-dd"))
        log.date_to.setDate(log.date_to.date().fromString("2024-01-31", "yyyy-MM-dd"))

    bench.step("log: filter date range (a month)", log, month)
    reset()

    # Two chosen before (as a supervisor does, one at a time), the third timed.
    for combo, data in ((log.branch_filter, BRANCHES[1]), (log.topic_filter, "pension_fraud")):
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(data))
        combo.blockSignals(False)
    bench.step(
        "log: three filters (branch + topic, then state)",
        log,
        choose_in(log.state_filter, "received"),
    )
    reset()
    for label, text in (
        ("log: search 2 chars, common (诈骗)", "诈骗"),
        ("log: search 2 chars, rare (传销)", "传销"),
        ("log: search 3 chars (怎么办)", "怎么办"),
    ):

        def search(t: str = text) -> None:
            log.search.blockSignals(True)
            log.search.setText(t)
            log.search.blockSignals(False)
            log.apply_filter()

        bench.step(label, log, search)
        reset()
    bench.step("log: open a detail pane", None, lambda: log.select_rows([3]))
    while log.model.rowCount() < 500 and log.model.canFetchMore():
        log.model.fetchMore()
        log.model.wait_for_background()
        bench.app.processEvents()
    log.select_rows(list(range(500)))
    bench.step("log: approve 500 selected records", log, log.approve_selected)
    while log.acting:  # the worker saving them
        bench.app.processEvents()
        time.sleep(0.001)
    approved = review_log_queries.read_count(ctx.store.conn, LogFilter(state="approved"))
    print(f"approved now: {approved:,}", flush=True)
    pages, worst, total = scroll_to_end(bench, log)
    print(
        f"scroll the review log to the end: {pages:,} pages in {total:.1f} s, "
        f"worst page {worst * 1e3:.1f} ms, rows {log.model.rowCount():,}",
        flush=True,
    )
    bench.rows.append(
        (f"scroll the review log to the end ({pages:,} pages)", worst, 0, total, 0, "")
    )
    log.model.wait_for_background()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="build the store here once and reuse it")
    parser.add_argument(
        "--part",
        choices=("lists", "log"),
        default="lists",
        help="the field lists, or the review log (run it apart on a --keep store for its memory)",
    )
    args = parser.parse_args()
    chosen = run if args.part == "lists" else run_log
    if args.keep:
        chosen(args.keep, args.records)
        return
    with tempfile.TemporaryDirectory() as tmp:
        chosen(Path(tmp), args.records)


if __name__ == "__main__":
    main()
