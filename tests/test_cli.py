"""The `outreach` command on data folders it cannot use: one clear line, never a traceback."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.cli import build_parser
from desktop.store.store import DB_NAME
from tests.importer.test_cli import outreach


@pytest.mark.parametrize("command", ["sync", "import", "leaflet"])
def test_a_file_in_place_of_the_data_folder(tmp_path: Path, command: str) -> None:
    in_the_way = tmp_path / "data"
    in_the_way.write_text("not a folder")
    extra = {"import": [str(tmp_path / "x.csv")], "leaflet": ["--list"]}.get(command, [])
    done = outreach(command, "--data-dir", in_the_way, "--lang", "en", *extra)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"Cannot use the data folder {in_the_way}: a file of that name is in the way"
    )
    assert "Traceback" not in done.stderr + done.stdout


def test_a_damaged_store_is_named_and_left_as_it_is(tmp_path: Path) -> None:
    store_file = tmp_path / DB_NAME
    store_file.write_bytes(b"\x00garbage" * 512)
    before = hashlib.sha256(store_file.read_bytes()).hexdigest()
    done = outreach("sync", "--data-dir", tmp_path, "--lang", "zh_CN")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert str(store_file) in done.stderr and "损坏" in done.stderr
    assert hashlib.sha256(store_file.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_NAME]


def test_the_window_on_a_damaged_store_says_why_and_exits(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"\x00garbage" * 512)
    shot = tmp_path / "shot.png"
    done = outreach("--data-dir", tmp_path, "--lang", "en", "--screenshot", shot)
    assert done.returncode == 2 and not shot.exists()
    assert "is not an Outreach Log store, or it is damaged" in done.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "/data/a", "--lang", "en", "import", "x.csv"],
        ["import", "--data-dir", "/data/a", "--lang", "en", "x.csv"],
        ["--lang", "en", "import", "--data-dir", "/data/a", "x.csv"],
    ],
)
def test_options_count_before_or_after_the_subcommand(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert (args.data_dir, args.lang, args.command) == (Path("/data/a"), "en", "import")
