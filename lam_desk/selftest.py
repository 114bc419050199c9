"""`lam-desk selftest`: prove this installation works (database, PDF, translations, keyring)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lam_desk.paths import AppPaths, resource, translations_root


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    skipped: bool = False


def run_selftest(paths: AppPaths | None = None) -> list[Check]:
    """Run every check in a throwaway folder (or in ``paths`` when given)."""
    with tempfile.TemporaryDirectory(prefix="lam-desk-selftest-") as tmp:
        folder = paths or AppPaths.under(Path(tmp))
        checks: list[Callable[[], Check]] = [
            lambda: _database(folder, Path(tmp) / "backups"),
            lambda: _pdf(Path(tmp)),
            _translations,
            _reference_data,
            _sync_client,
            _keyring,
        ]
        return [_guarded(check) for check in checks]


def _guarded(check: Callable[[], Check]) -> Check:
    try:
        return check()
    except Exception as error:
        name = getattr(check, "__name__", "check").lstrip("_")
        return Check(name, False, f"{type(error).__name__}: {error}")


def _database(paths: AppPaths, scratch: Path) -> Check:
    from lam_desk.db.backup import make_backup
    from lam_desk.db.migrate import SCHEMA_REVISION, current_revision
    from lam_desk.services import node
    from lam_desk.store import open_database

    paths.create()
    database = open_database(paths.database)
    try:
        with database.read() as session:
            sites = len(node.list_sites(session))
    finally:
        database.close()
    revision = current_revision(paths.database)
    # Into the throwaway folder: a selftest run on a desk's real data folder must not rotate
    # that desk's own backups away.
    made = make_backup(paths.database, scratch, keep=1)
    ok = revision == SCHEMA_REVISION and sites == 10 and made.path.exists()
    return Check("database", ok, f"schema {revision}, {sites} sites, backup {made.path.name}")


def _pdf(folder: Path) -> Check:
    from lam_desk.reports.fonts import register_fonts
    from lam_desk.reports.selftest_page import render_selftest_page

    register_fonts()
    out = folder / "selftest.pdf"
    render_selftest_page(out)
    data = out.read_bytes()
    from lam_desk.app import check_pdf_reading

    read, detail = check_pdf_reading(out)
    ok = data.startswith(b"%PDF") and b"DejaVuSans" in data and read
    return Check("pdf", ok, f"{len(data):,d} bytes with an embedded Unicode font, {detail}")


def _translations() -> Check:
    from lam_desk.app import check_translations

    loaded, detail = check_translations()
    return Check("translations", loaded, detail)


def _reference_data() -> Check:
    communes = resource("data", "communes.csv")
    with communes.open(encoding="utf-8") as handle:
        rows = sum(1 for _ in handle) - 1
    return Check("reference data", rows > 30_000, f"{rows:,d} communes")


def _sync_client() -> Check:
    """The PostgreSQL client the sync and the central store's commands need, with TLS."""
    import psycopg
    from psycopg import pq

    ok = pq.__impl__ in {"binary", "c"} and pq.version() >= 140000
    return Check(
        "sync client",
        ok,
        f"psycopg {psycopg.__version__} ({pq.__impl__}), libpq {pq.version()}",
    )


def _keyring() -> Check:
    from lam_desk.credentials import keyring_round_trip

    status, detail = keyring_round_trip()
    if status is None:
        return Check("keyring", True, detail, skipped=True)
    return Check("keyring", status, detail)


__all__ = ["Check", "run_selftest", "translations_root"]
