"""The server side of sync in plpgsql: the merge rule and the ``sync_api`` functions.

Replaced as a whole at every ``central init`` (CREATE OR REPLACE), owned by the store's owner
role. The ``sync_api`` functions are SECURITY DEFINER with a fixed search_path and
schema-qualified names; the site comes from ``session_user`` through ``lam_central.site_login``,
never from the payload. Rejections of one op are raised with SQLSTATE ``LD001`` and the reason
code as message, inside the op's own subtransaction (a plpgsql BEGIN/EXCEPTION block).

Push takes the new rows of a batch first, together (``lam_central.insert_new_rows``: one
statement per entity, no merge needed, no conflict possible), in one subtransaction for them
all; any error there undoes them all and every op of the batch goes the per-op way, where a bad
op is rejected alone. Every other op (an edit, a row met twice in the batch, a resent op id, an
owner to refuse) goes the per-op way: ``apply_op`` in its own subtransaction. Each
subtransaction that writes takes a subtransaction id, and beyond 64 in one transaction the
snapshots of every other session get slower; the new rows of a batch take one between them.

Erasure (DESIGN.md §6: later edits to an erased member are refused), from the models'
``__erased_*__`` kept in ``lam_central.entity``. A row is *erased* when its erased column is set
(a member's ``erased_at``), or, for a row erased with another (a member's contact), when that
row is. Per op, in ``apply_op``, whatever the stamps:

- On a row erased before the op, the op is refused (reason ``erased``) unless every field it
  gives keeps its current value, or takes its erased value (``""``, null, ``"-"``, false…: the
  purge wiping a restricted identity), or is the mark set to another erasure's moment; it may
  not revive the row (a greater odd causal length) nor make a new row erased with an erased one
  (a contact for an erased member). So ``merged_into_id``, ``card_number``, ``home_site_id``
  and the rest are frozen: an erased card is merged into no one (that would tie the erased
  person's history to a living member) and has no new number. A refused op puts the row in the
  change log again, so the desk that sent it pulls the erased state over its own.
- Stamps cannot order an erasure after an edit made offline: the desk that edited did not know.
  So once the row is erased after the op, the fields the op sets to their erased value win
  whatever their stamps; and the op that erases also wipes every erased field it may not keep
  (``__erased_kept__``: a learner's identity kept, restricted, for funded training) even when it
  does not name it (the field was already wiped at its desk while another desk's edit reached
  the store), the kept fields as a whole when it wipes one of them, and sets the mark. Each
  forced field's clock becomes the greater of its clock and the op's stamp, never less than
  what the store held, and desks take an erased row's wiped values whatever the clocks
  (lam_desk.sync.apply). Conflict records of the wiped fields lose their values.
- The op that erases also wipes and deletes the rows erased with the row (its member's contacts,
  at whatever site), with a change-log row each (``lam_central.erase_dependents``).

The new-rows fast path takes no op that carries a set erased column, nor a row erased with an
erased one; an erased row is never new, so every other op on it goes through ``apply_op``.
"""

from __future__ import annotations

FUNCTIONS_SQL = r"""
-- The merge rule (lam_desk/sync/merge.py is the same rule in Python; tests/sync/merge_vectors.json
-- holds the cases both pass). current: {"values", "field_clocks", "cl"} or null;
-- incoming: {"fields": {name: {"value", "hlc", "base"?}}, "cl"}. Stamps compare as bytes.
CREATE OR REPLACE FUNCTION lam_central.merge_row(current jsonb, incoming jsonb)
RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    fields jsonb := coalesce(incoming -> 'fields', '{}'::jsonb);
    vals jsonb := '{}'::jsonb;
    clocks jsonb := '{}'::jsonb;
    current_clocks jsonb;
    star text;
    name text;
    f jsonb;
    before text;
    stamp text;
    wins boolean;
    current_value jsonb;
    new_value jsonb;
    conflict_names text[] := '{}';
    details jsonb[] := '{}';
    taken text[] := '{}';
BEGIN
    IF current IS NULL OR jsonb_typeof(current) = 'null' THEN
        FOR name, f IN SELECT key, value FROM jsonb_each(fields) LOOP
            IF name <> 'cl' THEN
                vals := vals || jsonb_build_object(name, coalesce(f -> 'value', 'null'::jsonb));
                taken := taken || name;
            END IF;
            IF f ->> 'hlc' IS NOT NULL THEN
                clocks := clocks || jsonb_build_object(name, f ->> 'hlc');
            END IF;
        END LOOP;
        RETURN jsonb_build_object(
            'values', vals, 'field_clocks', clocks, 'cl', (incoming ->> 'cl')::integer,
            'conflicts', '[]'::jsonb, 'conflict_details', '[]'::jsonb,
            'taken', to_jsonb(taken), 'created', true);
    END IF;

    vals := coalesce(current -> 'values', '{}'::jsonb);
    current_clocks := coalesce(current -> 'field_clocks', '{}'::jsonb);
    IF jsonb_typeof(current_clocks) <> 'object' THEN
        current_clocks := '{}'::jsonb;
    END IF;
    star := current_clocks ->> '*';
    -- The clocks, expanded over the current values, the incoming fields and "cl".
    SELECT coalesce(jsonb_object_agg(k.name, k.before) FILTER (WHERE k.before IS NOT NULL),
                    '{}'::jsonb)
    INTO clocks
    FROM (SELECT n.name, CASE WHEN current_clocks ? n.name THEN current_clocks ->> n.name
                              ELSE star END AS before
          FROM (SELECT jsonb_object_keys(vals) AS name
                UNION SELECT jsonb_object_keys(fields)
                UNION SELECT 'cl') AS n) AS k;

    FOR name, f IN SELECT key, value FROM jsonb_each(fields) LOOP
        before := clocks ->> name;
        stamp := f ->> 'hlc';
        wins := stamp IS NOT NULL AND (before IS NULL OR stamp COLLATE "C" > before COLLATE "C");
        current_value := coalesce(vals -> name, 'null'::jsonb);
        new_value := coalesce(f -> 'value', 'null'::jsonb);
        IF name <> 'cl' AND f ? 'base' AND (f ->> 'base') IS DISTINCT FROM before
                AND new_value <> current_value THEN
            conflict_names := conflict_names || name;
            IF wins THEN
                details := details || jsonb_build_object(
                    'field', name, 'kept_value', new_value, 'kept_hlc', stamp,
                    'lost_value', current_value, 'lost_hlc', before);
            ELSE
                details := details || jsonb_build_object(
                    'field', name, 'kept_value', current_value, 'kept_hlc', before,
                    'lost_value', new_value, 'lost_hlc', stamp);
            END IF;
        END IF;
        IF wins THEN
            clocks := clocks || jsonb_build_object(name, stamp);
            IF name <> 'cl' THEN
                vals := vals || jsonb_build_object(name, new_value);
                taken := taken || name;
            END IF;
        END IF;
    END LOOP;

    RETURN jsonb_build_object(
        'values', vals,
        'field_clocks', clocks,
        'cl', greatest((current ->> 'cl')::integer, (incoming ->> 'cl')::integer),
        'conflicts', (SELECT coalesce(jsonb_agg(c ORDER BY c COLLATE "C"), '[]'::jsonb)
                      FROM unnest(conflict_names) AS c),
        'conflict_details', to_jsonb(details),
        'taken', to_jsonb(taken),
        'created', false);
END
$fn$;

CREATE OR REPLACE FUNCTION lam_central.now_ms()
RETURNS bigint
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$ SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint $fn$;

-- Is this a stamp the pushing node may send? "WWWWWWWWWWWWWWW.CCCCCC.<its node id>", its wall
-- no further ahead of the server's clock than a desk's clock may be (two minutes, DESIGN.md
-- §5.2): a stamp far ahead, or of another width, would win every later write for good.
-- login carries "node" and "max_wall" (set by push).
CREATE OR REPLACE FUNCTION lam_central.stamp_ok(p_stamp text, login jsonb)
RETURNS boolean
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT coalesce(CASE WHEN p_stamp ~ '^[0-9]{15}\.[0-9]{6}\.'
                         THEN substr(p_stamp, 24) = login ->> 'node'
                              AND left(p_stamp, 15)::bigint <= (login ->> 'max_wall')::bigint
                    END, false)
$fn$;

-- The login of this session: {"role", "site", "coordinator", "served": [codes it writes]}.
CREATE OR REPLACE FUNCTION lam_central.session_login()
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    login lam_central.site_login%ROWTYPE;
BEGIN
    SELECT * INTO login FROM lam_central.site_login WHERE role_name = session_user;
    IF NOT FOUND OR login.revoked_at IS NOT NULL THEN
        RAISE EXCEPTION 'this login is not an active site login of the network'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN jsonb_build_object(
        'role', login.role_name,
        'site', login.site_code,
        'coordinator', login.coordinator,
        'served', (SELECT coalesce(jsonb_agg(s.code ORDER BY s.code), '[]'::jsonb)
                   FROM lam_central.network_site s
                   WHERE s.code = login.site_code OR s.parent_code = login.site_code));
END
$fn$;

-- Record the node; a node id stays bound to the site of its first call.
CREATE OR REPLACE FUNCTION lam_central.bind_node(login jsonb, p_node_id text, p_schema text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    bound text;
BEGIN
    IF p_node_id IS NULL OR length(p_node_id) NOT BETWEEN 1 AND 64 THEN
        RAISE EXCEPTION 'node_id is missing or too long' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO lam_central.node (node_id, site_code, role_name, schema_version)
    VALUES (p_node_id, login ->> 'site', login ->> 'role', p_schema)
    ON CONFLICT (node_id) DO NOTHING;
    SELECT site_code INTO bound FROM lam_central.node WHERE node_id = p_node_id;
    IF bound IS DISTINCT FROM login ->> 'site' THEN
        RAISE EXCEPTION 'this node belongs to another site' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_schema IS NOT NULL THEN
        UPDATE lam_central.node SET schema_version = p_schema, role_name = login ->> 'role'
        WHERE node_id = p_node_id
          AND (schema_version IS DISTINCT FROM p_schema OR role_name <> login ->> 'role');
    END IF;
END
$fn$;

-- "ok" when the desk's schema revision ("0004_..." : its number) is in the accepted window.
CREATE OR REPLACE FUNCTION lam_central.version_status(p_schema text)
RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    number integer := substring(coalesce(p_schema, '') FROM '^([0-9]{1,9})')::integer;
    low integer;
    high integer;
BEGIN
    SELECT value::integer INTO low FROM lam_central.setting WHERE key = 'desk_revision_min';
    SELECT value::integer INTO high FROM lam_central.setting WHERE key = 'desk_revision_max';
    IF number IS NULL OR number < coalesce(low, 1) OR number > coalesce(high, number) THEN
        RETURN 'upgrade_required';
    END IF;
    RETURN 'ok';
END
$fn$;

-- Does this login receive a row of this scope owned by this site?
CREATE OR REPLACE FUNCTION lam_central.receives(login jsonb, p_scope text, p_owner text)
RETURNS boolean
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT p_scope IN ('network', 'network_site_owned')
        OR (login ->> 'coordinator')::boolean
        OR (p_owner IS NOT NULL AND (login -> 'served') ? p_owner)
$fn$;

-- Does this login write for the site of this id (its own site or one of its antennas)?
CREATE OR REPLACE FUNCTION lam_central.serves(login jsonb, p_site_id text)
RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT EXISTS (SELECT 1 FROM lam_central.network_site AS s
                   WHERE s.site_id = p_site_id AND (login -> 'served') ? s.code)
$fn$;

-- Is the row of this entity erased (its erased column set)? False for no row, or an entity
-- without erasure.
CREATE OR REPLACE FUNCTION lam_central.is_erased(p_entity text, p_id text)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    v_column text;
    v_erased boolean;
BEGIN
    IF p_id IS NULL THEN
        RETURN false;
    END IF;
    SELECT e.erased_column INTO v_column FROM lam_central.entity AS e WHERE e.name = p_entity;
    IF v_column IS NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('SELECT %I IS NOT NULL FROM lam_central.%I WHERE id = $1',
                   v_column, p_entity)
        INTO v_erased USING p_id;
    RETURN coalesce(v_erased, false);
END
$fn$;

-- A row just erased takes the rows erased with it (erased_with_entity: a member's contacts):
-- their personal fields wiped and the rows deleted (even causal length), each wiped field's
-- clock and the cl clock at least p_stamp (the erasure's), one change-log row each so their
-- site pulls them. Conflict records of those fields lose their values.
CREATE OR REPLACE FUNCTION lam_central.erase_dependents(
    p_entity text, p_id text, p_stamp text, p_op_id uuid, p_site text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
AS $fn$
DECLARE
    dep lam_central.entity%ROWTYPE;
    v_keys text[];
    v_columns text;
    v_ids text[];
BEGIN
    FOR dep IN SELECT * FROM lam_central.entity AS e WHERE e.erased_with_entity = p_entity LOOP
        v_keys := ARRAY(SELECT jsonb_object_keys(dep.erased_values));
        CONTINUE WHEN cardinality(v_keys) = 0;
        SELECT string_agg(quote_ident(k), ', ') INTO v_columns FROM unnest(v_keys) AS k;
        EXECUTE format(
            'WITH w AS ('
            '  UPDATE lam_central.%1$I AS t SET (%2$s) ='
            '      (SELECT %2$s FROM jsonb_populate_record(NULL::lam_central.%1$I, $2)),'
            '    cl = t.cl + t.cl %% 2,'
            '    field_clocks = t.field_clocks || (SELECT jsonb_object_agg(k, CASE'
            '        WHEN coalesce(t.field_clocks ->> k, t.field_clocks ->> ''*'') COLLATE "C"'
            '             > $3 COLLATE "C"'
            '        THEN coalesce(t.field_clocks ->> k, t.field_clocks ->> ''*'') ELSE $3 END)'
            '      FROM unnest($4::text[]) AS k),'
            '    last_xid = pg_current_xact_id()'
            '  WHERE t.%3$I = $1'
            '    AND (t.cl %% 2 = 1 OR EXISTS (SELECT 1 FROM jsonb_each($2) AS v'
            '                                  WHERE to_jsonb(t) -> v.key <> v.value))'
            '  RETURNING t.id, t.owner_site),'
            ' l AS (INSERT INTO lam_central.change_log'
            '         (entity, row_id, owner_site, scope, site_code, op_id)'
            '       SELECT $5, w.id, w.owner_site, $6, $7, $8 FROM w)'
            ' SELECT coalesce(array_agg(w.id), ''{}'') FROM w',
            dep.name, v_columns, dep.erased_with_column)
            INTO v_ids
            USING p_id, dep.erased_values, p_stamp, v_keys || 'cl'::text, dep.name, dep.scope,
                  p_site, p_op_id;
        UPDATE lam_central.conflict AS c
        SET kept_value = dep.erased_values -> c.field, lost_value = dep.erased_values -> c.field
        WHERE c.entity = dep.name AND c.row_id = ANY (v_ids) AND c.field = ANY (v_keys);
    END LOOP;
END
$fn$;

-- An op refused because its row is erased: the row goes in the change log again, so the desk
-- that sent the op pulls the erased state back over what it holds.
CREATE OR REPLACE FUNCTION lam_central.log_erased_refusal(login jsonb, p_op_id uuid, op jsonb)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    ent lam_central.entity%ROWTYPE;
    v_owner text;
    v_found boolean;
BEGIN
    SELECT * INTO ent FROM lam_central.entity AS e WHERE e.name = op ->> 'entity';
    IF NOT FOUND THEN
        RETURN;
    END IF;
    EXECUTE format('SELECT true, owner_site FROM lam_central.%I WHERE id = $1', ent.name)
        INTO v_found, v_owner USING op ->> 'row_id';
    IF v_found THEN
        INSERT INTO lam_central.change_log (entity, row_id, owner_site, scope, site_code, op_id)
        VALUES (ent.name, op ->> 'row_id', v_owner, ent.scope, login ->> 'site', p_op_id);
    END IF;
END
$fn$;

-- Apply one op (already recorded in applied_op); a refusal raises LD001 with its reason.
CREATE OR REPLACE FUNCTION lam_central.apply_op(login jsonb, p_op_id uuid, op jsonb)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
AS $fn$
DECLARE
    ent lam_central.entity%ROWTYPE;
    v_row_id text := op ->> 'row_id';
    v_cl integer;
    given jsonb;
    normalized jsonb;
    incoming jsonb;
    cur jsonb;
    state jsonb;
    merged jsonb;
    record_value jsonb;
    owner_value text;
    after_owner text;
    done text;
    name text;
    detail jsonb;
    attempt integer;
    v_erased_before boolean;
    v_erasing boolean;
    forced text[];
    v_clock text;
    v_stamp text;
BEGIN
    SELECT * INTO ent FROM lam_central.entity WHERE entity.name = op ->> 'entity';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown_entity' USING ERRCODE = 'LD001';
    END IF;
    IF v_row_id IS NULL OR length(v_row_id) NOT BETWEEN 1 AND 64 THEN
        RAISE EXCEPTION 'invalid_row_id' USING ERRCODE = 'LD001';
    END IF;
    IF jsonb_typeof(op -> 'fields') IS DISTINCT FROM 'object'
            OR jsonb_typeof(op -> 'cl') IS DISTINCT FROM 'number' THEN
        RAISE EXCEPTION 'invalid_op' USING ERRCODE = 'LD001';
    END IF;
    v_cl := (op ->> 'cl')::integer;
    IF v_cl < 1 THEN
        RAISE EXCEPTION 'invalid_op' USING ERRCODE = 'LD001';
    END IF;
    FOR name IN SELECT jsonb_object_keys(op -> 'fields') LOOP
        IF name <> 'cl' AND NOT name = ANY (ent.fields) THEN
            RAISE EXCEPTION 'unknown_field' USING ERRCODE = 'LD001';
        END IF;
        IF jsonb_typeof(op -> 'fields' -> name) IS DISTINCT FROM 'object' THEN
            RAISE EXCEPTION 'invalid_op' USING ERRCODE = 'LD001';
        END IF;
    END LOOP;
    -- The op's stamp and every field's: this node's, well formed, not from the future.
    IF NOT lam_central.stamp_ok(op ->> 'hlc', login) THEN
        RAISE EXCEPTION 'invalid_stamp' USING ERRCODE = 'LD001';
    END IF;
    FOR name IN
        SELECT e.key FROM jsonb_each(op -> 'fields') AS e
        WHERE NOT lam_central.stamp_ok(e.value ->> 'hlc', login)
    LOOP
        RAISE EXCEPTION 'invalid_stamp' USING ERRCODE = 'LD001';
    END LOOP;

    SELECT coalesce(jsonb_object_agg(e.key, coalesce(e.value -> 'value', 'null'::jsonb)), '{}')
    INTO given
    FROM jsonb_each(op -> 'fields') AS e WHERE e.key <> 'cl';

    FOR attempt IN 1..2 LOOP
        -- Values pass through the column types, so they are stored and compared in one form
        -- (a date that is not a date fails here, and the op is rejected as invalid_value);
        -- the current row, locked, in the same statement.
        EXECUTE format(
            'SELECT to_jsonb(r), (SELECT to_jsonb(t) FROM lam_central.%1$I AS t'
            '                     WHERE t.id = $2 FOR UPDATE)'
            ' FROM jsonb_populate_record(NULL::lam_central.%1$I, $1) AS r', ent.name)
            INTO normalized, cur USING given, v_row_id;
        IF attempt = 1 THEN
            SELECT jsonb_build_object(
                       'fields', coalesce(jsonb_object_agg(e.key, CASE WHEN e.key = 'cl'
                           THEN e.value
                           ELSE e.value || jsonb_build_object('value', normalized -> e.key) END),
                           '{}'),
                       'cl', v_cl)
            INTO incoming
            FROM jsonb_each(op -> 'fields') AS e;
        END IF;
        IF cur IS NULL THEN
            state := NULL;
        ELSE
            state := jsonb_build_object(
                'values', cur - ARRAY['id', 'field_clocks', 'cl', 'owner_site', 'last_xid'],
                'field_clocks', cur -> 'field_clocks',
                'cl', (cur ->> 'cl')::integer);
            -- The row's owner before the op must be a site of this login (the coordinator
            -- writes every site's rows of an entity written by the site the row names).
            IF cur ->> 'owner_site' IS NOT NULL
                    AND NOT (login -> 'served') ? (cur ->> 'owner_site')
                    AND NOT (ent.writers = 'owner' AND (login ->> 'coordinator')::boolean) THEN
                RAISE EXCEPTION 'not_owner' USING ERRCODE = 'LD001';
            END IF;
            -- Insert-only and append-only rows: no change after the insert beyond what the
            -- entity allows, and no deletion.
            IF ent.merge <> 'fields' THEN
                IF v_cl > (cur ->> 'cl')::integer THEN
                    RAISE EXCEPTION '%', ent.merge USING ERRCODE = 'LD001';
                END IF;
                FOR name IN
                    SELECT e.key FROM jsonb_each(incoming -> 'fields') AS e
                    WHERE e.key <> 'cl' AND NOT e.key = ANY (ent.mutable_after_insert)
                      AND coalesce(e.value -> 'value', 'null'::jsonb)
                          <> coalesce(cur -> e.key, 'null'::jsonb)
                LOOP
                    RAISE EXCEPTION '%', ent.merge USING ERRCODE = 'LD001';
                END LOOP;
            END IF;
        END IF;

        -- Erasure (DESIGN.md §6; the rule is in this module's text). Erased before the op:
        -- the row's own mark, or (a member's contact) the mark of the row it is erased with,
        -- as it was or as the op would make it.
        v_erased_before := false;
        IF ent.erased_column IS NOT NULL THEN
            v_erased_before := cur ->> ent.erased_column IS NOT NULL;
        END IF;
        IF ent.erased_with_column IS NOT NULL THEN
            v_erased_before := v_erased_before
                OR lam_central.is_erased(ent.erased_with_entity, cur ->> ent.erased_with_column)
                OR (given ? ent.erased_with_column AND lam_central.is_erased(
                        ent.erased_with_entity, normalized ->> ent.erased_with_column));
        END IF;
        v_erasing := NOT v_erased_before AND ent.erased_column IS NOT NULL
            AND given ? ent.erased_column
            AND coalesce(normalized -> ent.erased_column, 'null'::jsonb) <> 'null'::jsonb;
        IF v_erased_before THEN
            -- No revival (a greater odd causal length), no new row, and no field changed but
            -- to its erased value (or the mark to another erasure's moment).
            IF v_cl % 2 = 1 AND (cur IS NULL OR v_cl > (cur ->> 'cl')::integer) THEN
                RAISE EXCEPTION 'erased' USING ERRCODE = 'LD001';
            END IF;
            FOR name IN
                SELECT e.key FROM jsonb_each(given) AS e
                WHERE coalesce(normalized -> e.key, 'null'::jsonb)
                          IS DISTINCT FROM coalesce(cur -> e.key, 'null'::jsonb)
                  AND NOT (ent.erased_values ? e.key
                           AND coalesce(normalized -> e.key, 'null'::jsonb)
                               = ent.erased_values -> e.key)
                  AND NOT (e.key IS NOT DISTINCT FROM ent.erased_column
                           AND coalesce(normalized -> e.key, 'null'::jsonb) <> 'null'::jsonb)
            LOOP
                RAISE EXCEPTION 'erased' USING ERRCODE = 'LD001';
            END LOOP;
        END IF;
        -- The fields the op wipes win whatever their stamps, once the row is erased after it:
        -- those it sets to their erased value; when it erases, also every erased field it may
        -- not keep, the fields kept together when it wipes one of them, and the mark.
        forced := '{}';
        IF v_erased_before OR v_erasing THEN
            forced := ARRAY(SELECT e.key FROM jsonb_each(ent.erased_values) AS e
                            WHERE given ? e.key
                              AND coalesce(normalized -> e.key, 'null'::jsonb) = e.value);
        END IF;
        IF v_erasing THEN
            forced := forced || ARRAY(SELECT e.key FROM jsonb_each(ent.erased_values) AS e
                                      WHERE NOT e.key = ANY (ent.erased_kept));
            IF forced && ent.erased_kept THEN
                forced := forced || ent.erased_kept;
            END IF;
            forced := forced || ent.erased_column;
        END IF;

        merged := lam_central.merge_row(state, incoming);

        FOR name IN SELECT DISTINCT f FROM unnest(forced) AS f LOOP
            v_stamp := coalesce(op -> 'fields' -> name ->> 'hlc', op ->> 'hlc');
            v_clock := merged -> 'field_clocks' ->> name;
            IF v_clock IS NULL OR v_stamp COLLATE "C" > v_clock COLLATE "C" THEN
                v_clock := v_stamp;
            END IF;
            merged := jsonb_set(merged, ARRAY['values', name],
                                coalesce(ent.erased_values -> name, normalized -> name));
            merged := jsonb_set(merged, ARRAY['field_clocks', name], to_jsonb(v_clock));
        END LOOP;

        -- The row's owner after the op must be a site of this login too.
        after_owner := NULL;
        IF ent.owner_column IS NOT NULL THEN
            owner_value := merged -> 'values' ->> ent.owner_column;
            IF owner_value IS NULL THEN
                IF ent.scope IN ('site', 'home_site')
                        AND NOT (login ->> 'coordinator')::boolean THEN
                    RAISE EXCEPTION 'owner_required' USING ERRCODE = 'LD001';
                END IF;
            ELSE
                SELECT s.code INTO after_owner
                FROM lam_central.network_site AS s WHERE s.site_id = owner_value;
                IF after_owner IS NULL THEN
                    RAISE EXCEPTION 'unknown_site' USING ERRCODE = 'LD001';
                END IF;
                IF NOT (login -> 'served') ? after_owner
                        AND NOT (ent.writers = 'owner' AND (login ->> 'coordinator')::boolean)
                THEN
                    RAISE EXCEPTION 'not_owner' USING ERRCODE = 'LD001';
                END IF;
            END IF;
        END IF;

        -- Who writes this entity's rows (DESIGN.md §4, the models' __writers__): reference
        -- rows only the coordinator; rows written by the site they name (staff accounts:
        -- their home site; events and service offers: their site) only that site, before
        -- and after the op, and a row naming no site only the coordinator.
        IF ent.writers <> 'any' AND NOT (login ->> 'coordinator')::boolean THEN
            IF ent.writers = 'coordinator' THEN
                RAISE EXCEPTION 'coordinator_only' USING ERRCODE = 'LD001';
            END IF;
            IF cur IS NOT NULL AND NOT lam_central.serves(login, cur ->> ent.writer_column) THEN
                RAISE EXCEPTION '%', CASE WHEN cur ->> ent.writer_column IS NULL
                                          THEN 'coordinator_only' ELSE 'not_owner' END
                    USING ERRCODE = 'LD001';
            END IF;
            IF merged -> 'values' ->> ent.writer_column IS NULL THEN
                RAISE EXCEPTION 'owner_required' USING ERRCODE = 'LD001';
            END IF;
            IF NOT lam_central.serves(login, merged -> 'values' ->> ent.writer_column) THEN
                RAISE EXCEPTION 'not_owner' USING ERRCODE = 'LD001';
            END IF;
        END IF;

        IF state IS NOT NULL AND merged -> 'values' = state -> 'values'
                AND merged -> 'field_clocks' = coalesce(state -> 'field_clocks', '{}'::jsonb)
                AND (merged ->> 'cl')::integer = (state ->> 'cl')::integer
                AND jsonb_array_length(merged -> 'conflict_details') = 0 THEN
            RETURN;  -- applied, and nothing changed: nothing to log, nothing to pull
        END IF;

        record_value := (merged -> 'values') || jsonb_build_object(
            'id', v_row_id,
            'field_clocks', merged -> 'field_clocks',
            'cl', (merged ->> 'cl')::integer,
            'owner_site', after_owner,
            'last_xid', pg_current_xact_id()::text);
        IF state IS NULL THEN
            EXECUTE ent.sql_insert INTO done USING record_value;
            IF done IS NULL THEN
                CONTINUE;  -- inserted meanwhile by another push: merge into it
            END IF;
        ELSE
            EXECUTE ent.sql_update USING record_value, v_row_id;
        END IF;

        FOR detail IN SELECT value FROM jsonb_array_elements(merged -> 'conflict_details') LOOP
            INSERT INTO lam_central.conflict (entity, row_id, field, kept_value, kept_hlc,
                                              lost_value, lost_hlc, op_id, site_code)
            VALUES (ent.name, v_row_id, detail ->> 'field', detail -> 'kept_value',
                    detail ->> 'kept_hlc', detail -> 'lost_value', detail ->> 'lost_hlc',
                    p_op_id, login ->> 'site');
        END LOOP;
        INSERT INTO lam_central.change_log (entity, row_id, owner_site, scope, site_code, op_id)
        VALUES (ent.name, v_row_id, after_owner, ent.scope, login ->> 'site', p_op_id);
        IF cardinality(forced) > 0 THEN
            -- Wiped values leave no trace in the conflict records either.
            UPDATE lam_central.conflict AS c
            SET kept_value = coalesce(ent.erased_values -> c.field, c.kept_value),
                lost_value = coalesce(ent.erased_values -> c.field, c.lost_value)
            WHERE c.entity = ent.name AND c.row_id = v_row_id AND c.field = ANY (forced)
              AND ent.erased_values ? c.field;
        END IF;
        IF v_erasing THEN
            PERFORM lam_central.erase_dependents(ent.name, v_row_id, op ->> 'hlc', p_op_id,
                                                login ->> 'site');
        END IF;
        RETURN;
    END LOOP;
    RAISE EXCEPTION 'row_busy' USING ERRCODE = 'LD001';
END
$fn$;

-- New rows in one statement per entity, when nothing can go wrong with them: the op is well
-- formed, its stamps are this node's and not from the future (as lam_central.stamp_ok), its
-- op id and its row appear once in the batch, the op id was never received, the row does not
-- exist, its owner is a site of this login, and this login writes the entity's rows (writers,
-- as apply_op checks them). An op that fails any of these is left to apply_op, which rejects
-- it alone. An op whose fields carry a base (the clock the desk read: an edit) is not tried
-- here: its row exists. Nothing to merge then (every field is taken, no conflict is
-- possible), so the merge rule is not called. Returns the ordinals (1-based) of the ops it
-- applied, with their results; the other ops go through apply_op, one subtransaction each.
-- Any error here undoes all of it (the caller's subtransaction) and every op goes the slow
-- way, where a bad op is rejected alone.
CREATE OR REPLACE FUNCTION lam_central.insert_new_rows(login jsonb, p_node text, ops jsonb)
RETURNS TABLE (n integer, result jsonb)
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
AS $fn$
DECLARE
    v_max_wall bigint := (login ->> 'max_wall')::bigint;
    v_entity text;
    v_scope text;
    v_fields text[];
    v_records jsonb;
    v_meta jsonb;
    v_columns text;
    v_inserted text[];
BEGIN
    FOR v_entity, v_scope, v_fields, v_records, v_meta IN
        WITH o AS (
            SELECT x.n::integer AS n, x.op,
                   x.op ->> 'op_id' AS op_id, x.op ->> 'entity' AS entity,
                   x.op ->> 'row_id' AS row_id,
                   count(*) OVER (PARTITION BY lower(x.op ->> 'op_id')) AS same_op_id,
                   count(*) OVER (PARTITION BY x.op ->> 'entity', x.op ->> 'row_id') AS same_row
            FROM jsonb_array_elements(ops) WITH ORDINALITY AS x(op, n)
            WHERE jsonb_typeof(x.op) = 'object'
        ), c AS (
            SELECT o.n, o.op,
                   CASE WHEN o.op_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                        THEN o.op_id::uuid END AS op_id, o.row_id, e.name, e.scope, e.fields,
                   e.owner_column, o.op -> 'fields' -> e.owner_column ->> 'value' AS owner_value,
                   e.writers, o.op -> 'fields' -> e.writer_column ->> 'value' AS writer_value
            FROM o JOIN lam_central.entity AS e ON e.name = o.entity
            WHERE o.same_op_id = 1 AND o.same_row = 1
              AND o.op_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
              AND length(o.row_id) BETWEEN 1 AND 64
              AND jsonb_typeof(o.op -> 'fields') = 'object'
              AND jsonb_typeof(o.op -> 'cl') = 'number'
              AND (o.op ->> 'cl') ~ '^[1-9][0-9]{0,8}$'
              -- An op that erases, or a row erased with one that is (a contact of an erased
              -- member: refused), goes through apply_op.
              AND (e.erased_column IS NULL
                   OR coalesce(jsonb_typeof(o.op -> 'fields' -> e.erased_column -> 'value'),
                               'null') = 'null')
              AND (e.erased_with_column IS NULL OR NOT lam_central.is_erased(
                       e.erased_with_entity,
                       o.op -> 'fields' -> e.erased_with_column ->> 'value'))
              -- The stamps as lam_central.stamp_ok checks them (written out: inlined).
              AND coalesce(CASE WHEN o.op ->> 'hlc' ~ '^[0-9]{15}\.[0-9]{6}\.'
                                THEN substr(o.op ->> 'hlc', 24) = p_node
                                     AND left(o.op ->> 'hlc', 15)::bigint <= v_max_wall
                           END, false)
              AND NOT EXISTS (
                  SELECT 1 FROM jsonb_each(o.op -> 'fields') AS f
                  WHERE jsonb_typeof(f.value) IS DISTINCT FROM 'object'
                     OR (f.key <> 'cl' AND NOT f.key = ANY (e.fields))
                     OR coalesce(jsonb_typeof(f.value -> 'base'), 'null') <> 'null'
                     OR NOT coalesce(CASE WHEN f.value ->> 'hlc' ~ '^[0-9]{15}\.[0-9]{6}\.'
                                          THEN substr(f.value ->> 'hlc', 24) = p_node
                                               AND left(f.value ->> 'hlc', 15)::bigint
                                                   <= v_max_wall
                                     END, false))
        ), k AS (
            SELECT c.*, s.code AS owner_site
            FROM c LEFT JOIN lam_central.network_site AS s ON s.site_id = c.owner_value
            WHERE NOT EXISTS (SELECT 1 FROM lam_central.applied_op AS a WHERE a.op_id = c.op_id)
              AND CASE
                  WHEN c.owner_column IS NULL THEN true
                  WHEN c.owner_value IS NULL THEN c.scope NOT IN ('site', 'home_site')
                                                  OR (login ->> 'coordinator')::boolean
                  WHEN c.writers = 'owner' AND (login ->> 'coordinator')::boolean
                      THEN s.code IS NOT NULL
                  ELSE s.code IS NOT NULL AND (login -> 'served') ? s.code
              END
              -- Who writes the entity's rows, as apply_op checks it.
              AND ((login ->> 'coordinator')::boolean OR CASE c.writers
                  WHEN 'any' THEN true
                  WHEN 'owner' THEN EXISTS (
                      SELECT 1 FROM lam_central.network_site AS w
                      WHERE w.site_id = c.writer_value AND (login -> 'served') ? w.code)
                  ELSE false
              END)
        )
        SELECT k.name, min(k.scope), min(k.fields),
               jsonb_agg(
                   coalesce((SELECT jsonb_object_agg(f.key, coalesce(f.value -> 'value',
                                                                     'null'::jsonb))
                             FROM jsonb_each(k.op -> 'fields') AS f WHERE f.key <> 'cl'),
                            '{}'::jsonb)
                   || jsonb_build_object(
                       'id', k.row_id,
                       'field_clocks',
                       coalesce((SELECT jsonb_object_agg(f.key, f.value ->> 'hlc')
                                 FROM jsonb_each(k.op -> 'fields') AS f
                                 WHERE f.value ->> 'hlc' IS NOT NULL), '{}'::jsonb),
                       'cl', (k.op ->> 'cl')::integer,
                       'owner_site', k.owner_site,
                       'last_xid', pg_current_xact_id()::text)
                   ORDER BY k.n),
               jsonb_agg(jsonb_build_object('n', k.n, 'op_id', k.op_id, 'row_id', k.row_id,
                                            'owner_site', k.owner_site) ORDER BY k.n)
        FROM k
        GROUP BY k.name
    LOOP
        SELECT string_agg(quote_ident(c), ', ')
        INTO v_columns
        FROM unnest(ARRAY['id'] || v_fields
                    || ARRAY['field_clocks', 'cl', 'owner_site', 'last_xid']) AS c;
        EXECUTE format(
            'WITH ins AS (INSERT INTO lam_central.%1$I (%2$s) SELECT %2$s'
            ' FROM jsonb_populate_recordset(NULL::lam_central.%1$I, $1)'
            ' ON CONFLICT (id) DO NOTHING RETURNING id)'
            ' SELECT coalesce(array_agg(id), ''{}'') FROM ins', v_entity, v_columns)
            INTO v_inserted USING v_records;
        -- A row that exists (another push made it meanwhile) is merged by apply_op.
        RETURN QUERY
        WITH m AS (
            SELECT m.n, m.op_id, m.row_id, m.owner_site
            FROM jsonb_to_recordset(v_meta) AS m(n integer, op_id uuid, row_id text,
                                                 owner_site text)
            JOIN unnest(v_inserted) AS i(id) ON i.id = m.row_id
        ), a AS (
            INSERT INTO lam_central.applied_op (op_id, node_id, site_code, outcome)
            SELECT m.op_id, p_node, login ->> 'site', 'applied' FROM m ORDER BY m.n
        ), l AS (
            INSERT INTO lam_central.change_log (entity, row_id, owner_site, scope, site_code,
                                                op_id)
            SELECT v_entity, m.row_id, m.owner_site, v_scope, login ->> 'site', m.op_id
            FROM m ORDER BY m.n
        )
        SELECT m.n, jsonb_build_object('op_id', m.op_id, 'outcome', 'applied') FROM m;
    END LOOP;
END
$fn$;

-- The current state of rows, as pull and bootstrap return them.
CREATE OR REPLACE FUNCTION lam_central.row_states(p_entity text, p_ids text[])
RETURNS jsonb
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
AS $fn$
DECLARE
    out jsonb;
BEGIN
    EXECUTE format(
        'SELECT coalesce(jsonb_agg(jsonb_build_object('
        '    ''entity'', $1, ''id'', t.id,'
        '    ''values'', to_jsonb(t) - ARRAY[''id'', ''field_clocks'', ''cl'', ''owner_site'','
        '                                    ''last_xid''],'
        '    ''field_clocks'', t.field_clocks, ''cl'', t.cl) ORDER BY t.id), ''[]''::jsonb)'
        ' FROM lam_central.%I AS t WHERE t.id = ANY ($2)', p_entity)
        INTO out USING p_entity, p_ids;
    RETURN out;
END
$fn$;

-- === sync_api: what a desk may call ==========================================================

CREATE OR REPLACE FUNCTION sync_api.hello(p jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    login jsonb := lam_central.session_login();
BEGIN
    PERFORM lam_central.bind_node(login, p ->> 'node_id', p ->> 'schema_version');
    RETURN jsonb_build_object(
        'server_time_ms', lam_central.now_ms(),
        'incarnation', (SELECT id FROM lam_central.incarnation),
        'sites', login -> 'served',
        'site', login -> 'site',
        'coordinator', login -> 'coordinator',
        'status', lam_central.version_status(p ->> 'schema_version'),
        'entities', (SELECT coalesce(jsonb_agg(e.name ORDER BY e.name), '[]'::jsonb)
                     FROM lam_central.entity AS e));
END
$fn$;

CREATE OR REPLACE FUNCTION sync_api.push(p jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
AS $fn$
DECLARE
    login jsonb := lam_central.session_login();
    v_node text := p ->> 'node_id';
    v_status text;
    op jsonb;
    v_op_id uuid;
    v_reason text;
    v_state text;
    prior lam_central.applied_op%ROWTYPE;
    results jsonb[];
    v_n integer;
    v_result jsonb;
BEGIN
    PERFORM lam_central.bind_node(login, v_node, p ->> 'schema_version');
    -- What every stamp of this push is checked against (lam_central.stamp_ok).
    login := login || jsonb_build_object('node', v_node,
                                         'max_wall', lam_central.now_ms() + 120000);
    v_status := lam_central.version_status(p ->> 'schema_version');
    IF v_status <> 'ok' THEN
        RETURN jsonb_build_object('status', v_status, 'results', '[]'::jsonb,
                                  'server_time_ms', lam_central.now_ms());
    END IF;
    IF jsonb_typeof(p -> 'ops') IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'ops must be a list' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    results := array_fill(NULL::jsonb, ARRAY[jsonb_array_length(p -> 'ops')]);
    BEGIN
        FOR v_n, v_result IN SELECT * FROM lam_central.insert_new_rows(login, v_node, p -> 'ops')
        LOOP
            results[v_n] := v_result;
        END LOOP;
    EXCEPTION
        WHEN OTHERS THEN
            GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE;
            IF left(v_state, 2) IN ('40', '53', '54', '55', '57', '58', 'XX') THEN
                RAISE;
            END IF;
            -- A bad op among them: every op goes the slow way, where it is rejected alone.
            results := array_fill(NULL::jsonb, ARRAY[jsonb_array_length(p -> 'ops')]);
    END;
    FOR v_n, op IN
        SELECT x.n, x.value FROM jsonb_array_elements(p -> 'ops') WITH ORDINALITY AS x(value, n)
    LOOP
        CONTINUE WHEN results[v_n] IS NOT NULL;
        v_reason := NULL;
        IF (op ->> 'op_id') !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                OR (op ->> 'op_id') IS NULL THEN
            results[v_n] := jsonb_build_object('op_id', op -> 'op_id', 'outcome', 'rejected',
                                               'reason', 'invalid_op_id');
            CONTINUE;
        END IF;
        v_op_id := (op ->> 'op_id')::uuid;
        BEGIN
            INSERT INTO lam_central.applied_op (op_id, node_id, site_code, outcome)
            VALUES (v_op_id, v_node, login ->> 'site', 'applied')
            ON CONFLICT (op_id) DO NOTHING;
            IF FOUND THEN
                PERFORM lam_central.apply_op(login, v_op_id, op);
                results[v_n] := jsonb_build_object('op_id', v_op_id, 'outcome', 'applied');
            ELSE
                SELECT * INTO prior FROM lam_central.applied_op AS a WHERE a.op_id = v_op_id;
                results[v_n] := (jsonb_build_object(
                    'op_id', v_op_id, 'outcome', 'duplicate', 'first_outcome', prior.outcome)
                    || CASE WHEN prior.reason IS NULL THEN '{}'::jsonb
                            ELSE jsonb_build_object('reason', prior.reason) END);
            END IF;
        EXCEPTION
            WHEN SQLSTATE 'LD001' THEN
                v_reason := SQLERRM;
            WHEN OTHERS THEN
                GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE;
                -- Deadlocks, serialisation failures, shutdowns: the whole push fails and the
                -- desk sends it again; only the op's own data makes a rejection.
                IF left(v_state, 2) IN ('40', '53', '54', '55', '57', '58', 'XX') THEN
                    RAISE;
                END IF;
                v_reason := CASE left(v_state, 2)
                    WHEN '22' THEN 'invalid_value'
                    WHEN '23' THEN 'invalid_value'
                    ELSE 'error_' || v_state END;
        END;
        IF v_reason = 'erased' THEN
            PERFORM lam_central.log_erased_refusal(login, v_op_id, op);
        END IF;
        IF v_reason IS NOT NULL THEN
            INSERT INTO lam_central.applied_op (op_id, node_id, site_code, outcome, reason)
            VALUES (v_op_id, v_node, login ->> 'site', 'rejected', v_reason)
            ON CONFLICT (op_id) DO NOTHING;
            results[v_n] := jsonb_build_object('op_id', v_op_id, 'outcome', 'rejected',
                                               'reason', v_reason);
        END IF;
    END LOOP;
    UPDATE lam_central.node SET last_push_at = now() WHERE node_id = v_node;
    RETURN jsonb_build_object('status', 'ok', 'results', to_jsonb(results),
                              'server_time_ms', lam_central.now_ms());
END
$fn$;

CREATE OR REPLACE FUNCTION sync_api.pull(p jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
AS $fn$
DECLARE
    login jsonb := lam_central.session_login();
    v_node text := p ->> 'node_id';
    v_cursor text := p ->> 'cursor';
    after_xid xid8 := '0'::xid8;
    after_seq bigint := 0;
    v_limit integer;
    horizon xid8;
    c record;
    n integer := 0;
    more boolean := false;
    wanted jsonb := '{}'::jsonb;
    rows jsonb := '[]'::jsonb;
    v_entity text;
    ids jsonb;
BEGIN
    PERFORM lam_central.bind_node(login, v_node, NULL);
    IF v_cursor IS NOT NULL THEN
        IF v_cursor !~ '^[0-9]{1,20}:[0-9]{1,19}$' THEN
            RAISE EXCEPTION 'cursor must be "xid:seq"' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        after_xid := split_part(v_cursor, ':', 1)::xid8;
        after_seq := split_part(v_cursor, ':', 2)::bigint;
        -- A cursor at or past every transaction id this server has handed out: the server
        -- was restored (pg_dump/restore, point in time) or moved, and its new transactions
        -- would all sort below the cursor. The desk resyncs rather than skip them all.
        -- ("X:0" with X the first id not handed out yet is a horizon taken when no
        -- transaction was running: nothing of X read yet, nothing skipped.)
        IF (after_xid, after_seq) > (pg_snapshot_xmax(pg_current_snapshot()), 0) THEN
            RETURN jsonb_build_object('status', 'resync_required');
        END IF;
    END IF;
    v_limit := least(greatest(coalesce((p ->> 'limit')::integer, 500), 1), 10000);
    -- Every transaction below the snapshot's xmin has ended: its rows are all visible now,
    -- and no row can appear below it later. Rows of transactions still open wait.
    horizon := pg_snapshot_xmin(pg_current_snapshot());
    FOR c IN
        SELECT l.xid, l.seq, l.entity, l.row_id, l.owner_site, l.scope
        FROM lam_central.change_log AS l
        WHERE (l.xid, l.seq) > (after_xid, after_seq) AND l.xid < horizon
        ORDER BY l.xid, l.seq
        LIMIT v_limit + 1
    LOOP
        n := n + 1;
        IF n > v_limit THEN
            more := true;
            EXIT;
        END IF;
        v_cursor := c.xid::text || ':' || c.seq::text;
        IF lam_central.receives(login, c.scope, c.owner_site) THEN
            wanted := jsonb_set(wanted, ARRAY[c.entity],
                                coalesce(wanted -> c.entity, '{}'::jsonb)
                                || jsonb_build_object(c.row_id, true));
        END IF;
    END LOOP;
    FOR v_entity, ids IN SELECT key, value FROM jsonb_each(wanted) LOOP
        rows := rows || lam_central.row_states(
            v_entity, ARRAY(SELECT jsonb_object_keys(ids)));
    END LOOP;
    UPDATE lam_central.node SET last_pull_at = now(), pull_cursor = v_cursor
    WHERE node_id = v_node;
    RETURN jsonb_build_object('status', 'ok', 'rows', rows, 'cursor', v_cursor, 'more', more);
END
$fn$;

CREATE OR REPLACE FUNCTION sync_api.horizon(p jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
    login jsonb := lam_central.session_login();
BEGIN
    PERFORM lam_central.bind_node(login, p ->> 'node_id', NULL);
    RETURN jsonb_build_object(
        'cursor', pg_snapshot_xmin(pg_current_snapshot())::text || ':0');
END
$fn$;

CREATE OR REPLACE FUNCTION sync_api.bootstrap(p jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
SET TimeZone = 'UTC'
AS $fn$
DECLARE
    login jsonb := lam_central.session_login();
    ent lam_central.entity%ROWTYPE;
    v_after text := coalesce(p ->> 'after_id', '');
    v_limit integer := least(greatest(coalesce((p ->> 'limit')::integer, 500), 1), 10000);
    kept text[];
    v_last text;
BEGIN
    PERFORM lam_central.bind_node(login, p ->> 'node_id', NULL);
    SELECT * INTO ent FROM lam_central.entity AS e WHERE e.name = p ->> 'entity';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown entity' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Only the rows this login receives are read (the index on (owner_site, id) for a
    -- site's rows): the page's last id and its size say nothing of other sites' rows.
    IF ent.scope IN ('network', 'network_site_owned') OR (login ->> 'coordinator')::boolean THEN
        EXECUTE format(
            'SELECT array_agg(t.id ORDER BY t.id)'
            ' FROM (SELECT id FROM lam_central.%I WHERE id > $1 ORDER BY id LIMIT $2) AS t',
            ent.name)
            INTO kept USING v_after, v_limit;
    ELSE
        EXECUTE format(
            'SELECT array_agg(t.id ORDER BY t.id)'
            ' FROM (SELECT id FROM lam_central.%I WHERE owner_site = ANY ($3) AND id > $1'
            '       ORDER BY id LIMIT $2) AS t',
            ent.name)
            INTO kept
            USING v_after, v_limit, ARRAY(SELECT jsonb_array_elements_text(login -> 'served'));
    END IF;
    v_last := kept[array_upper(kept, 1)];
    RETURN jsonb_build_object(
        'rows', lam_central.row_states(ent.name, coalesce(kept, '{}')),
        'after_id', coalesce(v_last, p ->> 'after_id'),
        'more', coalesce(array_length(kept, 1), 0) = v_limit);
END
$fn$;

-- What each node has still to pull (for `central status`; not granted to desks).
CREATE OR REPLACE FUNCTION lam_central.node_status()
RETURNS TABLE (node_id text, site_code text, coordinator boolean, revoked boolean,
               first_seen timestamptz, last_push_at timestamptz, last_pull_at timestamptz,
               waiting bigint)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $fn$
    SELECT n.node_id, n.site_code, coalesce(l.coordinator, false), l.revoked_at IS NOT NULL,
           n.first_seen, n.last_push_at, n.last_pull_at,
           (SELECT count(*) FROM lam_central.change_log AS c
            WHERE (c.xid, c.seq) > (coalesce(split_part(n.pull_cursor, ':', 1), '0')::xid8,
                                    coalesce(split_part(n.pull_cursor, ':', 2), '0')::bigint)
              AND lam_central.receives(
                  jsonb_build_object(
                      'coordinator', coalesce(l.coordinator, false),
                      'served', (SELECT coalesce(jsonb_agg(s.code), '[]'::jsonb)
                                 FROM lam_central.network_site AS s
                                 WHERE s.code = n.site_code OR s.parent_code = n.site_code)),
                  c.scope, c.owner_site))
    FROM lam_central.node AS n
    LEFT JOIN lam_central.site_login AS l ON l.role_name = n.role_name
    ORDER BY n.site_code, n.node_id
$fn$;
"""
