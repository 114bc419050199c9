"""The test server itself: what the central store's proofs stand on (DESIGN.md §3)."""

from __future__ import annotations

import psycopg
import pytest
from pgcluster import PgServer, require_tls_and_passwords

pytestmark = pytest.mark.postgres


def test_administrator_is_no_superuser_and_owns_the_database(pg_admin_url: str) -> None:
    with psycopg.connect(pg_admin_url) as conn:
        superuser, createrole = conn.execute(
            "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user"
        ).fetchone() or (None, None)
        owner = conn.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        ).fetchone()
    assert (superuser, createrole) == (False, True)
    assert owner == ("lam_admin",)


def test_connections_use_tls_verified_against_the_test_ca(pg_server: PgServer) -> None:
    require_tls_and_passwords(pg_server)
    with psycopg.connect(pg_server.admin_url) as conn:
        ssl = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
        method = conn.execute("SHOW password_encryption").fetchone()
    assert ssl == (True,)
    assert method == ("scram-sha-256",)


def test_a_wrong_password_or_plain_connection_is_refused(pg_server: PgServer) -> None:
    require_tls_and_passwords(pg_server)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_server.url(pg_server.admin_role, "not-the-password"), connect_timeout=5)
    plain = pg_server.url(pg_server.admin_role, pg_server.admin_password).split("?")[0]
    with pytest.raises(psycopg.OperationalError, match=r"no pg_hba.conf entry|SSL off"):
        psycopg.connect(plain + "?sslmode=disable", connect_timeout=5)
