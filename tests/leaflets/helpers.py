"""Looking at what was rendered with real tools: poppler for PDFs, zbar for QR codes."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from desktop.leaflets import designs, jobs
from desktop.leaflets.jobs import PrintJob
from desktop.store.store import Store


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = run("pdfinfo", str(path))
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines())}


def page_count(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def page_size_pt(path: Path) -> tuple[float, float]:
    """Width and height of the first page in points, e.g. (595.28, 841.89) for A4 portrait."""
    found = re.match(r"([\d.]+) x ([\d.]+) pts", pdf_info(path)["Page size"])
    assert found, pdf_info(path)["Page size"]
    return float(found.group(1)), float(found.group(2))


def pdf_text(path: Path, page: int | None = None) -> str:
    """The PDF's text, NFKC-normalised (some CJK fonts give radicals back for characters)."""
    args = ["pdftotext", "-raw"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return unicodedata.normalize("NFKC", run(*args, str(path), "-"))


def page_png(path: Path, page: int, out_dir: Path, dpi: int = 150) -> Path:
    prefix = out_dir / f"{path.stem}-p{page}"
    run(
        "pdftoppm",
        "-r",
        str(dpi),
        "-png",
        "-singlefile",
        "-f",
        str(page),
        "-l",
        str(page),
        str(path),
        str(prefix),
    )
    return prefix.with_suffix(".png")


def decode_qr(png: Path) -> str:
    """Every QR code zbar finds in the picture, their texts run together ('' for none)."""
    result = subprocess.run(
        ["zbarimg", "-Sbinary", "--raw", "-q", str(png)],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode in (0, 4), result.stderr  # 4: nothing found
    return result.stdout.decode("utf-8")


def shipped_job(store: Store, code: str, copies: int, **options: str) -> PrintJob:
    designs.install_shipped_designs(store)
    return jobs.plan_job(store, designs.find_design(store, code), copies, **options)
