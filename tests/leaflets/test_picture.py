"""A rendered leaflet compared with a reference picture, within a tolerance.

The reference is tests/leaflets/data/reference_a5x2.png. After a deliberate change of the
drawing, look at the new picture and, if it is right, write it with:

    .venv/bin/python -m tests.leaflets.test_picture

Small differences in how a FreeType version smooths glyph edges stay under the tolerance; a
moved or missing title, body, code or mark does not.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageStat
from PySide6.QtGui import QImage

from desktop.leaflets import jobs, render
from desktop.leaflets.jobs import PrintJob

REFERENCE = Path(__file__).parent / "data" / "reference_a5x2.png"
DPI = 60
#: Mean absolute difference (0-255, grey) allowed over the whole sheet...
TOLERANCE = 2.0
#: ...and within each of a 12 x 12 grid of tiles, so a local change (a title) is not averaged
#: away by a sheet of unchanged white.
TILE_TOLERANCE = 16.0
TILES = 12

DESIGN = {
    "uuid": "00000000-0000-0000-0000-000000000001",
    "title": "守好钱袋子 谨防电信网络诈骗",
    "body": "陌生来电不轻信，不明链接不点击。\n公检法不会电话办案，没有“安全账户”。\n"
    "银行卡、手机卡不出租、不出借、不出售。",
    "footer": "示例村镇银行 · 客服热线 400-000-0000",
    "language": "zh_CN",
    "layout": "a5x2",
    "qr_target": "https://www.example-bank.cn/consumer/anti-fraud",
}


def picture(tmp: Path) -> Path:
    """A fixed little picture for the leaflet: a blue shield on pale yellow."""
    image = Image.new("RGB", (240, 120), "#fff4c2")
    draw = ImageDraw.Draw(image)
    draw.polygon([(120, 10), (170, 30), (160, 95), (120, 112), (80, 95), (70, 30)], "#1f5fa8")
    path = tmp / "shield.png"
    image.save(path)
    return path


def job(tmp: Path, **changes: object) -> PrintJob:
    design = {**DESIGN, **changes}
    return PrintJob(
        design=design,
        copies=2,
        layout="a5x2",
        qr_mode="tracked",
        target=str(design["qr_target"]),
        qr_url="https://hq.example-bank.cn/q/K7QX2M4B",
        tracking_code="K7QX2M4B",
        image=picture(tmp),
        words=jobs.PRINTED_WORDS["zh_CN"],
    )


def to_pil(image: QImage, path: Path) -> Image.Image:
    assert image.save(str(path))
    return Image.open(path).convert("RGB")


def render_sheet(tmp: Path, family: str, **changes: object) -> Image.Image:
    return to_pil(render.sheet_image(job(tmp, **changes), family, DPI), tmp / "sheet.png")


def difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    """Mean absolute grey difference over the sheet, and in its most different tile."""
    assert a.size == b.size
    diff = ImageChops.difference(a, b).convert("L")
    w, h = diff.size
    tiles = [
        ImageStat.Stat(
            diff.crop((i * w // TILES, j * h // TILES, (i + 1) * w // TILES, (j + 1) * h // TILES))
        ).mean[0]
        for i in range(TILES)
        for j in range(TILES)
    ]
    return ImageStat.Stat(diff).mean[0], max(tiles)


def matches(a: Image.Image, b: Image.Image) -> bool:
    mean, worst = difference(a, b)
    return mean < TOLERANCE and worst < TILE_TOLERANCE


def test_rendered_leaflet_matches_the_reference(qapp, tmp_path: Path) -> None:
    family = render.leaflet_family(["中文"])
    rendered = render_sheet(tmp_path, family)
    reference = Image.open(REFERENCE).convert("RGB")
    assert rendered.size == reference.size == (round(297 / 25.4 * DPI), round(210 / 25.4 * DPI))
    mean, worst = difference(rendered, reference)
    if not matches(rendered, reference):
        rendered.save(tmp_path / "rendered.png")
    assert mean < TOLERANCE and worst < TILE_TOLERANCE, (
        f"differs by {mean:.2f} (worst tile {worst:.1f}); see {tmp_path / 'rendered.png'}"
    )


def test_the_comparison_notices_a_changed_leaflet(qapp, tmp_path: Path) -> None:
    """The tolerance is tight enough to catch a different title or a missing footer."""
    family = render.leaflet_family(["中文"])
    reference = Image.open(REFERENCE).convert("RGB")
    retitled = render_sheet(tmp_path, family, title="远离非法集资 守护血汗钱")
    assert not matches(retitled, reference)
    assert not matches(render_sheet(tmp_path, family, footer=""), reference)
    assert not matches(Image.new("RGB", reference.size, "white"), reference)


def regenerate() -> Path:
    """Write the reference from the current drawing (run deliberately, then look at it)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        image = render_sheet(Path(tmp), render.leaflet_family(["中文"]))
        REFERENCE.parent.mkdir(parents=True, exist_ok=True)
        image.save(REFERENCE, optimize=True)
    del app
    return REFERENCE


if __name__ == "__main__":
    print(regenerate())
