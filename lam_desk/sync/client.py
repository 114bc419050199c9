"""The desk's side of a sync cycle with the central store: hello, push, pull (DESIGN.md §5).

One cycle, over one psycopg connection (TLS and its parameters come from the URL; the site's
password is passed in, never logged, never stored):

1. ``sync_api.hello``: the server's time, incarnation and status. ``upgrade_required`` stops
   the cycle with a clear message, the queue intact. A PC clock more than two minutes off the
   server's refuses the push (local work goes on) but still pulls. A new incarnation (a
   restored server) puts the recently acknowledged ops back in the queue and resyncs.
2. ``sync_api.push``: pending outbox ops in batches, in clock order. Each batch is its own
   server transaction; its ops are marked acknowledged, with the outcome and reason the server
   gave, only after that transaction's COMMIT returned. A connection lost before then marks
   nothing, and the same op ids go again next cycle (the server applies nothing twice).
3. ``sync_api.pull`` pages until no more, each page and its cursor applied in one SQLite
   transaction (lam_desk.sync.apply). A desk without a cursor bootstraps first: the horizon,
   then each table by pages of ids (each page its own short server transaction; a bootstrap
   stopped half way resumes at its last page), then pulls from the horizon. A pull answered
   ``resync_required`` (the cursor is past every transaction id the server has handed out:
   restored or moved) is met as a new incarnation: the recently acknowledged ops go again,
   then a bootstrap, the outbox kept.

Departures from the sync contract:
- The bootstrap answer is read as ``{"rows": [...], "after_id": last id read, "more": bool}``
  with rows shaped as pull's; tables are asked for parents first, only those the server named
  in hello's ``entities``.
- Pulled rows whose foreign keys point at rows no page brought yet wait in
  ``sync_parked_row`` (a local table) instead of failing the page's COMMIT; they are applied
  with the page that brings their parent.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.types.json import Jsonb
from sqlalchemy import Text, select, type_coerce, update

from lam_desk.db.base import Base
from lam_desk.db.engine import Database
from lam_desk.db.migrate import SCHEMA_REVISION
from lam_desk.db.models import Node, OutboxOp
from lam_desk.errors import UserError
from lam_desk.i18n import QT_TRANSLATE_NOOP
from lam_desk.sync import apply
from lam_desk.sync.hlc import MAX_AHEAD_MS, WallClock, system_wall_ms

log = logging.getLogger(__name__)

# Beyond this difference between the PC's clock and the server's, the desk does not push.
MAX_SKEW_MS = MAX_AHEAD_MS
# A restored server (new incarnation) gets back the ops acknowledged this recently.
REPUSH_WINDOW = timedelta(days=180)
CONNECT_TIMEOUT_S = 10
PUSH_BATCH = 500
# Op ids marked acknowledged per statement (well below SQLite's limit of bound values).
MARK_CHUNK = 500
PULL_PAGE = 1000
BOOTSTRAP_PAGE = 2000


# What a full resync forgets: the cursor and any bootstrap in progress (never the outbox).
_RESYNC_STATE = ("pull_cursor", "bootstrap_horizon", "bootstrap_entity", "bootstrap_after_id")


class SyncRefusedError(UserError):
    """The central store or this desk refused the cycle (its message says why)."""


@dataclass
class CycleSummary:
    """What one cycle did, for the summary line and the desk's status."""

    pushed: int = 0
    applied: int = 0
    duplicate: int = 0
    rejected: int = 0
    pulled: int = 0
    pulled_applied: int = 0
    bootstrapped: bool = False
    resynced: bool = False  # a full resync: the server restored or moved, or this desk upgraded
    push_refused_skew_ms: int | None = None
    reasons: dict[str, int] = field(default_factory=dict)


# Connection parameters never remembered: the site's password, the TLS key's passphrase.
_SECRET_PARAMETERS = frozenset({"password", "sslpassword"})


def url_without_password(url: str) -> str:
    """The address to remember, without any secret written in it: a URL stays a URL (its
    ``user:password@`` and its ``?password=``/``?sslpassword=`` taken out), a ``key=value``
    string stays one. libpq's own parser decides what is a secret, so no spelling escapes."""
    params = conninfo_to_dict(url)
    if not _SECRET_PARAMETERS & params.keys():
        return url
    if "://" in url:
        parts = urlsplit(url)
        user, at, hosts = parts.netloc.rpartition("@")
        netloc = f"{user.partition(':')[0]}@{hosts}" if at else hosts
        query = urlencode(
            [
                (key, value)
                for key, value in parse_qsl(parts.query, keep_blank_values=True)
                if key not in _SECRET_PARAMETERS
            ]
        )
        cleaned = urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
        if not _SECRET_PARAMETERS & conninfo_to_dict(cleaned).keys():
            return cleaned
    return make_conninfo(
        "", **{key: value for key, value in params.items() if key not in _SECRET_PARAMETERS}
    )


class SyncClient:
    """Runs sync cycles of one desk file against the central store at ``url``.

    ``on_push_committed`` is called with a batch's op ids after the server's COMMIT returned
    and before the desk marks them acknowledged: the one place a test makes the connection
    "die" at the worst moment.
    """

    def __init__(
        self,
        database: Database,
        url: str,
        password: str | None,
        *,
        wall: WallClock = system_wall_ms,
        connect_timeout: int = CONNECT_TIMEOUT_S,
        push_batch: int = PUSH_BATCH,
        pull_page: int = PULL_PAGE,
        bootstrap_page: int = BOOTSTRAP_PAGE,
        on_push_committed: Callable[[Sequence[str]], None] | None = None,
        on_page_applied: Callable[[apply.PageResult], None] | None = None,
    ) -> None:
        self.database = database
        self.url = url
        self._password = password
        self.wall = wall
        self.connect_timeout = connect_timeout
        self.push_batch = push_batch
        self.pull_page = pull_page
        self.bootstrap_page = bootstrap_page
        self.on_push_committed = on_push_committed
        self.on_page_applied = on_page_applied
        self._connection: psycopg.Connection[Any] | None = None
        self._node_id: str | None = None
        self._local_ms = 0  # the PC's time when the server read its own (mid-call)
        self._server_entities: frozenset[str] | None = None

    # --- the connection -----------------------------------------------------------------------

    def connect(self) -> psycopg.Connection[Any]:
        if self._connection is not None and not self._connection.closed:
            return self._connection
        kwargs: dict[str, Any] = {"connect_timeout": self.connect_timeout}
        if self._password is not None:
            kwargs["password"] = self._password
        try:
            self._connection = psycopg.connect(self.url, **kwargs)
        except psycopg.Error as error:
            raise self._unreachable(error) from None
        return self._connection

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _unreachable(self, error: BaseException) -> SyncRefusedError:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        if self._password:
            reason = reason.replace(self._password, "***")
        log.warning("the central store could not be reached: %s", type(error).__name__)
        return SyncRefusedError(
            "Sync",
            QT_TRANSLATE_NOOP("Sync", "The central store cannot be reached: {reason}"),
            reason=reason,
        )

    def call(self, function: str, payload: Mapping[str, Any]) -> dict[str, Any]:
        """``sync_api.<function>(payload)`` in its own server transaction, returned only
        after its COMMIT returned."""
        return self._call(function, Jsonb(dict(payload)))

    def _call(self, function: str, payload: Jsonb | str) -> dict[str, Any]:
        """``call`` with the payload already made: Jsonb, or JSON text."""
        connection = self.connect()
        try:
            with connection.cursor() as cursor:
                cursor.execute(f"SELECT sync_api.{function}(%s::jsonb)", [payload])
                row = cursor.fetchone()
            connection.commit()
        except psycopg.OperationalError as error:
            self.close()
            raise self._unreachable(error) from None
        except psycopg.Error:
            if not connection.closed:
                connection.rollback()
            raise
        answer = row[0] if row else None
        if not isinstance(answer, dict):
            raise RuntimeError(f"sync_api.{function} answered no object")
        return answer

    # --- the cycle ----------------------------------------------------------------------------

    def run_cycle(self) -> CycleSummary:
        summary = CycleSummary()
        hello = self.hello()
        skew = abs(int(hello["server_time_ms"]) - self._local_ms)
        can_push = skew <= MAX_SKEW_MS
        if not can_push:
            summary.push_refused_skew_ms = skew
            log.warning("push refused: this PC's clock is %d s off the server's", skew // 1000)
        else:
            self.push(summary)
        if not self.pull(summary):
            # The server was restored: what it lost goes again, then everything comes again.
            if can_push:
                self.push(summary)
            self.pull(summary)
        return summary

    @property
    def node_id(self) -> str:
        if self._node_id is None:
            with self.database.read() as session:
                self._node_id = session.scalars(select(Node.node_id)).one()
        return self._node_id

    def hello(self) -> dict[str, Any]:
        sent = self.wall()
        answer = self.call("hello", {"node_id": self.node_id, "schema_version": SCHEMA_REVISION})
        self._local_ms = (sent + self.wall()) // 2
        if answer.get("status") == "upgrade_required":
            raise self._upgrade_required()
        self._record_hello(answer)
        return answer

    def _upgrade_required(self) -> SyncRefusedError:
        return SyncRefusedError(
            "Sync",
            QT_TRANSLATE_NOOP(
                "Sync",
                "The central store needs a newer version of LAM Desk: update this desk. "
                "Its changes are kept and will be sent after the update.",
            ),
        )

    def _record_hello(self, answer: Mapping[str, Any]) -> None:
        if isinstance(answer.get("entities"), list):
            self._server_entities = frozenset(str(e) for e in answer["entities"])
        incarnation = str(answer.get("incarnation") or "")
        with self.database.apply() as session:
            connection = session.connection()
            known = apply.read_state(connection)["incarnation"]
            if known != incarnation:
                if known is not None:
                    self._server_was_restored(connection)
                apply.write_state(connection, {"incarnation": incarnation})

    def _server_was_restored(self, connection: Any) -> None:
        """A restored server lost what it acknowledged lately: send it again, and resync
        (from a bootstrap; the outbox is kept)."""
        since = datetime.now(UTC) - REPUSH_WINDOW
        connection.execute(
            update(OutboxOp)
            .where(OutboxOp.acked_at.is_not(None), OutboxOp.created_at >= since)
            .values(acked_at=None, outcome=None, reason=None)
        )
        apply.write_state(connection, dict.fromkeys(_RESYNC_STATE))
        log.warning("the central store was restored: recent changes are sent again")

    # --- push ---------------------------------------------------------------------------------

    def pending_batch(self) -> list[dict[str, Any]]:
        with self.database.read() as session:
            return [
                {
                    "op_id": op.op_id,
                    "entity": op.entity,
                    "row_id": op.row_id,
                    "hlc": op.hlc,
                    "cl": op.cl,
                    "fields": op.fields,
                }
                for op in session.scalars(
                    select(OutboxOp)
                    .where(OutboxOp.acked_at.is_(None))
                    .order_by(OutboxOp.hlc)
                    .limit(self.push_batch)
                )
            ]

    def _pending_json(self) -> list[tuple[str, str, str]]:
        """The next batch as ``pending_batch`` reads it, each op as (op id, the node id of its
        stamp, its JSON text): the captured fields go as they are stored, without being
        decoded and encoded again."""
        table = Base.metadata.tables[OutboxOp.__tablename__]
        query = (
            select(
                table.c.op_id,
                table.c.entity,
                table.c.row_id,
                table.c.hlc,
                table.c.cl,
                type_coerce(table.c.fields, Text),
            )
            .where(table.c.acked_at.is_(None))
            .order_by(table.c.hlc)
            .limit(self.push_batch)
        )
        encode = json.dumps
        with self.database.read() as session:
            return [
                (
                    op_id,
                    hlc[23:],
                    f'{{"op_id": {encode(op_id)}, "entity": {encode(entity)}, '
                    f'"row_id": {encode(row_id)}, "hlc": {encode(hlc)}, "cl": {encode(cl)}, '
                    f'"fields": {fields}}}',
                )
                for op_id, entity, row_id, hlc, cl, fields in session.execute(query)
            ]

    def push(self, summary: CycleSummary) -> None:
        while pending := self._pending_json():
            answered = False
            for node_id, batch in _runs_by_node(pending):
                envelope = json.dumps({"node_id": node_id, "schema_version": SCHEMA_REVISION})
                ops = ", ".join(text for _op_id, _node, text in batch)
                answer = self._call("push", f'{envelope[:-1]}, "ops": [{ops}]}}')
                if answer.get("status", "ok") == "upgrade_required":
                    raise self._upgrade_required()
                ids = [op_id for op_id, _node, _text in batch]
                if self.on_push_committed is not None:
                    self.on_push_committed(ids)
                results = {str(r["op_id"]): r for r in answer.get("results", [])}
                self._mark_acked(ids, results, summary)
                answered = answered or any(op_id in results for op_id in ids)
            if not answered:
                break  # the server answered for none of them: try again next cycle

    def _mark_acked(
        self, ids: Sequence[str], results: Mapping[str, Any], summary: CycleSummary
    ) -> None:
        now = datetime.fromtimestamp(self.wall() / 1000, tz=UTC)
        # The op ids by answer: nearly all of a batch share one, and go in one statement.
        answered: dict[tuple[str, str | None], list[str]] = {}
        for op_id in ids:
            result = results.get(op_id)
            if result is None:
                continue
            outcome = str(result.get("outcome") or "applied")
            reason = result.get("reason")
            summary.pushed += 1
            if outcome == "duplicate":
                # Sent before, and the answer lost: what the server answered then is what
                # happened to the op (a refusal stays a refusal, with its reason).
                outcome = str(result.get("first_outcome") or "duplicate")
                if outcome != "rejected":
                    summary.duplicate += 1
            elif outcome != "rejected":
                summary.applied += 1
            answered.setdefault((outcome, None if reason is None else str(reason)[:80]), []).append(
                op_id
            )
            if outcome == "rejected":
                summary.rejected += 1
                key = str(reason or "")
                summary.reasons[key] = summary.reasons.get(key, 0) + 1
        if not answered:
            return
        table = Base.metadata.tables[OutboxOp.__tablename__]
        with self.database.apply() as session:
            connection = session.connection()
            for (outcome, reason), op_ids in answered.items():
                for start in range(0, len(op_ids), MARK_CHUNK):
                    connection.execute(
                        update(table)
                        .where(table.c.op_id.in_(op_ids[start : start + MARK_CHUNK]))
                        .values(acked_at=now, outcome=outcome, reason=reason)
                    )
            apply.write_state(connection, {"last_push_at": now})

    # --- pull ---------------------------------------------------------------------------------

    def pull(self, summary: CycleSummary) -> bool:
        """Pull until no more; False when the server asked for a resync (its transaction
        ids went back: restored or moved), which is then prepared."""
        with self.database.read() as session:
            state = apply.read_state(session.connection())
        if state["schema_revision"] != SCHEMA_REVISION and (
            state["pull_cursor"] is not None or state["bootstrap_horizon"] is not None
        ):
            # This desk was upgraded since it last pulled: what its older version left out
            # (rows of tables, columns it did not know) comes only with a full resync.
            with self._state() as connection:
                apply.write_state(connection, dict.fromkeys(_RESYNC_STATE))
                state = apply.read_state(connection)
            summary.resynced = True
            log.info("this desk was upgraded since it last synced: full resync")
        if state["pull_cursor"] is None:
            self.bootstrap(summary, state)
            with self.database.read() as session:
                state = apply.read_state(session.connection())
        cursor = state["pull_cursor"]
        while True:
            answer = self.call(
                "pull", {"node_id": self.node_id, "cursor": cursor, "limit": self.pull_page}
            )
            if answer.get("status") == "resync_required":
                with self._state() as connection:
                    self._server_was_restored(connection)
                summary.resynced = True
                return False
            rows = list(answer.get("rows") or [])
            new_cursor = answer.get("cursor") or cursor
            result = apply.apply_page(
                self.database,
                rows,
                state={
                    "pull_cursor": new_cursor,
                    "last_pull_at": self._now(),
                    "schema_revision": SCHEMA_REVISION,
                },
            )
            self._count(summary, result)
            if not answer.get("more") or new_cursor == cursor:
                return True
            cursor = new_cursor

    def bootstrap(self, summary: CycleSummary, state: Mapping[str, Any]) -> None:
        """A new desk: every table by pages, then pull from the horizon taken first."""
        summary.bootstrapped = True
        served = self._server_entities
        entities = [e for e in apply.entity_order() if served is None or e in served]
        horizon = state["bootstrap_horizon"]
        entity = state["bootstrap_entity"]
        after_id = state["bootstrap_after_id"]
        if horizon is None:
            horizon = str(self.call("horizon", {"node_id": self.node_id})["cursor"])
            entity, after_id = entities[0], None
            with self._state() as connection:
                apply.write_state(
                    connection,
                    {
                        "bootstrap_horizon": horizon,
                        "bootstrap_entity": entity,
                        "bootstrap_after_id": None,
                    },
                )
        start = entities.index(entity) if entity in entities else 0
        for position in range(start, len(entities)):
            entity = entities[position]
            following = entities[position + 1] if position + 1 < len(entities) else None
            while True:
                answer = self.call(
                    "bootstrap",
                    {
                        "node_id": self.node_id,
                        "entity": entity,
                        "after_id": after_id,
                        "limit": self.bootstrap_page,
                    },
                )
                rows = list(answer.get("rows") or [])
                # The last id the server read (rows it does not send this desk included).
                last = answer.get("after_id") or (rows[-1]["id"] if rows else None)
                more = bool(answer.get("more", len(rows) >= self.bootstrap_page))
                more = more and last is not None and last != after_id
                after_id = None if last is None else str(last)
                progress: dict[str, object] = (
                    {"bootstrap_entity": entity, "bootstrap_after_id": after_id}
                    if more
                    else {"bootstrap_entity": following, "bootstrap_after_id": None}
                )
                if not more and following is None:
                    progress = {
                        "pull_cursor": horizon,
                        "bootstrap_horizon": None,
                        "bootstrap_entity": None,
                        "bootstrap_after_id": None,
                        "last_pull_at": self._now(),
                    }
                progress["schema_revision"] = SCHEMA_REVISION
                result = apply.apply_page(self.database, rows, state=progress, refresh=True)
                self._count(summary, result)
                if not more:
                    break
            after_id = None

    # --- helpers ------------------------------------------------------------------------------

    @contextmanager
    def _state(self) -> Iterator[Any]:
        with self.database.apply() as session:
            yield session.connection()

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.wall() / 1000, tz=UTC)

    def _count(self, summary: CycleSummary, result: apply.PageResult) -> None:
        summary.pulled += result.received
        summary.pulled_applied += result.applied
        if self.on_page_applied is not None:
            self.on_page_applied(result)


def _runs_by_node(
    pending: Sequence[tuple[str, str, str]],
) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The ops in order, cut where the node of their stamp changes. The server takes a stamp
    only from the node that made it: ops written before this file took a new node id (a
    restored backup) go under the id they were stamped with, which is this site's too."""
    runs: list[tuple[str, list[tuple[str, str, str]]]] = []
    for item in pending:
        if runs and runs[-1][0] == item[1]:
            runs[-1][1].append(item)
        else:
            runs.append((item[1], [item]))
    return runs


def run_once(
    database: Database,
    url: str,
    password: str | None,
    **options: Any,
) -> CycleSummary:
    """One cycle, then the connection is closed; the URL (without password) is remembered."""
    started = time.perf_counter()
    with SyncClient(database, url, password, **options) as client:
        summary = client.run_cycle()
    with database.apply() as session:
        apply.write_state(session.connection(), {"central_url": url_without_password(url)})
    log.info("sync cycle done in %.0f ms", (time.perf_counter() - started) * 1000)
    return summary
