"""French is the desk's language: every visible string has a finished French translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FR_TS = ROOT / "i18n" / "lam_desk_fr.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


def test_every_french_entry_is_translated_and_finished() -> None:
    problems = []
    for context, source, message in _messages(FR_TS):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif message.get("numerus") == "yes":
            forms = [f.text for f in translation.iter("numerusform")]
            if not forms or not all(forms):
                problems.append(f"{context}: {source!r} lacks plural forms")
        elif not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} is empty")
    assert not problems, "\n".join(problems)


def test_english_plural_forms_are_written() -> None:
    """English is the source language: its file holds only the plural forms, all written."""
    en = ROOT / "i18n" / "lam_desk_en.ts"
    problems = []
    for context, source, message in _messages(en):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
        if translation is None or translation.get("type") == "unfinished" or not all(forms):
            problems.append(f"{context}: {source!r}")
    assert not problems, "\n".join(problems)


def test_french_keeps_every_placeholder() -> None:
    problems = []
    for context, source, message in _messages(FR_TS):
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            problems.append(f"{context}: {source!r} → {text!r}")
    assert not problems, "\n".join(problems)


def test_french_uses_french_typography() -> None:
    """Guillemets rather than English quotes, and a non-breaking space before the high
    punctuation and inside guillemets, so a line never starts with « : » or « ? »."""
    problems = []
    for context, _source, message in _messages(FR_TS):
        text = message.findtext("translation") or ""
        if "“" in text or "”" in text:
            problems.append(f"{context}: English quotes in {text!r}")
        if re.search(r"\S[:;?!](\s|$)", re.sub(r"\{[^}]*\}|https?://\S+|\(\*\.\w+\)", "", text)):
            problems.append(f"{context}: no space before high punctuation in {text!r}")
        if re.search(r" [:;?!»]|« ", text):
            problems.append(f"{context}: a breakable space at high punctuation in {text!r}")
    assert not problems, "\n".join(problems)


def test_the_french_file_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """lupdate run now finds no string that the committed French file lacks."""
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.fail("lupdate is missing from the PySide6 installation")
        lupdate = Path(found)
    fresh = tmp_path / "fresh.ts"
    sources = [
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "lam_desk").rglob("*.py"))
        if "migrations" not in p.parts
    ]
    subprocess.run(
        [str(lupdate), "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _ in _messages(fresh)}
    have = {(c, s) for c, s, _ in _messages(FR_TS)}
    missing = sorted(wanted - have)
    assert not missing, "run i18n/update_translations.py and translate:\n" + "\n".join(
        f"{c}: {s!r}" for c, s in missing
    )


def test_the_desk_loads_french_and_english(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from lam_desk.ui.translations import install_translations

    assert install_translations("fr")
    assert QCoreApplication.translate("MainWindow", "Settings") == "Réglages"
    assert install_translations("en")
    assert QCoreApplication.translate("MainWindow", "Settings") == "Settings"


def test_qt_own_dialog_buttons_are_french(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's translations load first, so its standard buttons speak French too."""
    from PySide6.QtCore import QCoreApplication

    from lam_desk.ui.translations import install_translations

    assert install_translations("fr")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        install_translations("en")


def _wrappers_lupdate_cannot_see() -> list[str]:
    """Aliases of Qt's translate (a function whose whole body returns translate(context,
    <its parameter>)): lupdate only extracts literal strings at tr/translate/QT_TRANSLATE_NOOP
    calls, so a string handed to such an alias (``_tr("Member card")``) silently stays English.
    Argparse's own words are the one exception: their catalogue is argparse's, written by hand."""
    import ast

    found = []
    exempt = {ROOT / "lam_desk" / "i18n.py", ROOT / "lam_desk" / "ui" / "translations.py"}
    for path in sorted((ROOT / "lam_desk").rglob("*.py")):
        if path in exempt:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and len(node.body) == 1:
                body = node.body[0]
                returned = body.value if isinstance(body, ast.Return) else None
            elif isinstance(node, ast.Lambda):
                returned = node.body
            else:
                continue
            if not isinstance(returned, ast.Call) or len(returned.args) < 2:
                continue
            func = returned.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            context, text = returned.args[0], returned.args[1]
            params = {a.arg for a in node.args.args}
            if name != "translate" or not isinstance(text, ast.Name) or text.id not in params:
                continue
            if isinstance(context, ast.Constant) and context.value == "argparse":
                continue
            found.append(f"{path.relative_to(ROOT)}:{returned.lineno}")
    return found


def test_no_translation_alias_hides_strings_from_lupdate() -> None:
    assert _wrappers_lupdate_cannot_see() == []


def _marked_strings() -> list[tuple[str, str, str]]:
    """(where, context, text) of every literal the sources hand to Qt's translation: tr(),
    translate(), QCoreApplication.translate() and QT_TRANSLATE_NOOP()."""
    import ast

    found = []
    for path in sorted((ROOT / "lam_desk").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            if name == "tr" and args:
                context, text = "", args[0]
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                first = args[0]
                context = first.value if isinstance(first, ast.Constant) else ""
                text = args[1]
            else:
                continue
            if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value:
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.append((where, str(context), text.value))
    return found


def test_every_string_marked_for_translation_reaches_the_french_file() -> None:
    """lupdate's Python reader skips some calls (one whose count is an attribute, as
    translate(c, "%n …", "", row.count)): such a string would stay English at the desk."""
    sources = {(context, source) for context, source, _m in _messages(FR_TS)}
    texts = {source for _context, source in sources}
    missing = [
        f"{where}: {text!r}"
        for where, context, text in _marked_strings()
        if text not in texts or (context and (context, text) not in sources)
    ]
    assert missing == []


def test_every_counted_string_has_plural_forms() -> None:
    """Qt picks a plural form by the count: a "%n" message without forms falls back to
    English from 2 on. Outside widgets' tr(), lupdate makes no forms: write "label: {count}"."""
    single = [
        f"{context}: {source!r}"
        for context, source, message in _messages(FR_TS)
        if "%n" in source and message.get("numerus") != "yes"
    ]
    assert single == []
