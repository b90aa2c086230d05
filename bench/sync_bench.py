"""How fast a laptop's records reach head office and come down to another laptop, end to end.

Run: .venv/bin/python bench/sync_bench.py [--records 100000] [--db sqlite|postgresql|both]
         [--repeat 3]      (runs per database and size; the median rate is reported)
         [--profile DIR]   (py-spy samples of laptop and server, summed per function; one run)

Makes N realistic records (consultations with Chinese text, a session for every twenty) on one
laptop's store in one transaction, starts a real head-office server process on 127.0.0.1, pushes
them with the laptop's own SyncClient (timed), then pulls them into a fresh laptop (timed). The
push and the pull each run in a process of their own (bench/sync_laptop.py), so their peak
memory (VmHWM) and the bytes they count on the wire are the laptop's alone; the server's peak is
read from its /proc entry, reset before each phase. Nothing stands between laptop and server.

Client memory must stay flat as the record count grows (pages are streamed, never loaded whole):
the SQLite run is repeated with a quarter of the records and the peaks compared.

PostgreSQL: the cluster OUTREACH_TEST_PG points at (a new database in it), or else a throwaway
cluster started here as packaging/test.sh does (as the postgres user when run as root).
Not a test: the figures depend on the machine; the goals from issue 3 are printed beside them.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid as uuidlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import make_url

from desktop.store.store import Store
from sync import protocol
from sync.client import PULL_PAGE, PUSH_PAGE, SyncClient
from sync.server import admin

LAPTOP = Path(__file__).resolve().with_name("sync_laptop.py")
#: py-spy beside this Python (the venv's), else on the PATH.
PY_SPY = (
    str(Path(sys.executable).with_name("py-spy"))
    if Path(sys.executable).with_name("py-spy").exists()
    else (shutil.which("py-spy") or "py-spy")
)

TEAM = "青山支行外拓小分队"
GOAL_RATE = 20_000
GOAL_BYTES = 100
#: Peak client memory may grow this much from a quarter of the records to all of them.
FLAT_MB = 25.0
#: Innermost frames of a thread that is waiting, not working.
IDLE_FRAMES = ("wait (threading", "select (selectors", "get (queue", "_worker (concurrent")

QUESTIONS = (
    "接到自称银行客服的电话，说要注销“百万保障”，是真的吗？",
    "有人打电话说我孙子出事了要马上转钱，我该怎么办？",
    "村里有人推销年化收益百分之二十的理财，说保本保息，能买吗？",
    "养老金每个月几号到账？在哪里可以查到明细？",
    "征信报告怎么查？查多了会不会影响以后贷款？",
    "手机银行转错账了，能不能追回来？",
    "收到短信说银行卡积分可以兑换现金，要点链接填卡号，安全吗？",
    "社保卡和银行卡是一回事吗？丢了怎么补办？",
    "网上说刷单能赚佣金，先垫付再返还，是不是骗局？",
    "存款保险是什么？存在村镇银行的钱安全吗？",
    "老人不会用智能手机，取养老金一定要本人到网点吗？",
    "收到的百元钞票摸起来手感不对，怎么辨别真假？",
    "有人要借我的银行卡用几天，给我好处费，可以吗？",
    "贷款逾期了一天，会不会上征信黑名单？",
    "陌生人加微信说是公检法，要我把钱转到安全账户？",
    "小额贷款的利息怎么算？提前还款要不要违约金？",
    "银行卡密码忘了，可以让子女代办重置吗？",
    "买保险的时候业务员说跟存款一样，可以随时取出来吗？",
)
ANSWERS = (
    "这是冒充客服诈骗，银行不会要求转账注销，请挂断后拨打官方客服核实。",
    "先不要转账，直接给家人打电话核实，必要时拨打110报警。",
    "承诺保本高收益的多为非法集资，请到正规网点购买备案产品。",
    "养老金按月发放，可通过手机银行或到网点查询账户明细。",
    "本人每年可免费查询两次，个人查询不影响信用记录。",
    "立即联系收款方和银行客服，保留转账凭证，必要时报警。",
    "不要点击陌生链接，积分兑换以官方渠道为准，已帮助删除短信。",
    "社保卡具有金融功能，但与普通借记卡不同，挂失补办需本人办理。",
    "刷单返利是典型电信网络诈骗，先垫付的钱很难追回。",
    "存款保险对每家银行每位存款人最高偿付五十万元。",
    "行动不便的老人可预约上门服务，网点工作人员会上门核实办理。",
    "演示了“一看二摸三听四测”，并告知可到网点免费鉴别。",
    "出租出借银行卡属于违法行为，可能被列入惩戒名单。",
    "已解释宽限期和征信报送规则，建议尽快足额还款。",
    "公检法不会电话办案，更没有安全账户，这是诈骗。",
    "已按合同讲解计息方式，提前还款条款以合同约定为准。",
    "密码重置需本人持身份证办理，特殊情况可申请上门服务。",
    "代理保险不是存款，退保可能有损失，已提示仔细阅读条款。",
)
CATEGORIES = ("deposits", "loans", "cards", "payments", "wealth", "insurance", "other")
TOPICS = (
    "telecom_fraud",
    "illegal_fundraising",
    "counterfeit",
    "pension_fraud",
    "credit_report",
    "card_safety",
    "wealth_risk",
    "consumer_rights",
)
GROUPS = (None, None, None, "elderly", "elderly", "disabled", "new_residents")
VENUES = ("village", "community", "school", "company", "market", "elderly_home", "branch")
PLACES = ("石桥村", "河东社区", "青山中学", "城南农贸市场", "幸福敬老院", "柳树湾村", "东关街")
SURNAMES = "王李张刘陈杨赵黄周吴"
GIVEN = ("秀英", "桂兰", "建国", "玉兰", "德明", "淑珍", "志强", "凤英")
SESSION_EVERY = 20


def fill(store: Store, count: int, seed: int = 1) -> float:
    """`count` records (a session, then consultations asked at it) in one transaction;
    returns the seconds it took."""
    rng = random.Random(seed)
    today = time.time()
    start = time.perf_counter()
    session = None
    with store.transaction():
        for i in range(count):
            day = time.strftime("%Y-%m-%d", time.gmtime(today - rng.randrange(1, 365) * 86400))
            if i % SESSION_EVERY == 0:
                session = store.save(
                    "session",
                    {
                        "held_on": day,
                        "start_time": f"{rng.randrange(8, 17):02d}:{rng.choice((0, 30)):02d}",
                        "place": rng.choice(PLACES),
                        "area": "青山镇",
                        "venue_kind": rng.choice(VENUES),
                        "campaign": rng.choice(("cr315", "knowledge_month", "adhoc")),
                        "topics": rng.sample(TOPICS, 2),
                        "staff": ["王芳", "李明"],
                        "audience": rng.randrange(20, 200),
                        "consultation_count": SESSION_EVERY - 1,
                        "notes": "发放折页并现场答疑，村民反映冒充客服电话较多。",
                    },
                )["uuid"]
                continue
            consent = rng.random() < 0.15
            store.save(
                "consultation",
                {
                    "session": session,
                    "asked_on": day,
                    "category": rng.choice(CATEGORIES),
                    "topic": rng.choice(TOPICS),
                    "question": rng.choice(QUESTIONS),
                    "answer": rng.choice(ANSWERS),
                    "resolution": "answered" if rng.random() < 0.9 else "referred",
                    "special_group": rng.choice(GROUPS),
                    "follow_up": consent,
                    "consent": consent,
                    "contact_name": rng.choice(SURNAMES) + rng.choice(GIVEN) if consent else None,
                    "contact_phone": f"1{rng.randrange(3, 9)}{rng.randrange(10**9):09d}"
                    if consent
                    else None,
                },
            )
    return time.perf_counter() - start


def row_bytes(store: Store, sample: int = 2000) -> float:
    """Average size of a record as a protocol row (compact JSON, UTF-8), before gzip."""
    rows = store.conn.execute("SELECT payload FROM outbox ORDER BY seq LIMIT ?", (sample,))
    sizes = [
        len(
            json.dumps(
                list(json.loads(p).values()), ensure_ascii=False, separators=(",", ":")
            ).encode()
        )
        for (p,) in rows
    ]
    return sum(sizes) / len(sizes)


def peak_kib(pid: int) -> int:
    """VmHWM: the most resident memory the process ever had (since its last reset)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmHWM for {pid}")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time `pid` has used so far (/proc/<pid>/stat, fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def reset_peak(pid: int) -> bool:
    """Start a new VmHWM period for `pid` (Linux: 5 > clear_refs); False if not allowed."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def run_laptop(
    phase: str, data_dir: Path, server_pid: int, profile: Path | None, tag: str
) -> dict[str, Any]:
    """The laptop's push or pull in its own process; with `profile`, both sides under py-spy."""
    command = [sys.executable, str(LAPTOP), phase, str(data_dir)]
    spy = None
    if profile is not None:
        raw = [PY_SPY, "record", "--rate", "250", "--format", "raw", "--idle"]
        spy = subprocess.Popen(
            [
                *raw,
                "--threads",
                "-o",
                str(profile / f"{tag}-server-{phase}.txt"),
                "-p",
                str(server_pid),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        command = [*raw, "-o", str(profile / f"{tag}-laptop-{phase}.txt"), "--", *command]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
    finally:
        if spy is not None:
            spy.send_signal(signal.SIGINT)
            spy.wait(timeout=60)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{phase} failed:\n{done.stdout}\n{done.stderr}")
    return dict(json.loads(lines[-1]))


def summarise(raw: Path, top: int = 40) -> list[str]:
    """Per function: share of samples spent in it (self) and under it (total), busy only.

    py-spy's raw format is one line per distinct stack, frames joined by ';', then a count.
    Samples whose innermost frame is a wait (idle threads, the event loop's select) are left
    out, so the shares are of the time the process was working.
    """
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    busy = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = [f for f in stack.split(";") if not f.startswith(("thread ", "process "))]
        if not frames or any(w in frames[-1] for w in IDLE_FRAMES):
            continue
        busy += int(count)
        own[frames[-1]] += int(count)
        for frame in set(frames):
            inclusive[frame] += int(count)
    lines = [f"{raw.name}: {busy} busy samples", "-- total (self and below)"]
    lines += [f"{100 * n / busy:5.1f}%  {f}" for f, n in inclusive.most_common(top)]
    lines += ["-- self"]
    lines += [f"{100 * n / busy:5.1f}%  {f}" for f, n in own.most_common(top)]
    return lines


# -- head office ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def server(db_url: str, folder: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    """A real server process on 127.0.0.1 and its URL, once it listens; stopped afterwards."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "sync.server.cli",
        "serve",
        "--db",
        db_url,
        "--port",
        str(port),
    ]
    with open(folder / "server.log", "ab") as log:
        proc = subprocess.Popen(command, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError((folder / "server.log").read_text(errors="replace"))
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.05)
        yield proc, f"http://127.0.0.1:{port}"
    finally:
        proc.send_signal(signal.SIGINT)  # uvicorn shuts down cleanly
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def postgres() -> Iterator[str]:
    """A new database in OUTREACH_TEST_PG's cluster, or in a throwaway cluster of our own."""
    base = os.environ.get("OUTREACH_TEST_PG")
    with _cluster() if not base else _given(base) as url:
        name = f"outreach_bench_{uuidlib.uuid4().hex[:8]}"
        with psycopg.connect(_libpq(url), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            yield make_url(url).set(database=name).render_as_string(hide_password=False)
        finally:
            with psycopg.connect(_libpq(url), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


@contextmanager
def _cluster() -> Iterator[str]:
    """initdb + pg_ctl start on a free port (default settings: fsync on), removed afterwards.

    Its folder sits directly in the temp dir: as root the cluster runs as the postgres user,
    who must be able to reach it.
    """
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    pg_bin = bins[-1] if bins else Path(shutil.which("initdb") or "/nonexistent").parent
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    home = Path(tempfile.mkdtemp(prefix="outreach-bench-pg-"))
    if as_user:
        shutil.chown(home, "postgres")
    data = str(home / "data")
    port = free_port()
    try:
        _run(
            *as_user,
            str(pg_bin / "initdb"),
            "-D",
            data,
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        options = f"-p {port} -k {home} -c listen_addresses=127.0.0.1"
        _run(
            *as_user,
            str(pg_bin / "pg_ctl"),
            "-D",
            data,
            "-l",
            str(home / "log"),
            "-w",
            "-o",
            options,
            "start",
        )
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_user, str(pg_bin / "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(home, ignore_errors=True)


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


# -- one run -------------------------------------------------------------------------------------


@dataclass
class Figures:
    db: str
    records: int
    push_rate: float
    pull_rate: float
    push_up: float
    push_down: float
    pull_up: float
    pull_down: float
    push_client_mib: float
    pull_client_mib: float
    push_server_mib: float
    pull_server_mib: float
    server_peak_reset: bool
    #: CPU time per record (us): laptop pushing, laptop pulling, server pushing, server pulling.
    cpu_us: tuple[float, float, float, float]
    #: Slowest and fastest of the repeated runs (records/s); the rates above are their median.
    push_range: tuple[float, float] = (0.0, 0.0)
    pull_range: tuple[float, float] = (0.0, 0.0)
    runs: int = 1


def combine(runs: list[Figures]) -> Figures:
    """The median rates and CPU times of repeated runs, with the rates' range; sizes and peaks
    of the run with the largest.

    A shared machine's speed wanders (by a quarter between identical runs, measured): one run
    says little, the median of a few says what to expect.
    """
    push = sorted(f.push_rate for f in runs)
    pull = sorted(f.pull_rate for f in runs)
    cpu = [statistics.median(f.cpu_us[i] for f in runs) for i in range(4)]
    return dataclasses.replace(
        max(runs, key=lambda f: f.push_client_mib + f.pull_client_mib),
        push_rate=statistics.median(push),
        pull_rate=statistics.median(pull),
        cpu_us=(cpu[0], cpu[1], cpu[2], cpu[3]),
        push_range=(push[0], push[-1]),
        pull_range=(pull[0], pull[-1]),
        runs=len(runs),
    )


def run(
    db_kind: str, db_url: str, template: Path, count: int, folder: Path, profile: Path | None
) -> Figures:
    """Push the template laptop's records to a fresh head office, then pull them elsewhere."""
    engine = admin.open_database(db_url)
    admin.add_team(engine, TEAM)
    sender, receiver = folder / "sender", folder / "receiver"
    shutil.copytree(template, sender)
    tag = f"{db_kind}-{count}"
    with server(db_url, folder) as (proc, url):
        for data_dir in (sender, receiver):
            store = Store(data_dir)
            SyncClient(store).enrol(admin.create_code(engine, TEAM, "field").code, url)
            store.close()
        figures: dict[str, dict[str, Any]] = {}
        for phase, data_dir in (("push", sender), ("pull", receiver)):
            # The copied stores and the last phase leave dirty pages: the kernel writing them
            # back meanwhile would slow the timed phase's fsyncs, a cost of the set-up.
            os.sync()
            reset = reset_peak(proc.pid)
            server_cpu = cpu_seconds(proc.pid)
            out = run_laptop(phase, data_dir, proc.pid, profile, tag)
            server_cpu = cpu_seconds(proc.pid) - server_cpu
            assert out["records"] == count and not out["refused"], out
            up, down = (out["sent"], out["received"])
            figures[phase] = {
                **out,
                "up": up / count,
                "down": down / count,
                "server_kib": peak_kib(proc.pid),
                "server_cpu_us": server_cpu / count * 1e6,
                "client_cpu_us": out["cpu_seconds"] / count * 1e6,
                "reset": reset,
            }
    engine.dispose()
    push, pull = figures["push"], figures["pull"]
    return Figures(
        db=db_kind,
        records=count,
        push_rate=count / push["seconds"],
        pull_rate=count / pull["seconds"],
        push_up=push["up"],
        push_down=push["down"],
        pull_up=pull["up"],
        pull_down=pull["down"],
        push_client_mib=push["peak_kib"] / 1024,
        pull_client_mib=pull["peak_kib"] / 1024,
        push_server_mib=push["server_kib"] / 1024,
        pull_server_mib=pull["server_kib"] / 1024,
        server_peak_reset=push["reset"] and pull["reset"],
        cpu_us=(
            push["client_cpu_us"],
            pull["client_cpu_us"],
            push["server_cpu_us"],
            pull["server_cpu_us"],
        ),
    )


def calibrate() -> float:
    """Milliseconds for a fixed pure-Python loop (median of five): how fast this machine is now.

    A shared machine's speed wanders (by 1.7x on the one in bench/README.md): figures taken
    at different times compare only alongside this.
    """
    times = []
    for _ in range(5):
        start = time.perf_counter()
        sum(range(10**7))
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def make_template(folder: Path, count: int) -> tuple[Path, float, float]:
    """A laptop store holding `count` new records in its outbox; (dir, fill rate, row bytes)."""
    store = Store(folder)
    store.set_setting("team", TEAM)
    store.set_setting("author", "王芳")
    seconds = fill(store, count)
    size = row_bytes(store)
    store.close()
    return folder, count / seconds, size


def report(f: Figures) -> list[str]:
    def mark(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    def spread(low_high: tuple[float, float]) -> str:
        if f.runs == 1:
            return ""
        return f" (median of {f.runs}: {low_high[0]:,.0f}-{low_high[1]:,.0f})"

    return [
        f"[{f.db}] {f.records:,} records",
        f"  push: {f.push_rate:,.0f} records/s{spread(f.push_range)}"
        f" ({mark(f.push_rate >= GOAL_RATE)} >= {GOAL_RATE:,})"
        f"; wire {f.push_up:.1f} B/record up ({mark(f.push_up < GOAL_BYTES)} < {GOAL_BYTES})"
        f" + {f.push_down:.1f} down",
        f"  pull: {f.pull_rate:,.0f} records/s{spread(f.pull_range)}"
        f" ({mark(f.pull_rate >= GOAL_RATE)} >= {GOAL_RATE:,})"
        f"; wire {f.pull_down:.1f} B/record down ({mark(f.pull_down < GOAL_BYTES)} < {GOAL_BYTES})"
        f" + {f.pull_up:.1f} up",
        f"  peak memory: client {f.push_client_mib:.0f} MiB pushing, {f.pull_client_mib:.0f} MiB"
        f" pulling; server {f.push_server_mib:.0f} MiB pushing, {f.pull_server_mib:.0f} MiB"
        f" pulling{'' if f.server_peak_reset else ' (cumulative: peak could not be reset)'}",
        f"  CPU per record: laptop {f.cpu_us[0]:.0f} us pushing, {f.cpu_us[1]:.0f} us pulling;"
        f" server {f.cpu_us[2]:.0f} us pushing, {f.cpu_us[3]:.0f} us pulling",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="sample laptop and server with py-spy; raw stacks and per-function summaries here",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per database and size (median reported)"
    )
    args = parser.parse_args(argv)
    if args.profile:
        if not Path(PY_SPY).exists():
            parser.error("--profile needs py-spy (.venv/bin/pip install py-spy)")
        args.profile.mkdir(parents=True, exist_ok=True)
    kinds = ("sqlite", "postgresql") if args.db == "both" else (args.db,)
    small = max(1, args.records // 4)
    print(
        f"protocol v{protocol.PROTOCOL_VERSION}; push pages of {PUSH_PAGE}, pull pages of"
        f" {PULL_PAGE};"
        f" {os.cpu_count()} CPUs; machine speed: {calibrate():.0f} ms for a fixed Python loop"
        " (lower is faster)",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="outreach-bench-") as tmp:
        work = Path(tmp)
        templates: dict[int, Path] = {}
        for count in (small, args.records) if "sqlite" in kinds else (args.records,):
            templates[count], rate, size = make_template(work / f"template-{count}", count)
            print(
                f"made {count:,} records on a laptop in one transaction: {rate:,.0f} saves/s,"
                f" {size:.0f} bytes of JSON each",
                flush=True,
            )
        results: list[Figures] = []
        for kind in kinds:
            for count in sorted(templates, reverse=True) if kind == "sqlite" else (args.records,):
                runs = []
                for attempt in range(1 if args.profile else max(1, args.repeat)):
                    folder = work / f"run-{kind}-{count}-{attempt}"
                    folder.mkdir()
                    if kind == "sqlite":
                        url_cm: Any = _given(f"sqlite:///{folder / 'server.sqlite3'}")
                    else:
                        url_cm = postgres()
                    with url_cm as url:
                        runs.append(run(kind, url, templates[count], count, folder, args.profile))
                    shutil.rmtree(folder)
                figures = combine(runs)
                results.append(figures)
                for line in report(figures):
                    print(line, flush=True)
        sqlite_runs = {f.records: f for f in results if f.db == "sqlite"}
        if len(sqlite_runs) == 2:
            big, little = sqlite_runs[args.records], sqlite_runs[small]
            growth = max(
                big.push_client_mib - little.push_client_mib,
                big.pull_client_mib - little.pull_client_mib,
            )
            flat = growth <= FLAT_MB
            print(
                f"client memory {small:,} -> {args.records:,} records: push"
                f" {little.push_client_mib:.0f} -> {big.push_client_mib:.0f} MiB, pull"
                f" {little.pull_client_mib:.0f} -> {big.pull_client_mib:.0f} MiB:"
                f" {'flat' if flat else 'GROWS'} (grew {growth:.1f} MiB, limit {FLAT_MB:.0f})"
            )
    print(f"machine speed at the end: {calibrate():.0f} ms for the same loop")
    if args.profile:
        for raw in sorted(args.profile.glob("*-*-*.txt")):
            if raw.name.endswith(".summary.txt"):
                continue
            summary = raw.with_suffix(".summary.txt")
            summary.write_text("\n".join(summarise(raw)) + "\n")
            print(f"profile: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
