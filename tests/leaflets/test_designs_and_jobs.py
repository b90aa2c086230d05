"""Shipped designs, finding a design, print jobs and the print runs they record."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from pathlib import Path

import pytest

from desktop.domain.kinds import LEAFLET_DESIGN
from desktop.domain.refdata import NAMESPACE
from desktop.leaflets import designs, jobs
from desktop.leaflets.jobs import LeafletError
from desktop.store.store import SEED_STAMP, Store

TOPICS = {
    "telecom_fraud",
    "illegal_fundraising",
    "counterfeit",
    "pension_fraud",
    "credit_report",
    "consumer_rights",
}


def test_shipped_designs_cover_the_topics_in_chinese_and_english() -> None:
    shipped = designs.shipped_designs()
    pairs = Counter((d.values["topic"], d.values["language"]) for d in shipped)
    assert set(pairs) == {(t, lang) for t in TOPICS for lang in ("zh_CN", "en")}
    assert set(pairs.values()) == {1}
    for d in shipped:
        v = d.values
        assert v["title"] and len(v["body"].splitlines()) >= 3
        assert v["qr_target"].startswith("https://www.example-bank.cn/")
        assert v["layout"] in ("a4", "a5x2", "a6x4", "trifold")
        if v["language"] == "zh_CN":
            assert re.search(r"[\u4e00-\u9fff]", v["title"] + v["body"])
        else:
            assert v["title"].isascii()


def test_shipped_designs_load_once_with_the_same_uuids_everywhere(store) -> None:
    assert store.count("leaflet_design") == 12, "a new store holds them from its creation"
    assert designs.install_shipped_designs(store) == 0, "not twice"
    telecom = store.get("leaflet_design", designs.design_uuid("telecom-zh"))
    assert telecom is not None
    assert telecom["uuid"] == str(uuid.uuid5(NAMESPACE, "leaflet_design:telecom-zh"))
    assert telecom["hlc"] == SEED_STAMP, "seeded like the reference lists"
    assert store.pending_changes() == 0, "nothing for head office: every laptop has them"
    assert [d["title"] for d in store.stock() if d["active"]] == sorted(
        d.values["title"] for d in designs.shipped_designs() if d.values["active"]
    )


def test_shipped_designs_stay_away_from_a_store_that_had_designs(store) -> None:
    for design in designs.all_designs(store):
        store.delete("leaflet_design", design["uuid"])
    assert designs.install_shipped_designs(store) == 0
    reopened = Store(store.data_dir)
    try:
        assert reopened.count("leaflet_design") == 0, "removed on purpose: not seeded again"
    finally:
        reopened.close()


def test_a_design_is_found_by_id_code_or_title(shipped) -> None:
    by_code = designs.find_design(shipped, "counterfeit-zh")
    assert by_code["title"] == "认清真假人民币"
    assert designs.find_design(shipped, by_code["uuid"]) == by_code
    assert designs.find_design(shipped, " 认清真假人民币 ")["uuid"] == by_code["uuid"]
    assert designs.find_design(shipped, "know REAL banknotes from fakes")["language"] == "en"
    assert designs.shipped_code(by_code) == "counterfeit-zh"
    with pytest.raises(designs.DesignNotFound) as missing:
        designs.find_design(shipped, "no such leaflet")
    assert missing.value.matches == 0
    shipped.save("leaflet_design", {"title": "认清真假人民币", "active": True})
    with pytest.raises(designs.DesignNotFound) as twice:
        designs.find_design(shipped, "认清真假人民币")
    assert twice.value.matches == 2


def test_tracking_codes_are_short_url_safe_and_different() -> None:
    codes = {jobs.new_tracking_code() for _ in range(2000)}
    assert len(codes) == 2000
    for code in codes:
        assert re.fullmatch(r"[A-Z2-7]{8}", code)


def test_a_direct_job_prints_the_designs_link(shipped) -> None:
    design = designs.find_design(shipped, "credit-zh")
    job = jobs.plan_job(shipped, design, "25")
    assert (job.copies, job.layout, job.qr_mode) == (25, "a4", "direct")
    assert job.qr_url == job.target == "https://www.example-bank.cn/consumer/credit-report"
    assert job.tracking_code == "" and job.sheets == 25
    assert job.words["scan"] == "扫码了解更多"
    english = jobs.plan_job(shipped, designs.find_design(shipped, "credit-en"), 1, "a6x4")
    assert english.words["scan"] == "Scan to learn more" and english.sheets == 1


def test_a_tracked_job_needs_head_office_and_gets_its_own_code(shipped) -> None:
    design = designs.find_design(shipped, "pension-zh")
    with pytest.raises(LeafletError) as refused:
        jobs.plan_job(shipped, design, 10, qr_mode="tracked")
    assert refused.value.code == "not_enrolled"
    assert "head office" in refused.value.message()

    shipped.set_setting(jobs.SERVER_SETTING, "https://hq.example-bank.cn/")
    first = jobs.plan_job(shipped, design, 10, qr_mode="tracked")
    second = jobs.plan_job(shipped, design, 10, qr_mode="tracked")
    assert first.qr_url == f"https://hq.example-bank.cn/q/{first.tracking_code}"
    assert first.tracking_code != second.tracking_code
    assert first.target == design["qr_target"]


def test_a_design_preferring_tracking_prints_direct_on_a_laptop_not_enrolled(shipped) -> None:
    design = designs.find_design(shipped, "rights-zh")
    values = {f.name: design[f.name] for f in LEAFLET_DESIGN.fields}
    shipped.save("leaflet_design", {**values, "qr_mode": "tracked"}, uuid=design["uuid"])
    job = jobs.plan_job(shipped, shipped.get("leaflet_design", design["uuid"]), 5)
    assert job.qr_mode == "direct" and job.qr_url == design["qr_target"]


@pytest.mark.parametrize("copies", ["0", "-3", "ten", "10001", ""])
def test_bad_copies_are_refused(shipped, copies: str) -> None:
    design = designs.find_design(shipped, "credit-zh")
    with pytest.raises(LeafletError) as refused:
        jobs.plan_job(shipped, design, copies)
    assert refused.value.code == "bad_copies"
    assert "10000" in refused.value.message()


def test_unknown_layout_or_qr_mode_is_refused(shipped) -> None:
    with pytest.raises(LeafletError) as refused:
        jobs.plan_job(shipped, designs.find_design(shipped, "credit-zh"), 5, layout="a3")
    assert refused.value.code == "bad_layout"
    with pytest.raises(LeafletError) as refused:
        jobs.plan_job(shipped, designs.find_design(shipped, "credit-zh"), 5, qr_mode="hidden")
    assert refused.value.code == "bad_qr_mode" and "hidden" in refused.value.message()


def test_recording_a_run_keeps_what_was_printed_and_by_whom(shipped) -> None:
    shipped.set_setting(jobs.SERVER_SETTING, "https://hq.example-bank.cn")
    design = designs.find_design(shipped, "telecom-zh")
    job = jobs.plan_job(shipped, design, 40, qr_mode="tracked")
    run = jobs.record_run(shipped, job)
    stored = shipped.get("print_run", run["uuid"])
    assert stored["design"] == design["uuid"]
    assert stored["copies"] == 40 and stored["layout"] == "trifold"
    assert stored["qr_mode"] == "tracked" and stored["tracking_code"] == job.tracking_code
    assert stored["qr_url"] == job.qr_url and stored["target"] == design["qr_target"]
    assert stored["printed_on"] == shipped.today().isoformat()
    assert stored["author"] == "测试员"
    assert shipped.pending_changes() == 1, "head office learns the code at the next sync"
    assert jobs.new_tracking_code(shipped) != job.tracking_code


def test_a_design_picture_is_kept_under_its_checksum(shipped, tmp_path: Path) -> None:
    source = tmp_path / "logo.png"
    source.write_bytes(b"\x89PNG fake but stable bytes")
    digest = designs.add_image(shipped, source)
    assert len(digest) == 64 and shipped.photo_path(digest).read_bytes() == source.read_bytes()
    design = designs.find_design(shipped, "credit-zh")
    assert designs.image_path(shipped, design) is None
    assert designs.image_path(shipped, {**design, "image": digest}) == shipped.photo_path(digest)
    assert designs.image_path(shipped, {**design, "image": "0" * 64}) is None
