"""QR codes for printing: error correction that survives a cheap printer, and a kept quiet zone.

Made with `qrcode` as a black-and-white picture whose every module is a whole number of pixels at
print resolution, so nothing is blurred by resampling when it is placed on the page.
"""

from __future__ import annotations

import math

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_Q

#: Modules of white kept around the code, as the QR standard asks.
QUIET_ZONE = 4
#: Print resolution the picture is made for, at least.
MIN_DPI = 300
MM_PER_INCH = 25.4


def matrix(data: str) -> list[list[bool]]:
    """The code's modules, quiet zone included; True is dark."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=QUIET_ZONE, box_size=1)
    code.add_data(data)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def image(data: str, size_mm: float, dpi: int = MIN_DPI) -> Image.Image:
    """The code as a 1-bit picture to print at most `size_mm` wide (quiet zone included).

    Meant to be placed pixel for pixel on a device of `dpi` dots per inch: each module is a
    whole number of those pixels (at least one), so nothing is resampled.
    """
    modules = matrix(data)
    n = len(modules)
    box = max(1, math.floor(size_mm / MM_PER_INCH * dpi / n))
    small = Image.new("1", (n, n), 1)
    small.putdata([0 if dark else 1 for row in modules for dark in row])
    return small.resize((n * box, n * box), Image.Resampling.NEAREST)


def size_mm(picture: Image.Image, dpi: int) -> float:
    """How wide the picture prints when placed pixel for pixel at `dpi`."""
    return picture.width / dpi * MM_PER_INCH
