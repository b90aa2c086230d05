"""The translations read without Qt, for head office's server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop import catalogue

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ServerCli</name>
    <message>
        <source>list teams</source>
        <translation>列出队伍</translation>
    </message>
    <message>
        <source>add a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old words</source>
        <translation type="vanished">旧词</translation>
    </message>
</context>
</TS>
"""


def test_a_translation_is_found_and_anything_else_comes_back_as_it_is(tmp_path: Path) -> None:
    (tmp_path / "outreach_zh_CN.ts").write_text(TS, encoding="utf-8")
    translate = catalogue.Catalogue("zh_CN", tmp_path)
    assert translate("ServerCli", "list teams") == "列出队伍"
    assert translate("ServerCli", "add a team") == "add a team"  # not translated yet
    assert translate("ServerCli", "old words") == "old words"  # no longer in the code
    assert translate("Other", "list teams") == "list teams"  # another context
    assert catalogue.Catalogue("zh_CN", tmp_path / "none")("ServerCli", "x") == "x"


def test_the_language_comes_from_the_option_else_the_locale() -> None:
    assert catalogue.language("en", {"LANG": "zh_CN.UTF-8"}) == "en"
    assert catalogue.language(None, {"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert catalogue.language(None, {"LANGUAGE": "en_GB", "LANG": "zh_CN.UTF-8"}) == "en"
    assert catalogue.language(None, {}) == "en"


def test_the_server_command_imports_no_qt() -> None:
    code = (
        "import sys, sync.server.cli as cli\n"
        "cli._parser(cli.catalogue.Catalogue('zh_CN')).format_help()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'PySide6'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
