"""Review through the windows, against a real head office: a branch supervisor's window shows
only its branch, finds a record by part of a Chinese word, sends it back with R; the officer's
window shows it in 退回修改, the fix is saved in the record's form; the supervisor sees the
change field by field, the session's photo (fetched from head office) and approves it with A.

Both windows sync as they do for their users (the sync controller's worker, "Sync now").
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QThreadPool

from desktop.domain.review import ReviewState
from desktop.i18n import Translator
from desktop.store import branches, reviews
from desktop.ui.context import UiContext
from desktop.ui.main_window import MainWindow
from sync.server import admin
from tests.sync.e2e.conftest import (  # noqa: F401  (fixtures)
    MakeLaptop,
    head_office,
    laptops,
    ledger,
    server_db,
    shared_office,
)
from tests.sync.e2e.harness import HeadOffice, Laptop, Ledger
from tests.sync.server.client import session_values


@pytest.fixture
def zh(qapp) -> Iterator[None]:
    translator = Translator("zh_CN")
    translator.install(qapp)
    yield
    qapp.removeTranslator(translator.qt)


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    """The windows' workers, waited for before the stores close."""
    threads = QThreadPool()
    yield threads
    threads.waitForDone(30_000)


def sync_in(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.sync.succeeded, timeout=30_000):
        window.sync.sync_now()


def listed(window: MainWindow) -> list[str]:
    log = window.review
    assert log is not None
    return [log.model.uuid_at(r) for r in range(log.model.rowCount())]


def search(window: MainWindow, text: str) -> list[str]:
    assert window.review is not None
    window.review.search.setText(text)
    window.review.apply_filter()  # (typing waits a quarter second first)
    return listed(window)


def test_a_correction_round_trip_through_the_windows(
    qtbot,
    head_office: HeadOffice,  # noqa: F811
    laptops: MakeLaptop,  # noqa: F811
    ledger: Ledger,  # noqa: F811
    pool: QThreadPool,
    tmp_path: Path,
    zh: None,
) -> None:
    branch = f"青山支行{head_office.tests}"
    admin.move_team(head_office.engine, head_office.team("A"), branch)
    a1, b1 = laptops("王芳", "A"), laptops("张伟", "B")
    mine = a1.save("session", session_values(place="石桥村小学", audience=45))
    other = a1.save("session", session_values(place="柳河村", notes="集市日"))
    # Another branch's session with the same fragment: never on this supervisor's laptop.
    b1.save("session", session_values(place="石桥村老街"))
    picture = tmp_path / "sign-in.jpg"
    Image.new("RGB", (64, 48), (200, 40, 40)).save(picture)
    photo = a1.add_photo(mine["uuid"], picture, "签到表")
    a1.sync()
    b1.sync()

    sup = Laptop("李主任", tmp_path / "laptops" / "sup", ledger)
    try:
        code = admin.create_code(
            head_office.engine, head_office.team("A"), "supervisor", branch
        ).code
        sup.client.enrol(code, head_office.url, label="sup")
        boss = MainWindow(UiContext(sup.store, "zh_CN"), pool)
        qtbot.addWidget(boss)
        boss.show()
        log = boss.review
        assert log is not None and boss.stack.currentWidget() is log
        sync_in(qtbot, boss)

        # Only its branch (head office said which teams are in it), and found by any part of
        # a Chinese word (FTS trigram and short LIKE).
        assert set(listed(boss)) == {mine["uuid"], other["uuid"]}
        assert branches.of_team(sup.store.conn) == {head_office.team("A"): branch}
        assert search(boss, "桥村小") == [mine["uuid"]]
        assert search(boss, "石桥") == [mine["uuid"]]
        assert search(boss, "集市") == [other["uuid"]]
        assert search(boss, "石桥") == [mine["uuid"]]

        # R with a comment sends it back; the window's sync takes it to head office.
        log.select_rows([0])
        log.table.setFocus()
        qtbot.keyClick(log.table, Qt.Key.Key_R)
        dialog = log.comment_dialog
        assert dialog is not None
        dialog.comment.setPlainText("人数与签到表不符")
        dialog.ok.click()
        assert reviews.state(sup.store, None, mine["uuid"]) is ReviewState.NEEDS_CORRECTION
        sync_in(qtbot, boss)

        # The officer's window: 退回修改 1, the comment above the form, the fix saved there.
        field = MainWindow(UiContext(a1.store, "zh_CN"), pool)
        qtbot.addWidget(field)
        field.show()
        assert field.todo is not None
        todo_entry = field.nav.item(field.stack.indexOf(field.todo))
        assert todo_entry.text() == "退回修改"
        sync_in(qtbot, field)
        assert todo_entry.text() == "退回修改 1"
        assert [i["uuid"] for i in field.todo.items] == [mine["uuid"]]
        form = field.todo.open_selected()
        assert form is not None
        banner = form.findChild(type(field.todo.empty), "review_comment")
        assert banner is not None and "人数与签到表不符" in banner.text()
        form.editors["audience"].set_value(85)
        assert form.save()
        assert todo_entry.text() == "退回修改"
        sync_in(qtbot, field)

        # The supervisor sees the fix field by field, the photo from head office, and approves.
        sync_in(qtbot, boss)
        search(boss, "")
        log.state_filter.setCurrentIndex(log.state_filter.findData(ReviewState.CORRECTED.value))
        assert listed(boss) == [mine["uuid"]]
        log.select_rows([0])
        qtbot.waitUntil(lambda: log.detail.head_office is not None, timeout=30_000)
        text = log.detail.toPlainText()
        assert "45 → 85" in text and "人数与签到表不符" in text
        assert log.detail.head_office.error == ""
        assert sup.store.photo_path(photo["sha256"]).read_bytes() == picture.read_bytes()
        assert "签到表" in text and "照片" in text
        assert "同步冲突" in text
        log.table.setFocus()
        qtbot.keyClick(log.table, Qt.Key.Key_A)
        assert reviews.state(sup.store, None, mine["uuid"]) is ReviewState.APPROVED
        sync_in(qtbot, boss)
        sync_in(qtbot, field)
        assert reviews.state(a1.store, None, mine["uuid"]) is ReviewState.APPROVED
        assert field.todo.items == []
        # Nothing was refused on either side.
        for store in (a1.store, sup.store):
            assert store.conn.execute(
                "SELECT count(*) FROM outbox WHERE status = 'rejected'"
            ).fetchone() == (0,)
    finally:
        pool.waitForDone(30_000)
        sup.close()
