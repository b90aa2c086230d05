"""Draws the app's icon into assets/icons: PNGs at 16-256 px and a Windows .ico.

The mark is a white speech bubble (outreach is talking to villagers) holding a tick (a session
logged) on a teal rounded square. Each size is drawn on its own at four times its size and
scaled down, not shrunk from the 256 px picture, so that at 16 px the strokes are thickened and
stay on whole pixels instead of fading into grey. Run it again after changing the drawing:

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ICON_DIR = Path(__file__).resolve().parent.parent / "assets" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
TEAL = (14, 116, 104, 255)
WHITE = (255, 255, 255, 255)
SCALE = 4  # drawn this many times larger, then scaled down: smooth edges


def draw(size: int) -> Image.Image:
    """The icon at `size` px. Small sizes get a bigger bubble and a thicker tick."""
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def px(fraction: float) -> int:
        return round(fraction * big)

    small = size <= 24
    pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=px(0.2), fill=TEAL)
    # The bubble: a rounded box with a tail at the bottom left.
    margin = 0.14 if small else 0.17
    top, bottom = margin, (0.72 if small else 0.70)
    pen.rounded_rectangle(
        (px(margin), px(top), px(1 - margin), px(bottom)), radius=px(0.14), fill=WHITE
    )
    pen.polygon(
        [(px(0.26), px(bottom - 0.05)), (px(0.50), px(bottom - 0.05)), (px(0.22), px(0.88))],
        fill=WHITE,
    )
    # The tick, in teal, inside the bubble.
    width = px(0.13 if small else 0.09)
    mid = (top + bottom) / 2
    points = [(px(0.32), px(mid)), (px(0.45), px(mid + 0.11)), (px(0.68), px(mid - 0.12))]
    pen.line(points, fill=TEAL, width=width, joint="curve")
    for x, y in (points[0], points[-1]):
        r = width // 2
        pen.ellipse((x - r, y - r, x + r, y + r), fill=TEAL)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main(out: Path = ICON_DIR) -> None:
    out.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    for size, image in images.items():
        image.save(out / f"outreach-{size}.png", optimize=True)
    # Windows picks the frame nearest each size it shows (16 in lists, 32 on the desktop, 256
    # in large views); each frame is the one drawn for that size.
    images[256].save(
        out / "outreach.ico",
        sizes=[(s, s) for s in SIZES],
        append_images=[images[s] for s in SIZES if s != 256],
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ICON_DIR)
