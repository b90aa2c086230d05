"""The translation catalogues: complete, up to date with the code, and really Chinese."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desktop import i18n

#: Qt's %1..%99 and %n, and the {name} fields that str.format fills in.
PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LETTER = re.compile(r"[A-Za-z]")
#: How many plural forms each catalogue's language has.
NUMERUS_FORMS = {"zh_CN": 1, "en": 2}
#: A floor, so that a catalogue that parses to nothing cannot pass by having nothing wrong.
FEWEST_MESSAGES = 100


def messages(path: Path) -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, <message>) for every message in a .ts file."""
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def translations(message: ElementTree.Element) -> list[str]:
    """The translated texts of a message: its one text, or each plural form."""
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems(path: Path, lang: str) -> list[str]:
    """Messages that are unfinished, empty, or lack plural forms, as 'context: source'."""
    found = []
    for context, source, message in messages(path):
        translation = message.find("translation")
        texts = translations(message)
        if translation is None:
            found.append(f"{context}: {source!r} (no translation element)")
        elif translation.get("type") is not None:
            found.append(f"{context}: {source!r} (type={translation.get('type')})")
        elif not texts or not all(t.strip() for t in texts):
            found.append(f"{context}: {source!r} (empty)")
        elif message.get("numerus") == "yes" and len(texts) != NUMERUS_FORMS[lang]:
            found.append(
                f"{context}: {source!r} ({len(texts)} plural forms, {lang} has "
                f"{NUMERUS_FORMS[lang]})"
            )
    return found


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_catalogue_is_complete(lang: str) -> None:
    path = i18n.ts_path(lang)
    assert len(messages(path)) >= FEWEST_MESSAGES, f"{path} holds hardly any messages"
    bad = problems(path, lang)
    assert not bad, f"{path.name}: {len(bad)} message(s) not translated:\n" + "\n".join(bad)


def test_catalogues_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate, run as `python -m desktop.i18n update` runs it, finds nothing new or stale."""
    copies = []
    before = {}
    for lang in i18n.LANGUAGES:
        copy = tmp_path / i18n.ts_path(lang).name
        shutil.copyfile(i18n.ts_path(lang), copy)
        copies.append(copy)
        before[lang] = {(c, s) for c, s, _m in messages(copy)}
    result = subprocess.run(
        i18n.lupdate_command(copies),
        cwd=i18n.PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"lupdate failed:\n{result.stdout}\n{result.stderr}"
    i18n.fill_english(copies[i18n.LANGUAGES.index("en")])  # as `update` does (new strings
    # still show in zh_CN, which nothing fills)
    hint = "run `python -m desktop.i18n update` and translate the new zh_CN messages"
    for lang, copy in zip(i18n.LANGUAGES, copies, strict=True):
        after = messages(copy)
        assert len(after) >= FEWEST_MESSAGES, f"lupdate found hardly any strings for {copy.name}"
        new = [
            f"{c}: {s!r}"
            for c, s, m in after
            if (m.find("translation") is not None and m.find("translation").get("type"))
        ]
        assert not new, f"{copy.name} lacks strings from the code ({hint}):\n" + "\n".join(new)
        stale = sorted(before[lang] - {(c, s) for c, s, _m in after})
        assert not stale, (
            f"{copy.name} holds strings no longer in the code ({hint}):\n"
            + "\n".join(f"{c}: {s!r}" for c, s in stale)
        )


def test_chinese_translations_are_chinese_and_keep_placeholders() -> None:
    bad = []
    checked = 0
    for context, source, message in messages(i18n.ts_path("zh_CN")):
        wanted = placeholders(source)
        has_letters = LETTER.search(PLACEHOLDER.sub("", source)) is not None
        for text in translations(message):
            checked += 1
            if has_letters and not CJK.search(text):
                bad.append(f"{context}: {source!r} -> {text!r} (no Chinese)")
            if placeholders(text) != wanted:
                bad.append(
                    f"{context}: {source!r} -> {text!r} (placeholders {sorted(placeholders(text))}"
                    f", source has {sorted(wanted)})"
                )
    assert checked >= FEWEST_MESSAGES, "the zh_CN catalogue holds hardly any translations"
    assert not bad, "zh_CN translations to fix:\n" + "\n".join(bad)


def _catalogued(lang: str, context: str, source: str) -> str:
    for c, s, message in messages(i18n.ts_path(lang)):
        if (c, s) == (context, source):
            return translations(message)[0]
    raise AssertionError(f"{context}: {source!r} is not in the {lang} catalogue")


def test_translator_speaks_chinese() -> None:
    expected = _catalogued("zh_CN", "Kind", "Outreach session")
    assert CJK.search(expected), f"the catalogue translates 'Outreach session' as {expected!r}"
    translate = i18n.Translator("zh_CN")
    assert translate("Kind", "Outreach session") == expected
    assert translate("Kind", "Outreach session") == "宣传活动"
    assert translate("MainWindow", "&File") == _catalogued("zh_CN", "MainWindow", "&File")


def test_translator_passes_english_through() -> None:
    translate = i18n.Translator("en")
    assert translate("Kind", "Outreach session") == "Outreach session"
    assert translate("Validation", "Must be at least {minimum}.") == "Must be at least {minimum}."
    assert translate("No such context", "No such text") == "No such text"


def _literal_calls() -> set[tuple[str, str]]:
    """(context, text) of every translate(...) or QT_TRANSLATE_NOOP(...) call with literal
    arguments in the code lupdate reads, found by Python's own parser."""
    found = set()
    for name in i18n.source_files():
        tree = ast.parse((i18n.PROJECT_ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            context, text = node.args[0], node.args[1]
            if (
                called in ("translate", "QT_TRANSLATE_NOOP")
                and isinstance(context, ast.Constant)
                and isinstance(context.value, str)
                and isinstance(text, ast.Constant)
                and isinstance(text.value, str)
            ):
                found.add((context.value, text.value))
    return found


def test_every_literal_text_in_the_code_is_in_the_catalogue() -> None:
    """lupdate's Python parser silently skips some calls (a count that is an expression):
    whatever it skipped would show in English to every user."""
    calls = _literal_calls()
    assert len(calls) >= FEWEST_MESSAGES
    catalogued = {(context, source) for context, source, _ in messages(i18n.ts_path("zh_CN"))}
    missing = sorted(calls - catalogued)
    assert not missing, f"{len(missing)} text(s) lupdate did not find: {missing}"


def test_english_counts_read_as_english(qapp) -> None:
    """pyside6-lupdate does not mark counted texts as plural forms; the catalogue still has
    "1 record" and "2 records" for "%n record(s)"."""
    from PySide6.QtCore import QCoreApplication

    english = i18n.Translator("en")
    english.install(qapp)
    try:
        said = [QCoreApplication.translate("RecordList", "%n record(s)", None, n) for n in (1, 2)]
        waiting = QCoreApplication.translate(
            "Sync", "%n change(s) waiting to go to head office", None, 1
        )
    finally:
        qapp.removeTranslator(english.qt)
    assert said == ["1 record", "2 records"]
    assert waiting == "1 change waiting to go to head office"
