"""QR codes that survive a cheap printer, and a Chinese font found or a clear error."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import qrcode
from PIL import Image

from desktop.i18n import Translator
from desktop.leaflets import fonts, qr, render
from desktop.leaflets.fonts import NoCjkFont
from tests.leaflets.helpers import decode_qr

URL = "https://hq.example-bank.cn/q/K7QX2M4B"


def test_core_leaflet_modules_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import desktop.leaflets.layout, desktop.leaflets.qr, desktop.leaflets.fonts\n"
        "import desktop.leaflets.designs, desktop.leaflets.jobs\n"
        "assert 'PySide6' not in sys.modules, sorted(m for m in sys.modules if 'PySide' in m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_qr_picture_decodes_keeps_its_quiet_zone_and_prints_at_300_dpi(tmp_path: Path) -> None:
    picture = qr.image(URL, 30, 300)
    modules = qr.matrix(URL)
    n = len(modules)
    box = picture.width // n
    assert picture.width == picture.height == n * box, "every module is whole pixels"
    assert box >= 2, "a module is at least two printer dots at 300 dpi"
    assert qr.size_mm(picture, 300) <= 30 and qr.size_mm(picture, 300) > 27
    # Four white modules all round, then the finder pattern's dark corner.
    border = qr.QUIET_ZONE * box
    grey = picture.convert("L")
    assert all(grey.getpixel((x, y)) == 255 for x in range(border) for y in range(0, n * box, 7))
    assert grey.getpixel((border, border)) == 0
    path = tmp_path / "qr.png"
    picture.save(path)
    assert decode_qr(path) == URL


def test_qr_uses_error_correction_q_or_better() -> None:
    # Level Q at this length needs a bigger symbol than level M would: compare module counts.
    modules = len(qr.matrix(URL)) - 2 * qr.QUIET_ZONE
    plain = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    plain.add_data(URL)
    plain.make(fit=True)
    assert modules > plain.modules_count


def test_a_damaged_print_still_decodes(tmp_path: Path) -> None:
    """Level Q survives a smudge over part of the data area."""
    picture = qr.image(URL, 30, 300).convert("L")
    w = picture.width
    smudge = Image.new("L", (w // 7, w // 7), 0)
    picture.paste(smudge, (w // 2, w // 2))
    path = tmp_path / "smudged.png"
    picture.save(path)
    assert decode_qr(path) == URL


def test_the_installed_chinese_font_is_found_and_covers_chinese(qapp) -> None:
    path = fonts.find_cjk_font()
    assert path.is_file()
    family = render.leaflet_family(["守好钱袋子"])
    assert family  # a real family name Qt knows, with Chinese glyphs (checked inside)


def test_a_folder_of_fonts_without_chinese_gives_the_clear_error(qapp, tmp_path: Path) -> None:
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin.exists():
        pytest.skip("DejaVu Sans not installed")
    shutil.copy(latin, tmp_path / latin.name)
    assert fonts.candidates([tmp_path]) == [tmp_path / latin.name]
    with pytest.raises(NoCjkFont) as missing:
        render.leaflet_family(["识别假币"], dirs=[tmp_path])
    assert str(tmp_path) in str(missing.value)
    # English text does not need Chinese glyphs and still prints.
    assert render.leaflet_family(["Know real banknotes"], dirs=[tmp_path])


def test_no_font_at_all_says_what_to_install_in_the_users_language(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(fonts.ENV_DIRS, str(tmp_path))
    assert fonts.candidates() == []
    with pytest.raises(NoCjkFont) as missing:
        fonts.find_cjk_font()
    assert "fonts-wqy-microhei" in missing.value.message()
    chinese = missing.value.message(Translator("zh_CN"))
    assert "fonts-wqy-microhei" in chinese
    with pytest.raises(NoCjkFont):
        render.leaflet_family(["认清真假人民币"])
