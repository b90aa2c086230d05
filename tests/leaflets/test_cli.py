"""`outreach leaflet` run as a user would: a separate process without a display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.i18n import Translator
from desktop.leaflets import designs, jobs
from desktop.leaflets.fonts import ENV_DIRS
from desktop.store.store import Store
from tests.helpers.pipes import into_closed_pipe
from tests.leaflets.helpers import decode_qr, page_count, page_png, page_size_pt, pdf_text

ROOT = Path(__file__).resolve().parents[2]


def start(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "leaflet", *map(str, args)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def outreach(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    return finish(start(*args, env=env))


def runs(data: Path) -> list[dict]:
    store = Store(data)
    try:
        return store.query("print_run")
    finally:
        store.close()


def test_a_pdf_is_written_recorded_and_its_path_printed(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "fraud.pdf"
    code, stdout, stderr = outreach(
        "--data-dir", data, "--design", "telecom-zh", "--copies", "3", "--out", out
    )
    assert code == 0, stderr
    assert stdout.strip() == str(out.resolve())
    assert page_count(out) == 3 and page_size_pt(out)[0] > page_size_pt(out)[1]
    assert "守好钱袋子" in pdf_text(out)
    assert (
        decode_qr(page_png(out, 1, tmp_path)) == "https://www.example-bank.cn/consumer/anti-fraud"
    )
    (run,) = runs(data)
    assert run["copies"] == 3 and run["layout"] == "trifold" and run["qr_mode"] == "direct"
    assert run["design"] == designs.design_uuid("telecom-zh")


def in_process(capsys, *args: str | Path) -> tuple[int, str, str]:
    """The command's own code in this process (quicker than a new one; needs the qapp)."""
    parsed = cli.build_parser().parse_args(["leaflet", *map(str, args)])
    code = cli._cmd_leaflet(parsed.data_dir, parsed, Translator(parsed.lang or "en"))
    out, err = capsys.readouterr()
    return code, out, err


def test_tracked_no_record_layout_and_list(qapp, capsys, tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = Store(data)
    designs.install_shipped_designs(store)
    store.set_setting(jobs.SERVER_SETTING, "https://hq.example-bank.cn")
    store.close()
    tracked, proof = tmp_path / "tracked.pdf", tmp_path / "proof.pdf"
    code, _, err = outreach(
        "--data-dir",
        data,
        "--design",
        "认清真假人民币",
        "--copies",
        "5",
        "--out",
        tracked,
        "--tracked",
    )
    assert code == 0, err
    code, _, err = in_process(
        capsys,
        "--data-dir",
        data,
        "--design",
        "credit-zh",
        "--copies",
        "4",
        "--out",
        proof,
        "--layout",
        "a6x4",
        "--no-record",
        "--direct",
    )
    assert code == 0, err

    (run,) = runs(data)  # the proof was not recorded
    assert run["qr_mode"] == "tracked" and run["copies"] == 5
    url = f"https://hq.example-bank.cn/q/{run['tracking_code']}"
    assert run["qr_url"] == url and run["target"].endswith("/consumer/counterfeit")
    assert decode_qr(page_png(tracked, 1, tmp_path)) == url * 4
    assert decode_qr(page_png(tracked, 2, tmp_path)) == url
    assert page_count(proof) == 1 and page_size_pt(proof)[0] < page_size_pt(proof)[1]

    code, listing, _ = in_process(capsys, "--data-dir", data, "--list", "--lang", "en")
    assert code == 0
    lines = listing.splitlines()
    assert lines[0].split("\t") == ["Design", "Title", "Language", "Layout", "On hand"]
    assert "counterfeit-zh\t认清真假人民币\tzh_CN\ta6x4\t5" in lines
    assert len(lines) == 13


def test_an_unknown_design_exits_1_with_a_message_and_no_traceback(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    code, stdout, stderr = outreach(
        "--data-dir",
        tmp_path / "data",
        "--lang",
        "en",
        "--design",
        "no-such-design",
        "--copies",
        "5",
        "--out",
        out,
    )
    assert code == 1
    assert stderr.strip() == "No leaflet design is called “no-such-design”."
    assert stdout == "" and not out.exists()


@pytest.mark.parametrize(
    ("args", "no_fonts", "expected"),
    [
        (["--design", "credit-zh", "--copies", "lots"], False, "whole number from 1 to 10000"),
        (["--design", "credit-zh", "--copies", "0"], False, "whole number from 1 to 10000"),
        (["--design", "credit-zh", "--copies", "5", "--layout", "a3"], False, "Unknown layout"),
        (["--design", "credit-zh", "--copies", "5", "--tracked"], False, "to head office"),
        (["--design", "credit-zh", "--copies", "5"], True, "fonts-wqy-microhei"),
    ],
)
def test_mistakes_exit_1_with_a_message_and_record_nothing(
    qapp, capsys, monkeypatch, tmp_path: Path, args: list[str], no_fonts: bool, expected: str
) -> None:
    if no_fonts:
        empty = tmp_path / "no-fonts"
        empty.mkdir()
        monkeypatch.setenv(ENV_DIRS, str(empty))
    data, out = tmp_path / "data", tmp_path / "x.pdf"
    code, stdout, stderr = in_process(capsys, "--data-dir", data, "--out", out, *args)
    assert code == 1
    assert expected in stderr and stdout == ""
    assert not out.exists() and runs(data) == []


def test_without_design_copies_and_out_it_asks_for_them(qapp, capsys, tmp_path: Path) -> None:
    code, _, stderr = in_process(capsys, "--data-dir", tmp_path / "data", "--design", "x")
    assert code == 2 and "--copies" in stderr


def test_a_reader_that_goes_away_is_no_error(tmp_path: Path) -> None:
    """`outreach leaflet --list | head -1`: the pipe closes under the listing, no traceback."""
    done = into_closed_pipe(
        "desktop.cli",
        "leaflet",
        "--data-dir",
        tmp_path,
        "--list",
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr, done.stderr


def test_a_folder_as_out_is_named_and_nothing_is_left_or_recorded(
    qapp, capsys, tmp_path: Path
) -> None:
    data, folder = tmp_path / "data", tmp_path / "prints"
    folder.mkdir()
    args = ["--data-dir", data, "--lang", "en", "--design", "telecom-zh", "--copies", "2"]
    code, out, err = in_process(capsys, *args, "--out", folder)
    assert code == 1 and out == ""
    assert (
        err.strip()
        == f"{folder} is a folder: give the PDF's file name, such as {folder}/leaflet.pdf."
    )
    assert list(tmp_path.glob("*.part")) == [] and list(folder.iterdir()) == []
    assert runs(data) == []
