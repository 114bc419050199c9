"""Administration of the central store: init, add-site, revoke, status (DESIGN.md §3, §5.8).

Everything runs as the administrator's login: a role with CREATEROLE that owns the database,
never a superuser. Passwords (the administrator's, the sites') are never logged; a site's
password is generated here, shown once by the caller, and sent to the server only as a
SCRAM verifier.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from lam_desk.central.functions import FUNCTIONS_SQL
from lam_desk.central.migrations import LATEST, MIGRATIONS
from lam_desk.central.schema import SCHEMA, synced_entities
from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Roles of the central store (cluster-wide names): the owner of its schemas, tables and
# functions (no login, no CREATEROLE: what SECURITY DEFINER functions run as), and the group
# of the site logins (EXECUTE on sync_api, nothing else).
OWNER_ROLE = "lam_central_owner"
SITES_ROLE = "lam_desk_sites"
SITE_ROLE_PREFIX = "lam_site_"
MIN_SERVER_VERSION = 140000
PASSWORD_BYTES = 24
# Limits of a site login's sessions: a transaction left open holds every desk's pulls back
# (nothing above it is pulled until it ends), so none stays open idle or runs for long.
SITE_SESSION_LIMITS = (
    ("idle_in_transaction_session_timeout", "60s"),
    ("statement_timeout", "120s"),
)
# Beyond this, `central status` says that pulls are held back.
HELD_BACK_WARNING_S = 5 * 60


@dataclass(frozen=True)
class InitReport:
    version: int
    migrated_from: int
    entities: int
    incarnation: str = ""


@dataclass(frozen=True)
class SiteLogin:
    site_code: str
    role_name: str
    password: str
    coordinator: bool


@dataclass(frozen=True)
class LoginState:
    site_code: str
    role_name: str
    coordinator: bool
    revoked_at: datetime | None


@dataclass(frozen=True)
class NodeState:
    node_id: str
    site_code: str
    coordinator: bool
    revoked: bool
    first_seen: datetime
    last_push_at: datetime | None
    last_pull_at: datetime | None
    waiting: int


@dataclass(frozen=True)
class StoreStatus:
    version: int
    incarnation: str
    logins: tuple[LoginState, ...]
    nodes: tuple[NodeState, ...]
    changes: int
    conflicts: int
    # Seconds since the oldest change still held back from every pull (committed, but
    # behind a transaction still open); None when nothing waits.
    held_back_s: float | None = None


# --- connecting ---------------------------------------------------------------------------------


def describe(url: str) -> str:
    """Where a URL points, without its user or password (for logs and messages)."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "?"
    host = params.get("host") or "localhost"
    port = params.get("port") or "5432"
    return f"{host}:{port}/{params.get('dbname') or ''}"


@contextmanager
def connect(url: str, password: str | None = None) -> Iterator[psycopg.Connection[Any]]:
    """A connection to the central store; a failure is one clear UserError."""
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        raise UserError(
            "Central",
            QT_TRANSLATE_NOOP(
                "Central", "This is not a PostgreSQL URL (postgresql://user@host/database)."
            ),
        ) from None
    extra: dict[str, Any] = {
        "connect_timeout": 10,
        "application_name": "lam-desk central",
        "autocommit": True,  # each change runs in its own conn.transaction()
    }
    if password:
        extra["password"] = password
    try:
        conn = psycopg.connect(url, **extra)
    except psycopg.OperationalError as error:
        raise connection_error(params, error) from None
    try:
        yield conn
    finally:
        conn.close()


def connection_error(params: dict[str, Any], error: psycopg.OperationalError) -> UserError:
    """The one line an administrator needs when the central store cannot be reached."""
    where = f"{params.get('host') or 'localhost'}:{params.get('port') or 5432}"
    text = str(error)
    if error.sqlstate in {"28P01", "28000"} or "password" in text:
        return UserError(
            "Central",
            QT_TRANSLATE_NOOP(
                "Central",
                "The central store at {where} refused the login {user}: wrong password, "
                "or a login that is not allowed to connect.",
            ),
            where=where,
            user=params.get("user") or "?",
        )
    if error.sqlstate == "3D000":
        return UserError(
            "Central",
            QT_TRANSLATE_NOOP("Central", "There is no database {database} at {where}."),
            database=params.get("dbname") or "?",
            where=where,
        )
    if "certificate" in text or "SSL" in text or "ssl" in text:
        return UserError(
            "Central",
            QT_TRANSLATE_NOOP(
                "Central",
                "The connection to the central store at {where} is not secure or its "
                "certificate cannot be verified (check sslmode and sslrootcert).",
            ),
            where=where,
        )
    return UserError(
        "Central",
        QT_TRANSLATE_NOOP("Central", "Cannot reach the central store at {where}."),
        where=where,
    )


def _refused(source: str, **params: Any) -> UserError:
    return UserError("Central", source, **params)


def _check_administrator(conn: psycopg.Connection[Any]) -> None:
    if conn.info.server_version < MIN_SERVER_VERSION:
        raise _refused(
            QT_TRANSLATE_NOOP("Central", "The central store needs PostgreSQL 14 or later.")
        )
    row = conn.execute(
        "SELECT r.rolcreaterole OR r.rolsuper, pg_has_role(current_user, d.datdba, 'USAGE'),"
        " current_user, current_database()"
        " FROM pg_roles AS r, pg_database AS d"
        " WHERE r.rolname = current_user AND d.datname = current_database()"
    ).fetchone()
    assert row is not None
    can_create_roles, owns_database, user, database = row
    if not can_create_roles:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Central",
                "The login {user} cannot create roles (CREATEROLE): the central store "
                "needs an administrator that can.",
            ),
            user=user,
        )
    if not owns_database:
        raise _refused(
            QT_TRANSLATE_NOOP("Central", "The login {user} does not own the database {database}."),
            user=user,
            database=database,
        )


def _installed_version(conn: psycopg.Connection[Any]) -> int:
    """The schema version of the central store (0: none yet)."""
    exists = conn.execute("SELECT to_regclass('lam_central.schema_version')").fetchone()
    if exists is None or exists[0] is None:
        return 0
    row = conn.execute("SELECT coalesce(max(version), 0) FROM lam_central.schema_version")
    found = row.fetchone()
    return int(found[0]) if found else 0


def _require_store(conn: psycopg.Connection[Any]) -> None:
    if _installed_version(conn) == 0:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Central", "The central store is not set up yet: run “central init” first."
            )
        )


# --- central init -------------------------------------------------------------------------------


def init_store(
    url: str, password: str | None = None, *, new_incarnation: bool = False
) -> InitReport:
    """Create or bring up to date the central store; running it again changes nothing.

    ``new_incarnation``: the store was restored (pg_dump/restore, a point in time) or moved;
    it takes a new incarnation id, and every desk that meets it sends its recently
    acknowledged changes again and resyncs (DESIGN.md §5.6)."""
    from lam_desk.db.migrate import SCHEMA_REVISION
    from lam_desk.domain.network import SITES

    with connect(url, password) as conn:
        _check_administrator(conn)
        entities = synced_entities()
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('lam_central.init'))")
            before = _installed_version(conn)
            _roles(conn)
            conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(OWNER_ROLE)))
            conn.execute("CREATE SCHEMA IF NOT EXISTS lam_central")
            conn.execute("CREATE SCHEMA IF NOT EXISTS sync_api")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS lam_central.schema_version ("
                " version integer PRIMARY KEY, name text NOT NULL,"
                " applied_at timestamptz NOT NULL DEFAULT now())"
            )
            for migration in MIGRATIONS:
                if migration.version > before:
                    conn.execute(migration.sql)
                    conn.execute(
                        "INSERT INTO lam_central.schema_version (version, name) VALUES (%s, %s)",
                        (migration.version, migration.name),
                    )
            for entity in entities:
                conn.execute(entity.create_table())
                for statement in entity.add_columns() + entity.indexes():
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO lam_central.entity (name, scope, owner_column, merge, fields,"
                    " mutable_after_insert, sql_insert, sql_update, desk_revision, writers,"
                    " writer_column, erased_column, erased_values, erased_kept,"
                    " erased_with_column, erased_with_entity)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,"
                    " %s, %s::jsonb, %s, %s, %s)"
                    " ON CONFLICT (name) DO UPDATE SET scope = excluded.scope,"
                    " owner_column = excluded.owner_column, merge = excluded.merge,"
                    " fields = excluded.fields,"
                    " mutable_after_insert = excluded.mutable_after_insert,"
                    " sql_insert = excluded.sql_insert, sql_update = excluded.sql_update,"
                    " desk_revision = excluded.desk_revision, writers = excluded.writers,"
                    " writer_column = excluded.writer_column,"
                    " erased_column = excluded.erased_column,"
                    " erased_values = excluded.erased_values,"
                    " erased_kept = excluded.erased_kept,"
                    " erased_with_column = excluded.erased_with_column,"
                    " erased_with_entity = excluded.erased_with_entity",
                    (
                        entity.name,
                        entity.scope,
                        entity.owner_column,
                        entity.merge,
                        list(entity.fields),
                        list(entity.mutable_after_insert),
                        entity.insert_sql(),
                        entity.update_sql(),
                        SCHEMA_REVISION,
                        entity.writers,
                        entity.writer_column,
                        entity.erased_column,
                        entity.erased_values,
                        list(entity.erased_kept),
                        entity.erased_with[0] if entity.erased_with else None,
                        entity.erased_with[1] if entity.erased_with else None,
                    ),
                )
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO lam_central.network_site (code, site_id, parent_code, name)"
                    " VALUES (%s, %s, %s, %s) ON CONFLICT (code) DO UPDATE SET"
                    " site_id = excluded.site_id, parent_code = excluded.parent_code,"
                    " name = excluded.name",
                    [(s.code, s.id, s.parent_code, s.name) for s in SITES],
                )
            conn.execute(
                "INSERT INTO lam_central.incarnation (one_row) VALUES (true)"
                " ON CONFLICT (one_row) DO NOTHING"
            )
            if new_incarnation and before > 0:
                conn.execute(
                    "UPDATE lam_central.incarnation SET id = gen_random_uuid(), created_at = now()"
                )
            found = conn.execute("SELECT id::text FROM lam_central.incarnation").fetchone()
            _desk_window(conn, SCHEMA_REVISION)
            conn.execute(FUNCTIONS_SQL)
            _privileges(conn)
            conn.execute("RESET ROLE")
            for (role,) in conn.execute(
                "SELECT l.role_name FROM lam_central.site_login AS l"
                " JOIN pg_roles AS r ON r.rolname = l.role_name WHERE l.revoked_at IS NULL"
            ).fetchall():
                _session_limits(conn, role)
        log.info(
            "central store at %s: schema version %d (was %d), %d entities",
            describe(url),
            LATEST,
            before,
            len(entities),
        )
        if new_incarnation and before > 0:
            log.warning("central store at %s: new incarnation, desks will resync", describe(url))
        return InitReport(
            version=LATEST,
            migrated_from=before,
            entities=len(entities),
            incarnation=str(found[0]) if found else "",
        )


def _role_exists(conn: psycopg.Connection[Any], name: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is not None


def _roles(conn: psycopg.Connection[Any]) -> None:
    """The owner and the sites' group; the administrator becomes a member of the owner."""
    for role in (OWNER_ROLE, SITES_ROLE):
        if not _role_exists(conn, role):
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    # Membership of the owner lets init SET ROLE to it and the administrator read the store
    # (PostgreSQL 16 grants a role's creator ADMIN OPTION only, so say INHERIT and SET).
    options = " WITH INHERIT TRUE, SET TRUE" if conn.info.server_version >= 160000 else ""
    conn.execute(
        sql.SQL("GRANT {} TO {}" + options).format(
            sql.Identifier(OWNER_ROLE), sql.Identifier(str(conn.info.user))
        )
    )
    database = sql.Identifier(str(conn.info.dbname))
    conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(database))
    conn.execute(
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(database, sql.Identifier(SITES_ROLE))
    )
    conn.execute(
        sql.SQL("GRANT CREATE ON DATABASE {} TO {}").format(database, sql.Identifier(OWNER_ROLE))
    )
    # Nothing for the sites in the public schema either, where the administrator may say so.
    public_owner = conn.execute(
        "SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace"
        " WHERE nspname = 'public'"
    ).fetchone()
    if public_owner and public_owner[0]:
        conn.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")


def _desk_window(conn: psycopg.Connection[Any], revision: str) -> None:
    """Desks of schema revision 1 up to this version's are accepted (changes are additive)."""
    number = int(revision.split("_", 1)[0])
    conn.execute(
        "INSERT INTO lam_central.setting (key, value) VALUES ('desk_revision_min', '1')"
        " ON CONFLICT (key) DO NOTHING"
    )
    conn.execute(
        "INSERT INTO lam_central.setting (key, value) VALUES ('desk_revision_max', %s)"
        " ON CONFLICT (key) DO UPDATE SET value = greatest(setting.value::integer,"
        " excluded.value::integer)::text",
        (str(number),),
    )


def _privileges(conn: psycopg.Connection[Any]) -> None:
    """Grants exactly as the contract says; row-level security forced on every table."""
    sites = sql.Identifier(SITES_ROLE)
    owner = sql.Identifier(OWNER_ROLE)
    for schema in ("lam_central", "sync_api"):
        conn.execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(sql.Identifier(schema)))
        conn.execute(
            sql.SQL("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {} FROM PUBLIC").format(
                sql.Identifier(schema)
            )
        )
        conn.execute(
            sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA {} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC")
            .format(sql.Identifier(schema))
        )  # fmt: skip
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA sync_api TO {}").format(sites))
    conn.execute(sql.SQL("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA sync_api TO {}").format(sites))
    conn.execute("REVOKE ALL ON ALL TABLES IN SCHEMA lam_central FROM PUBLIC")
    conn.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA lam_central FROM PUBLIC")
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace"
            " WHERE n.nspname = %s AND c.relkind = 'r' ORDER BY c.relname",
            (SCHEMA,),
        )
    ]
    for name in tables:
        table = sql.Identifier(SCHEMA, name)
        conn.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(table))
        conn.execute(sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(table))
        conn.execute(sql.SQL("DROP POLICY IF EXISTS central_owner ON {}").format(table))
        conn.execute(
            sql.SQL(
                "CREATE POLICY central_owner ON {} TO {} USING (true) WITH CHECK (true)"
            ).format(table, owner)
        )


# --- logins -------------------------------------------------------------------------------------


def site_role(code: str) -> str:
    return SITE_ROLE_PREFIX + code.strip().lower()


def _known_site(conn: psycopg.Connection[Any], code: str) -> str:
    code = code.strip().upper()
    found = conn.execute(
        "SELECT code FROM lam_central.network_site WHERE code = %s", (code,)
    ).fetchone()
    if found is None:
        known = ", ".join(
            r[0] for r in conn.execute("SELECT code FROM lam_central.network_site ORDER BY code")
        )
        raise _refused(
            QT_TRANSLATE_NOOP("Central", "There is no site {code} in the network ({known})."),
            code=code,
            known=known,
        )
    return str(found[0])


def add_site(url: str, code: str, *, coordinator: bool, password: str | None = None) -> SiteLogin:
    """Create the login of a site (with a new generated password, returned once)."""
    with connect(url, password) as conn:
        _check_administrator(conn)
        _require_store(conn)
        with conn.transaction():
            code = _known_site(conn, code)
            role = site_role(code)
            active = conn.execute(
                "SELECT 1 FROM lam_central.site_login WHERE site_code = %s AND revoked_at IS NULL",
                (code,),
            ).fetchone()
            if active is not None:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Central",
                        "Site {code} already has a login ({role}); revoke it first to give "
                        "it a new password.",
                    ),
                    code=code,
                    role=role,
                )
            secret = secrets.token_urlsafe(PASSWORD_BYTES)
            # Only the SCRAM verifier travels: the password never reaches the server's logs.
            verifier = conn.pgconn.encrypt_password(
                secret.encode(), role.encode(), b"scram-sha-256"
            ).decode()
            verb = "ALTER" if _role_exists(conn, role) else "CREATE"
            conn.execute(
                sql.SQL("{} ROLE {} LOGIN INHERIT PASSWORD {}").format(
                    sql.SQL(verb), sql.Identifier(role), sql.Literal(verifier)
                )
            )
            conn.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(SITES_ROLE), sql.Identifier(role))
            )
            _session_limits(conn, role)
            conn.execute(
                "INSERT INTO lam_central.site_login (role_name, site_code, coordinator)"
                " VALUES (%s, %s, %s) ON CONFLICT (role_name) DO UPDATE SET"
                " site_code = excluded.site_code, coordinator = excluded.coordinator,"
                " created_at = now(), revoked_at = NULL",
                (role, code, coordinator),
            )
        log.info("central store at %s: login made for site %s", describe(url), code)
        return SiteLogin(code, role, secret, coordinator)


def _session_limits(conn: psycopg.Connection[Any], role: str) -> None:
    for setting, value in SITE_SESSION_LIMITS:
        conn.execute(
            sql.SQL("ALTER ROLE {} SET {} = {}").format(
                sql.Identifier(role), sql.Identifier(setting), sql.Literal(value)
            )
        )


def revoke_site(url: str, code: str, password: str | None = None) -> str:
    """Revoke a site's login: it can no longer connect, and sync_api refuses it."""
    with connect(url, password) as conn:
        _check_administrator(conn)
        _require_store(conn)
        with conn.transaction():
            code = _known_site(conn, code)
            row = conn.execute(
                "UPDATE lam_central.site_login SET revoked_at = now()"
                " WHERE site_code = %s AND revoked_at IS NULL RETURNING role_name",
                (code,),
            ).fetchone()
            if row is None:
                raise _refused(
                    QT_TRANSLATE_NOOP("Central", "Site {code} has no active login."), code=code
                )
            role = str(row[0])
            conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(role)))
        log.info("central store at %s: login of site %s revoked", describe(url), code)
        return role


def store_status(url: str, password: str | None = None) -> StoreStatus:
    with connect(url, password) as conn:
        _check_administrator(conn)
        _require_store(conn)
        version = _installed_version(conn)
        incarnation = conn.execute("SELECT id::text FROM lam_central.incarnation").fetchone()
        logins = tuple(
            LoginState(*r)
            for r in conn.execute(
                "SELECT site_code, role_name, coordinator, revoked_at"
                " FROM lam_central.site_login ORDER BY site_code"
            )
        )
        nodes = tuple(
            NodeState(*r) for r in conn.execute("SELECT * FROM lam_central.node_status()")
        )
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM lam_central.change_log),"
            " (SELECT count(*) FROM lam_central.conflict),"
            # The pull horizon (pg_snapshot_xmin) stays at the oldest transaction still
            # open: what committed after it waits; how long the oldest of that has waited.
            " (SELECT extract(epoch FROM now() - min(changed_at))::float8"
            "  FROM lam_central.change_log"
            "  WHERE xid >= pg_snapshot_xmin(pg_current_snapshot()))"
        ).fetchone()
        assert counts is not None and incarnation is not None
        return StoreStatus(
            version, incarnation[0], logins, nodes, counts[0], counts[1], held_back_s=counts[2]
        )
