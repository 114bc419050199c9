"""The central store's versioned migrations, in order (``lam_central.schema_version``).

Each migration runs once, in the transaction of ``central init``, as the owner role of the
central store. Changes are additive (DESIGN.md §5.7): a later version adds tables, columns or
indexes; it never rewrites what a desk may still rely on. The tables of the synced entities
are not written here: they are generated from the models at every init (lam_desk.central.schema),
and the ``sync_api`` functions are replaced at every init (lam_desk.central.functions).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


_V1_CENTRAL_STORE = """
-- One row: the identity of this store. A restored server gets a new one (DESIGN.md §5.6).
CREATE TABLE lam_central.incarnation (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now(),
    one_row boolean NOT NULL DEFAULT true UNIQUE CHECK (one_row)
);

-- Facts of the store: the window of desk schema revisions it accepts.
CREATE TABLE lam_central.setting (
    key text PRIMARY KEY,
    value text NOT NULL
);

-- The sites of the network (lam_desk.domain.network): a row's owner column holds a site id,
-- logins are given per site code; an antenna is served by the login of its LAM.
CREATE TABLE lam_central.network_site (
    code text PRIMARY KEY,
    site_id text NOT NULL UNIQUE,
    parent_code text,
    name text NOT NULL
);

-- The synced entities, filled from the models at every init.
CREATE TABLE lam_central.entity (
    name text PRIMARY KEY,
    scope text NOT NULL CHECK (scope IN ('network', 'network_site_owned', 'site', 'home_site')),
    owner_column text,
    merge text NOT NULL CHECK (merge IN ('fields', 'insert_only', 'append_only')),
    fields text[] NOT NULL,
    mutable_after_insert text[] NOT NULL DEFAULT '{}',
    sql_insert text NOT NULL,
    sql_update text NOT NULL,
    desk_revision text NOT NULL
);

-- One login role per site; a coordinator login receives every scope.
CREATE TABLE lam_central.site_login (
    role_name text PRIMARY KEY,
    site_code text NOT NULL UNIQUE REFERENCES lam_central.network_site (code),
    coordinator boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);

-- The desks (SQLite files) seen by sync_api; a node id is bound to the site of its first call.
CREATE TABLE lam_central.node (
    node_id text PRIMARY KEY,
    site_code text NOT NULL,
    role_name text NOT NULL,
    first_seen timestamptz NOT NULL DEFAULT now(),
    last_push_at timestamptz,
    last_pull_at timestamptz,
    pull_cursor text,
    schema_version text
);

-- Which row changed in which transaction: pulls read it below the snapshot's xmin.
CREATE TABLE lam_central.change_log (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    entity text NOT NULL,
    row_id text NOT NULL,
    owner_site text,
    scope text NOT NULL,
    site_code text NOT NULL,
    op_id uuid,
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_log_xid_seq ON lam_central.change_log (xid, seq);

-- Every op id received, once: a resent op is a "duplicate" and applies nothing.
CREATE TABLE lam_central.applied_op (
    op_id uuid PRIMARY KEY,
    node_id text NOT NULL,
    site_code text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    outcome text NOT NULL CHECK (outcome IN ('applied', 'rejected')),
    reason text
);

-- Concurrent edits of one field: the value kept and the value that lost, both kept.
CREATE TABLE lam_central.conflict (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity text NOT NULL,
    row_id text NOT NULL,
    field text NOT NULL,
    kept_value jsonb,
    kept_hlc text,
    lost_value jsonb,
    lost_hlc text,
    op_id uuid,
    site_code text,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conflict_entity_row ON lam_central.conflict (entity, row_id);
"""

_V2_WRITERS = """
-- Which logins write an entity's rows (the models' __writers__): any site, the coordinator
-- only (reference rows), or the site the row names in writer_column (or the coordinator).
ALTER TABLE lam_central.entity
    ADD COLUMN writers text NOT NULL DEFAULT 'any'
        CHECK (writers IN ('any', 'coordinator', 'owner')),
    ADD COLUMN writer_column text;
"""

_V3_ERASURE = """
-- Erasure (DESIGN.md §6, the models' __erased_*__): the column whose non-null value marks a
-- row erased, what each personal field holds once erased, the fields an erasure may keep
-- (restricted) as a whole, and for rows erased with another row, the column naming it and
-- its entity. apply_op refuses later edits of an erased row (reason "erased").
ALTER TABLE lam_central.entity
    ADD COLUMN erased_column text,
    ADD COLUMN erased_values jsonb NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN erased_kept text[] NOT NULL DEFAULT '{}',
    ADD COLUMN erased_with_column text,
    ADD COLUMN erased_with_entity text;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "central_store", _V1_CENTRAL_STORE),
    Migration(2, "writers", _V2_WRITERS),
    Migration(3, "erasure", _V3_ERASURE),
)

LATEST = MIGRATIONS[-1].version
