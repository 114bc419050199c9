"""Translation of visible strings from code that does not import Qt.

Qt's lupdate finds ``translate("Context", "text")`` calls in any module, so services and the
command line mark their strings with the same call as the widgets. The desk (or the command
line) installs Qt's translator function at start; until then the English source is returned.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated


def install(translator: Translator | None) -> None:
    """Route ``translate`` through ``translator`` (``None`` restores the English source)."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Return ``text`` in the desk's language; ``%n`` is replaced by ``n`` with its plural."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Mark a string for lupdate without translating it now (translate it when shown)."""
    return text


SUPPORTED_LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
