"""Reference lists edited at head office reach every laptop; photos go up once, resuming after
a cut.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.refdata import item_uuid
from desktop.leaflets import designs
from desktop.store.store import SEED_STAMP
from sync import protocol
from sync.server.schema import photo_chunks, photos
from tests.sync.e2e.conftest import MakeLaptop
from tests.sync.e2e.harness import HeadOffice, Ledger, fields_of, session_values, settle
from tests.sync.e2e.harness import assert_converged as converged
from tests.sync.faultproxy import Fault


def test_a_reference_list_change_at_head_office_reaches_every_laptop(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger
) -> None:
    a1, b1 = laptops("a1", "A"), laptops("b1", "B")
    sup = laptops("sup", "A", "supervisor")
    head_office.cli("ref", "set", "topics", "deposit_insurance", "--zh", "存款保险", "--en", "DI")
    head_office.cli("ref", "set", "topics", "aml", "--zh", "反洗钱与反恐融资", "--en", "AML/CFT")
    head_office.cli(
        "ref", "set", "campaigns", "adhoc", "--zh", "日常宣传", "--en", "Ad-hoc", "--inactive"
    )
    settle([a1, b1, sup])
    lists = [laptop.ref_items() for laptop in (a1, b1, sup)]
    # Seeded entries are made on each laptop (their own creation times); the rest came down.
    same = [
        {u: r if r["hlc"] != SEED_STAMP else fields_of("ref_item", r) for u, r in items.items()}
        for items in lists
    ]
    assert same[0] == same[1] == same[2]
    new = lists[0][item_uuid("topics", "deposit_insurance")]
    assert (new["label_zh"], new["label_en"], new["active"]) == ("存款保险", "DI", True)
    assert lists[0][item_uuid("topics", "aml")]["label_zh"] == "反洗钱与反恐融资"
    for laptop in (a1, b1, sup):
        assert laptop.store.ref_label("topics", "aml") == "反洗钱与反恐融资"
        assert "adhoc" not in {i["code"] for i in laptop.store.ref_items("campaigns")}
        assert "deposit_insurance" in {i["code"] for i in laptop.store.ref_items("topics")}
    # The new entry is usable on a laptop at once, and the record travels.
    made = a1.save("session", session_values(topics=["deposit_insurance"]))
    settle([a1, sup])
    assert sup.store.get("session", made["uuid"])["topics"] == ["deposit_insurance"]
    converged(head_office, "A", [a1, sup], ledger)


def _photo(path: Path, size: int) -> Path:
    path.write_bytes(os.urandom(size))
    return path


@pytest.mark.parametrize(
    "fault", [Fault("cut_request", at=0.5), Fault("drop_reply"), Fault("cut_reply", at=0.5)]
)
def test_a_photo_goes_up_once_and_resumes_after_a_cut(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger, tmp_path: Path, fault: Fault
) -> None:
    a1, a2 = laptops("a1", "A"), laptops("a2", "A")
    chunk = protocol.PHOTO_CHUNK
    source = _photo(tmp_path / "活动现场.jpg", 2 * chunk + 1000)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    session = a1.save("session", session_values())
    a1.add_photo(session["uuid"], source, "村委会门口")
    proxy = head_office.proxy
    assert proxy is not None
    proxy.plan([Fault(), fault], path="/photos/" + digest)  # the first PUT passes, then the cut
    assert a1.try_sync().code == "offline"  # type: ignore[union-attr]
    a1.sync()

    with head_office.reading() as conn:
        state = conn.execute(select(photos).where(photos.c.sha256 == digest)).one()
        stored = conn.execute(
            select(photo_chunks.c.offset, photo_chunks.c.data)
            .where(photo_chunks.c.sha256 == digest)
            .order_by(photo_chunks.c.offset)
        ).all()
    assert state.size == source.stat().st_size
    assert [offset for offset, _ in stored] == [0, chunk, 2 * chunk]
    assert hashlib.sha256(b"".join(data for _, data in stored)).hexdigest() == digest
    stored_puts = [
        e for e in proxy.exchanges if e.method == "PUT" and digest in e.path and e.status == 200
    ]
    assert len(stored_puts) == 3, proxy.faults_applied()  # each chunk stored exactly once

    # The same picture taken into another session on another laptop is not sent again.
    before = len(proxy.exchanges)
    session2 = a2.save("session", session_values(place="另一场"))
    a2.add_photo(session2["uuid"], source)
    assert a2.sync().photos == 1
    assert not [e for e in proxy.exchanges[before:] if e.method == "PUT"]
    settle([a1, a2])
    converged(head_office, "A", [a1, a2], ledger)
    assert len(a2.records()["photo"]) == 2


def test_a_design_picture_reaches_the_teams_other_laptops_and_no_one_else(
    head_office: HeadOffice, laptops: MakeLaptop, ledger: Ledger, tmp_path: Path
) -> None:
    a1, a2, b1 = laptops("a1", "A"), laptops("a2", "A"), laptops("b1", "B")
    picture = _photo(tmp_path / "折页插图.png", protocol.PHOTO_CHUNK + 500)
    digest = designs.add_image(a1.store, picture)
    design = a1.save("leaflet_design", {"title": "防范电信诈骗", "layout": "a5x2", "image": digest})
    # A design naming a picture by hand, not by checksum: nothing to fetch, nothing breaks.
    a1.save("leaflet_design", {"title": "手写图片名", "layout": "a4", "image": "插图.png"})
    # A session photo on the same laptop: people's faces, which stay at head office.
    session = a1.save("session", session_values())
    photo = a1.add_photo(session["uuid"], _photo(tmp_path / "现场.jpg", 3000))
    a1.sync()

    assert not a2.store.photo_path(digest).exists()
    assert a2.sync().pictures == 1
    assert a2.store.photo_path(digest).read_bytes() == picture.read_bytes()
    assert designs.image_path(a2.store, a2.store.get("leaflet_design", design["uuid"]))
    assert not a2.store.photo_path(photo["sha256"]).exists()
    assert a2.sync().pictures == 0  # held now: not fetched again
    for laptop, wanted in ((a2, photo["sha256"]), (b1, digest)):
        response = laptop.client._request("GET", f"{protocol.API}/design-pictures/{wanted}")
        assert response.status_code == 404, (laptop, wanted)
    settle([a1, a2, b1])
    converged(head_office, "A", [a1, a2], ledger)
