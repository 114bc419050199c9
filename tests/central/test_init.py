"""`lam-desk central init|add-site|revoke|status`, as an administrator uses them."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pgcluster import PgServer, drop_central, require_tls_and_passwords

from lam_desk.central.migrations import LATEST
from lam_desk.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, run

pytestmark = pytest.mark.postgres


@pytest.fixture(autouse=True)
def _english(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the English messages; the French ones (the default) are checked by
    test_an_administrator_reads_french_by_default and tests/test_translations.py."""
    monkeypatch.setenv("LAM_DESK_LANG", "en")


# What `central init` leaves in the catalog and in the store's own tables.
_SNAPSHOT = {
    "relations": """
        SELECT n.nspname, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity,
               coalesce(c.relacl::text, ''), pg_get_userbyid(c.relowner)
        FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('lam_central', 'sync_api') ORDER BY 1, 2""",
    "columns": """
        SELECT table_name, column_name, data_type, column_default, ordinal_position
        FROM information_schema.columns WHERE table_schema = 'lam_central' ORDER BY 1, 5""",
    "policies": "SELECT tablename, policyname, roles::text, cmd, qual FROM pg_policies ORDER BY 1, 2",
    "functions": """
        SELECT n.nspname, p.proname, md5(pg_get_functiondef(p.oid)), p.prosecdef,
               p.proconfig::text, coalesce(p.proacl::text, ''), pg_get_userbyid(p.proowner)
        FROM pg_proc AS p JOIN pg_namespace AS n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('lam_central', 'sync_api') ORDER BY 1, 2""",
    "schemas": """
        SELECT nspname, coalesce(nspacl::text, ''), pg_get_userbyid(nspowner) FROM pg_namespace
        WHERE nspname IN ('lam_central', 'sync_api', 'public') ORDER BY 1""",
    "database": "SELECT datacl::text FROM pg_database WHERE datname = current_database()",
    "versions": "SELECT version, name FROM lam_central.schema_version ORDER BY 1",
    "incarnation": "SELECT id FROM lam_central.incarnation",
    "entities": "SELECT * FROM lam_central.entity ORDER BY name",
    "sites": "SELECT * FROM lam_central.network_site ORDER BY code",
    "settings": "SELECT * FROM lam_central.setting ORDER BY key",
}


def _snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    with psycopg.connect(url) as conn:
        return {name: conn.execute(query).fetchall() for name, query in _SNAPSHOT.items()}  # type: ignore[call-overload]


def central(*args: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return run(["central", *args])


@pytest.fixture
def fresh(pg_admin_url: str) -> str:
    """No central store at all yet."""
    drop_central(pg_admin_url)
    return pg_admin_url


def test_init_twice_gives_the_same_store_without_superuser(
    fresh: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        central("init", "--url", fresh, "--data-dir", str(tmp_path), monkeypatch=monkeypatch) == 0
    )
    first = _snapshot(fresh)
    assert (
        central("init", "--url", fresh, "--data-dir", str(tmp_path), monkeypatch=monkeypatch) == 0
    )
    assert _snapshot(fresh) == first
    out = capsys.readouterr().out.splitlines()
    from lam_desk.db import models  # noqa: F401 - every table registered
    from lam_desk.db.base import Base

    synced = sum(1 for table in Base.metadata.tables.values() if "field_clocks" in table.c)
    assert len(out) == 2 and f"schema version {LATEST}" in out[0]
    assert f"{synced} synced tables" in out[0], "every synced model has its central table"
    with psycopg.connect(fresh) as conn:
        assert conn.execute(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
        ).fetchone() == (False,)
    # Every table of the store: row-level security enabled and forced, no grant to anyone.
    relations = [r for r in first["relations"] if r[2] == "r"]
    assert len(relations) == synced + 10  # the synced tables and the store's own ten
    assert all(r[3] and r[4] for r in relations)
    owner_only = {"", "{lam_central_owner=arwdDxt/lam_central_owner}"}
    assert all(r[5] in owner_only and r[6] == "lam_central_owner" for r in relations)
    # The functions desks call: SECURITY DEFINER, fixed search_path, EXECUTE for the sites only.
    api = [f for f in first["functions"] if f[0] == "sync_api"]
    assert sorted(f[1] for f in api) == ["bootstrap", "hello", "horizon", "pull", "push"]
    for function in api:
        assert function[3] is True
        assert "search_path=pg_catalog, pg_temp" in function[4]
        assert "lam_desk_sites=X/lam_central_owner" in function[5]
        assert not any(entry.startswith("=") for entry in function[5].strip("{}").split(","))
    internal = [f for f in first["functions"] if f[0] == "lam_central"]
    assert all("lam_desk_sites" not in f[5] for f in internal)


def test_init_brings_an_older_store_up_to_date_and_keeps_its_data(
    central_url: str, site_login: Any
) -> None:
    from lam_desk.central.admin import init_store

    site_login("BED")
    with psycopg.connect(central_url, autocommit=True) as conn:
        # As if an older lam-desk had made it: one column and one table missing.
        conn.execute("ALTER TABLE lam_central.member DROP COLUMN erased_at")
        conn.execute("DROP TABLE lam_central.service_offer")
    report = init_store(central_url)
    assert report.migrated_from == LATEST
    with psycopg.connect(central_url) as conn:
        assert conn.execute("SELECT to_regclass('lam_central.service_offer')").fetchone() != (None,)
        assert conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_name = 'member'"
            " AND column_name = 'erased_at'"
        ).fetchone()
        assert conn.execute("SELECT site_code FROM lam_central.site_login").fetchall() == [("BED",)]


def test_add_site_prints_login_and_password_once_and_logs_no_password(
    central_url: str,
    pg_server: PgServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = ["--data-dir", str(tmp_path)]
    assert central("add-site", "bed", "--url", central_url, *data, monkeypatch=monkeypatch) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "lam_site_bed" in lines[1]
    password = lines[2].split(": ", 1)[1]
    assert len(password) >= 30
    with psycopg.connect(pg_server.url("lam_site_bed", password)) as conn:
        assert conn.execute("SELECT current_user").fetchone() == ("lam_site_bed",)
    logged = "".join(p.read_text() for p in tmp_path.rglob("*.log*"))
    assert "lam_site_bed" not in logged or password not in logged
    assert password not in logged and pg_server.admin_password not in logged

    # A second add-site for an active login is refused; after a revoke it gives a new password.
    code = central("add-site", "BED", "--url", central_url, *data, monkeypatch=monkeypatch)
    assert code == EXIT_REFUSED
    assert "already has a login" in capsys.readouterr().err
    assert central("revoke", "BED", "--url", central_url, *data, monkeypatch=monkeypatch) == 0
    assert central("add-site", "BED", "--url", central_url, *data, monkeypatch=monkeypatch) == 0
    assert capsys.readouterr().out.splitlines()[3].split(": ", 1)[1] != password


def test_status_lists_desks_with_last_push_pull_and_what_waits(
    central_url: str,
    site_login: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from central_desk import Desk, member, op, stamp

    bed, olo = Desk(site_login("BED"), "node-bed"), Desk(site_login("OLO"), "node-olo")
    bed.push(op("member", "m1", member("Fabre", "Odile"), stamp(0, "node-bed")))
    bed.push(op("member", "m2", member("Fabre", "Jules"), stamp(1, "node-bed")))
    olo.pull()
    olo.hello()
    bed.close(), olo.close()
    assert (
        central(
            "status", "--url", central_url, "--data-dir", str(tmp_path), monkeypatch=monkeypatch
        )
        == 0
    )
    out = capsys.readouterr().out
    lines = {line.split(" | ")[0].strip(): line for line in out.splitlines() if " | " in line}
    assert lines["node-bed"].endswith("| 2")  # pushed, never pulled: its two changes wait
    assert "never" in lines["node-bed"].split(" | ")[3]
    assert lines["node-olo"].endswith("| 0")
    assert "never" in lines["node-olo"].split(" | ")[2]
    assert "2 changes logged" in out


@pytest.mark.parametrize(
    ("problem", "message"),
    [
        ("bad password", "refused the login lam_admin"),
        ("unreachable", "Cannot reach the central store at 127.0.0.1:1"),
        ("no CREATEROLE", "cannot create roles"),
        ("unknown site", "There is no site ZZZ in the network"),
        ("not a URL", "not a PostgreSQL URL"),
    ],
)
def test_errors_are_one_clear_line_and_exit_1(
    central_url: str,
    pg_server: PgServer,
    problem: str,
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["init", "--url", central_url]
    if problem == "bad password":
        require_tls_and_passwords(pg_server)
        args = ["init", "--url", pg_server.url("lam_admin", "wrong-password")]
    elif problem == "unreachable":
        args = ["status", "--url", "postgresql://lam_admin:x@127.0.0.1:1/lam_central"]
    elif problem == "no CREATEROLE":
        with psycopg.connect(central_url, autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'lam_plain'").fetchone():
                conn.execute("REVOKE ALL ON DATABASE lam_central FROM lam_plain")
                conn.execute("DROP ROLE lam_plain")
            conn.execute("CREATE ROLE lam_plain LOGIN PASSWORD 'plain-password-1'")
            conn.execute("GRANT CONNECT ON DATABASE lam_central TO lam_plain")
        args = ["init", "--url", pg_server.url("lam_plain", "plain-password-1")]
    elif problem == "unknown site":
        args = ["add-site", "ZZZ", "--url", central_url]
    elif problem == "not a URL":
        args = ["init", "--url", "host=127.0.0.1 port=notanumber ="]
    code = central(*args, "--data-dir", str(tmp_path), monkeypatch=monkeypatch)
    captured = capsys.readouterr()
    assert code == EXIT_REFUSED
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1
    assert message in captured.err
    assert "wrong-password" not in captured.err and pg_server.admin_password not in captured.err


def test_the_administrator_password_can_come_from_standard_input(
    central_url: str,
    pg_server: PgServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    require_tls_and_passwords(pg_server)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    bare = pg_server.url("lam_admin", None)
    code = central(
        "status", "--url", bare, "--data-dir", str(tmp_path),
        stdin=pg_server.admin_password + "\n", monkeypatch=monkeypatch,
    )  # fmt: skip
    assert code == EXIT_OK
    assert f"Schema version {LATEST}" in capsys.readouterr().out


def test_central_without_an_action_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        central("--url", "postgresql://x@127.0.0.1/y", monkeypatch=monkeypatch)
    assert stopped.value.code == EXIT_USAGE


def test_an_administrator_reads_french_by_default(
    central_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LAM_DESK_LANG")
    assert run(["central", "status", "--url", central_url]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Version du schéma" in out
    assert "Identifiants\u00a0:" in out, "French typography: a non-breaking space before the colon"
    assert run(["central", "add-site", "ZZZ", "--url", central_url]) == EXIT_REFUSED
    assert "Il n'y a pas de site ZZZ dans le réseau" in capsys.readouterr().err
