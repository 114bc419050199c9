"""The error hierarchy: what a user is told, and what is a bug."""

from __future__ import annotations

from typing import Any

from lam_desk.i18n import translate


class LamDeskError(Exception):
    """Base class of the errors the desk raises on purpose."""


class UserError(LamDeskError):
    """Bad input or a refused rule: its message is shown to the user as it is.

    The message is kept as its English source text, its translation context and its
    named placeholders, so it is translated when it is shown (in the desk's language),
    not when it is raised; ``str()`` gives the translated text.
    """

    def __init__(self, context: str, source: str, /, **params: Any) -> None:
        super().__init__(source)
        self.context = context
        self.source = source
        self.params = params

    @property
    def message(self) -> str:
        return translate(self.context, self.source).format(**self.params)

    def __str__(self) -> str:
        return self.message


class RefusedError(UserError):
    """A rule refused the action (a lock, a permission, a state)."""


class AlreadyOpenError(RefusedError):
    """Another desk process holds this data folder."""


class DatabaseDamagedError(LamDeskError):
    """The local database failed its integrity check or cannot be opened."""


class FieldError(UserError):
    """Bad input in one field of a form: ``field`` names it, so the form shows the message
    there and puts the cursor in it."""

    def __init__(self, field: str, context: str, source: str, /, **params: Any) -> None:
        super().__init__(context, source, **params)
        self.field = field
