"""The server's database: migrations give exactly the tables the code uses, once, and refuse a
database from a newer server."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, inspect, select, update

from desktop.domain.kinds import KINDS
from desktop.domain.refdata import DEFAULT_ITEMS, item_uuid
from desktop.store.store import SEED_STAMP
from sync.server import admin, db, migrations, rows
from sync.server.cli import main
from sync.server.schema import changes, current_payload, metadata, records, schema_version


def test_migrated_tables_match_the_schema_the_code_uses(engine: Engine) -> None:
    found = inspect(engine)
    assert set(found.get_table_names()) == set(metadata.tables)
    for name, table in metadata.tables.items():
        assert {c["name"] for c in found.get_columns(name)} == set(table.columns.keys()), name
        indexes = {i["name"]: i["column_names"] for i in found.get_indexes(name)}
        for index in table.indexes:
            assert indexes.get(index.name) == [c.name for c in index.columns], index.name


def test_reference_lists_are_seeded_once_and_not_logged(engine: Engine) -> None:
    assert migrations.migrate(engine) == migrations.LATEST  # again: nothing more happens
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(changes)) == 0
        seeded = conn.execute(select(records).where(records.c.kind == "ref_item")).all()
    assert len(seeded) == len(DEFAULT_ITEMS)
    by_uuid = {r.uuid: r for r in seeded}
    village = by_uuid[item_uuid("venue_kinds", "village")]
    assert village.hlc == SEED_STAMP and village.team == "" and village.deleted is False
    record = rows.decode(KINDS["ref_item"], village.payload)
    assert (record["label_zh"], record["active"], record["sort"]) == ("进农村", True, 0)


def test_a_newer_database_is_left_alone(
    engine: Engine, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with engine.begin() as conn:
        conn.execute(update(schema_version).values(version=migrations.LATEST + 1))
    with pytest.raises(migrations.TooNew):
        admin.open_database(db_url)
    assert main(["teams", "--db", db_url]) == 1
    assert "update the server" in capsys.readouterr().err


def test_database_urls() -> None:
    assert db.normalise_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert db.normalise_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert db.normalise_url("sqlite:///x.db") == "sqlite:///x.db"
    assert db.default_url().startswith("sqlite:///") and "OutreachServer" in db.default_url()


def test_records_held_before_version_3_keep_their_json(db_url: str) -> None:
    """Version 3 keeps a current version's JSON only in the log; rows from before keep theirs."""
    engine = db.create(db_url)
    with db.writing(engine) as conn:
        migrations.version(conn)
        for number in (1, 2):
            migrations.MIGRATIONS[number - 1](conn)
        conn.execute(update(schema_version).values(version=2))
    village = item_uuid("venue_kinds", "village")
    assert migrations.migrate(engine) == migrations.LATEST
    with engine.connect() as conn:
        text = conn.scalar(select(current_payload).where(records.c.uuid == village))
        held = conn.execute(select(records).where(records.c.uuid == village)).one()
    assert held.payload == text and held.device_id is None and held.seq is None
    assert rows.decode(KINDS["ref_item"], text)["label_zh"] == "进农村"

    # A new version of it is logged, and the record now points at the log.
    assert (
        main(
            [
                "ref",
                "set",
                "venue_kinds",
                "village",
                "--zh",
                "进村",
                "--en",
                "Village",
                "--db",
                db_url,
            ]
        )
        == 0
    )
    with engine.connect() as conn:
        text = conn.scalar(select(current_payload).where(records.c.uuid == village))
        held = conn.execute(select(records).where(records.c.uuid == village)).one()
    assert held.payload is None and held.seq == 1
    assert rows.decode(KINDS["ref_item"], text)["label_zh"] == "进村"
    engine.dispose()
