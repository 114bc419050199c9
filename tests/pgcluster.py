"""A throwaway PostgreSQL server for the tests of the central store and of sync (DESIGN.md §3).

In order of preference:

1. a cluster started from the machine's PostgreSQL binaries (``/usr/lib/postgresql/*/bin``,
   ``initdb``/``pg_ctl``, run as the ``postgres`` user when the tests run as root), listening on
   127.0.0.1 only, ``hostssl ... scram-sha-256`` as the only pg_hba line, with a server
   certificate signed by a test CA made here: clients connect with ``sslmode=verify-full``;
2. ``LAM_DESK_TEST_PG_URL``: an administrator's URL of any other server (a role with CREATEROLE
   that owns the database);
3. the ``pgserver`` wheel when it is installed (no TLS, no passwords checked: the tests that
   prove TLS or passwords skip there).

Whatever starts the server, the bootstrap superuser only creates the administrator role
``lam_admin`` (CREATEROLE LOGIN PASSWORD, not superuser) and the database ``lam_central`` it
owns: everything the tests do afterwards runs as ``lam_admin``, which proves the central store
needs no superuser. With ``CI=true`` nothing skips: a missing server is a failure.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

ADMIN_ROLE = "lam_admin"
DATABASE = "lam_central"


class ServerUnavailableError(Exception):
    """No way to run a PostgreSQL server here (the message says why)."""


@dataclass
class PgServer:
    """Where the test server listens and how to reach it as its administrator."""

    host: str
    port: int
    admin_password: str
    ca_file: Path | None  # None: no TLS (pgserver)
    passwords_checked: bool  # False: trust authentication (pgserver)
    kind: str  # "cluster" | "url" | "pgserver"
    database: str = DATABASE
    admin_role: str = ADMIN_ROLE
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def tls(self) -> bool:
        return self.ca_file is not None

    def url(self, role: str, password: str | None, *, database: str | None = None) -> str:
        """A libpq URL; with TLS it asks for ``verify-full`` against the test CA."""
        user = quote(role, safe="")
        secret = f":{quote(password, safe='')}" if password else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = dict(self.extra)
        if self.ca_file is not None:
            query.update(sslmode="verify-full", sslrootcert=str(self.ca_file))
        tail = f"?{urlencode(query)}" if query else ""
        return f"postgresql://{user}{secret}@{host}:{self.port}/{database or self.database}{tail}"

    @property
    def admin_url(self) -> str:
        return self.url(self.admin_role, self.admin_password)


# --- the machine's binaries ------------------------------------------------------------------


def find_binaries() -> Path | None:
    """The newest ``/usr/lib/postgresql/<major>/bin`` holding initdb and pg_ctl."""
    candidates = sorted(
        (Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin")),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class LocalCluster:
    """initdb + pg_ctl in a temporary folder, TLS from a test CA, scram-sha-256 only."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.folder = Path(tempfile.mkdtemp(prefix="lam-desk-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = _free_port()
        self.superuser = "lam_boot"
        self.superuser_password = secrets.token_urlsafe(18)
        self.admin_password = secrets.token_urlsafe(18)
        self.ca_file = self.folder / "ca.crt"
        self._as_postgres = os.geteuid() == 0
        self._started = False

    # Run as the postgres user when we are root: PostgreSQL refuses to run as root.
    def _run(self, *args: str) -> None:
        command = list(args)
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise ServerUnavailableError(
                f"{Path(args[0]).name} failed ({done.returncode}): "
                f"{(done.stderr or done.stdout).strip()[-2000:]}"
            )

    def start(self) -> PgServer:
        if self._as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self.folder.chmod(0o755)  # the CA certificate is read by the tests' own process
        password_file = self.folder / "bootstrap-password"
        password_file.write_text(self.superuser_password + "\n")
        password_file.chmod(0o600)
        if self._as_postgres:
            shutil.chown(password_file, "postgres", "postgres")
        self._run(
            str(self.binaries / "initdb"),
            "-D",
            str(self.data),
            "-U",
            self.superuser,
            f"--pwfile={password_file}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
        )
        password_file.unlink()
        self._make_certificates()
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                "\n# lam-desk test cluster\n"
                "listen_addresses = '127.0.0.1'\n"
                f"port = {self.port}\n"
                f"unix_socket_directories = '{self.folder}'\n"
                "password_encryption = 'scram-sha-256'\n"
                "ssl = on\n"
                "ssl_cert_file = 'server.crt'\n"
                "ssl_key_file = 'server.key'\n"
                "fsync = off\n"
                "synchronous_commit = off\n"
                "full_page_writes = off\n"
                "max_connections = 60\n"
                "log_min_messages = warning\n"
            )
        # The only way in: TLS from 127.0.0.1 with a scram-sha-256 password.
        (self.data / "pg_hba.conf").write_text(
            "# lam-desk test cluster: TLS and scram-sha-256 only\n"
            "hostssl all all 127.0.0.1/32 scram-sha-256\n"
        )
        if self._as_postgres:
            for path in (self.data / "pg_hba.conf",):
                shutil.chown(path, "postgres", "postgres")
        self._run(
            str(self.binaries / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-t",
            "60",
            "start",
        )
        self._started = True
        server = PgServer(
            host="127.0.0.1",
            port=self.port,
            admin_password=self.admin_password,
            ca_file=self.ca_file,
            passwords_checked=True,
            kind="cluster",
        )
        bootstrap(
            server.url(self.superuser, self.superuser_password, database="postgres"),
            self.admin_password,
        )
        return server

    def _make_certificates(self) -> None:
        """A test CA, and a server certificate it signs for 127.0.0.1 and localhost."""
        ca_key, server_key = self.folder / "ca.key", self.data / "server.key"
        request, extensions = self.folder / "server.csr", self.folder / "server.ext"

        def openssl(*args: str) -> None:
            done = subprocess.run(["openssl", *args], capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise ServerUnavailableError(
                    f"openssl {args[0]} failed: {done.stderr.strip()[-2000:]}"
                )

        if shutil.which("openssl") is None:
            raise ServerUnavailableError("the openssl command is missing (Debian package openssl)")
        openssl("genrsa", "-out", str(ca_key), "2048")
        openssl(
            "req", "-x509", "-new", "-key", str(ca_key), "-sha256", "-days", "2",
            "-subj", "/CN=LAM Desk test CA", "-out", str(self.ca_file),
        )  # fmt: skip
        openssl("genrsa", "-out", str(server_key), "2048")
        openssl(
            "req", "-new", "-key", str(server_key), "-subj", "/CN=127.0.0.1", "-out", str(request)
        )  # fmt: skip
        extensions.write_text(
            "basicConstraints = CA:FALSE\n"
            "keyUsage = digitalSignature, keyEncipherment\n"
            "extendedKeyUsage = serverAuth\n"
            "subjectAltName = IP:127.0.0.1, DNS:localhost\n"
        )
        openssl(
            "x509", "-req", "-in", str(request), "-CA", str(self.ca_file), "-CAkey", str(ca_key),
            "-CAcreateserial", "-days", "2", "-sha256", "-extfile", str(extensions),
            "-out", str(self.data / "server.crt"),
        )  # fmt: skip
        server_key.chmod(0o600)
        self.ca_file.chmod(0o644)
        if self._as_postgres:
            for path in (server_key, self.data / "server.crt"):
                shutil.chown(path, "postgres", "postgres")

    def stop(self) -> None:
        if self._started:
            with contextlib.suppress(ServerUnavailableError):
                self._run(
                    str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
                )
            self._started = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def server_log(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-4000:]
        except OSError:
            return ""


def bootstrap(superuser_url: str, admin_password: str) -> None:
    """What the superuser does, and all it does: the administrator role and its database."""
    with psycopg.connect(superuser_url, autocommit=True, connect_timeout=10) as conn:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ADMIN_ROLE,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(
            sql.SQL("{} ROLE {} CREATEROLE LOGIN NOSUPERUSER PASSWORD {}").format(
                sql.SQL(verb), sql.Identifier(ADMIN_ROLE), sql.Literal(admin_password)
            )
        )
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone():
            conn.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(DATABASE), sql.Identifier(ADMIN_ROLE)
                )
            )


# --- the other ways ------------------------------------------------------------------------


def server_from_url(url: str) -> PgServer:
    """``LAM_DESK_TEST_PG_URL``: an administrator's URL (CREATEROLE, owner of the database)."""
    params = conninfo_to_dict(url)
    host = str(params.get("host") or "127.0.0.1")
    sslmode = str(params.get("sslmode") or "")
    root = params.get("sslrootcert")
    extra = {
        k: str(v)
        for k, v in params.items()
        if k not in {"host", "port", "user", "password", "dbname", "sslmode", "sslrootcert"}
    }
    ca_file = Path(str(root)) if root and sslmode in {"verify-ca", "verify-full"} else None
    if ca_file is None and sslmode:
        extra["sslmode"] = sslmode
    return PgServer(
        host=host,
        port=int(params.get("port") or 5432),
        admin_password=str(params.get("password") or os.environ.get("PGPASSWORD", "")),
        ca_file=ca_file,
        passwords_checked=True,
        kind="url",
        database=str(params.get("dbname") or DATABASE),
        admin_role=str(params.get("user") or ADMIN_ROLE),
        extra=extra,
    )


def _pgserver(folder: Path) -> tuple[PgServer, object]:
    import pgserver  # type: ignore[import-not-found]

    handle = pgserver.get_server(folder, cleanup_mode="stop")
    params = conninfo_to_dict(handle.get_uri())
    password = secrets.token_urlsafe(18)
    bootstrap(handle.get_uri("postgres"), password)
    host = str(params.get("host") or "")
    server = PgServer(
        host=host,
        port=int(params.get("port") or 5432),
        admin_password=password,
        ca_file=None,
        passwords_checked=False,
        kind="pgserver",
    )
    return server, handle


# --- the session's server ----------------------------------------------------------------------


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


def unavailable(reason: str) -> None:
    """Skip with the reason, or fail in CI where these tests must run."""
    if in_ci():
        pytest.fail(f"CI=true and no PostgreSQL test server: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL test server: {reason}")


def require_tls_and_passwords(server: PgServer) -> None:
    """TLS and password proofs need the throwaway cluster (or a TLS URL)."""
    if server.tls and server.passwords_checked:
        return
    reason = f"the {server.kind} server has no TLS or does not check passwords"
    if in_ci():
        pytest.fail(f"CI=true: {reason}", pytrace=False)
    pytest.skip(reason)


@contextlib.contextmanager
def session_server(scratch: Path) -> Iterator[PgServer]:
    """The server of a test session, stopped at its end (see the module docstring)."""
    binaries = find_binaries()
    url = os.environ.get("LAM_DESK_TEST_PG_URL")
    if binaries is not None and not url:
        cluster = LocalCluster(binaries)
        try:
            try:
                server = cluster.start()
            except (ServerUnavailableError, psycopg.Error) as error:
                log = cluster.server_log()
                unavailable(f"the throwaway cluster did not start: {error}\n{log}")
            yield server
        finally:
            cluster.stop()
        return
    if url:
        server = server_from_url(url)
        try:
            with psycopg.connect(server.admin_url, connect_timeout=10):
                pass
        except psycopg.Error as error:
            unavailable(f"LAM_DESK_TEST_PG_URL does not answer: {type(error).__name__}")
        yield server
        return
    try:
        import pgserver  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        unavailable(
            "no PostgreSQL binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql), "
            "no LAM_DESK_TEST_PG_URL, no pgserver wheel"
        )
    server, handle = _pgserver(scratch / "pgserver")
    try:
        yield server
    finally:
        with contextlib.suppress(Exception):
            handle.cleanup()  # type: ignore[attr-defined]


def wait_until_refused(url: str, timeout: float = 5.0) -> psycopg.Error | None:
    """The error a connection attempt gets (None when it connected through ``timeout``)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(url, connect_timeout=5):
                pass
        except psycopg.Error as error:
            return error
        if time.monotonic() > deadline:
            return None
        time.sleep(0.1)


# --- the central store between tests ---------------------------------------------------------

# Tables that hold what desks sent (emptied between tests); the others describe the store.
_DATA_TABLES_SQL = """
SELECT c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = 'lam_central' AND c.relkind = 'r'
  AND c.relname NOT IN ('schema_version', 'setting', 'network_site', 'entity', 'incarnation')
"""


def _drop_site_roles(conn: psycopg.Connection) -> None:
    for (role,) in conn.execute(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE 'lam\\_site\\_%'"
    ).fetchall():
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def drop_central(admin_url: str) -> None:
    """Remove the central store entirely (its schemas and the site logins), as its admin."""
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS sync_api CASCADE")
        conn.execute("DROP SCHEMA IF EXISTS lam_central CASCADE")
        _drop_site_roles(conn)


def empty_central(admin_url: str) -> bool:
    """Empty an initialised store of everything desks sent and of its logins (False: none)."""
    with psycopg.connect(admin_url, autocommit=True) as conn:
        if conn.execute("SELECT to_regclass('lam_central.schema_version')").fetchone() == (None,):
            return False
        tables = [r[0] for r in conn.execute(_DATA_TABLES_SQL).fetchall()]
        conn.execute(
            sql.SQL("TRUNCATE {} RESTART IDENTITY").format(
                sql.SQL(", ").join(sql.Identifier("lam_central", t) for t in tables)
            )
        )
        _drop_site_roles(conn)
        return True
