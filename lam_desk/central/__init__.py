"""The network's central PostgreSQL store: its schema, its sync_api, its administration.

Departures from the sync contract (/tmp/brief/sync_contract.md), and additions to it:

- Ownership: the schemas, tables and functions belong to a NOLOGIN role ``lam_central_owner``
  (no CREATEROLE) that the administrator is made a member of, rather than to the administrator
  itself, so the SECURITY DEFINER functions do not run with the right to create roles. The
  row-level security policy ``central_owner`` (forced on every table) lets that role, and so
  its members, read and write; the sites' group ``lam_desk_sites`` has no table grant and no
  policy.
- ``lam_central.network_site`` (code, site id, parent code) is filled from
  lam_desk.domain.network at init: a row's owner column holds a site *id*, while logins and
  ``owner_site`` speak in site *codes*.
- ``lam_central.node`` also keeps the ``role_name`` of the login that last used it;
  ``lam_central.entity`` also keeps the prepared insert/update statements and the list of
  fields an insert-only row may still change (enrolment: ``cancelled_at``; the model does not
  say it yet); ``lam_central.setting`` keeps the window of desk schema revisions accepted
  (1 up to the revision of the lam-desk that ran ``central init``): outside it, hello answers
  ``upgrade_required`` and push applies nothing (``{"status": "upgrade_required",
  "results": []}``).
- Answers carry a few more keys than the contract lists: hello ``site`` and ``entities``;
  push ``status``; a duplicate op ``first_outcome`` (and the first ``reason``), so a desk
  whose first answer was lost still learns a rejection (the desk records that first answer);
  pull ``status``; bootstrap ``after_id`` (the last id returned, the next page's
  ``after_id``: a page reads only rows the login receives) and ``more``.
- Pull answers ``{"status": "resync_required"}`` to a cursor past every transaction id the
  server has handed out (``(xid, seq) > (pg_snapshot_xmax, 0)``: a horizon ``X:0`` taken
  when nothing ran is not past): the store was restored or moved. ``central init
  --new-incarnation`` says so to every desk after a restore.
- Stamps: every op's and field's stamp must be ``WWWWWWWWWWWWWWW.CCCCCC.<node id of the
  push>``, its wall at most two minutes ahead of the server's clock, else ``invalid_stamp``.
- Writers (``lam_central.entity.writers``, from the models' ``__writers__``): ``coordinator``
  (reference rows: only a coordinator's login), ``owner`` (the site named in
  ``writer_column``: staff accounts by their home site, events and service offers by their
  site; the coordinator any; a row naming no site only the coordinator), ``any``.
- Site logins get ``idle_in_transaction_session_timeout`` 60 s and ``statement_timeout``
  120 s (ALTER ROLE, at add-site and init), so no open transaction holds every pull back.
- An op that changes nothing (its clocks lose or equal the server's) is ``applied`` without a
  change-log row: nothing new to pull.
- Rejection reasons: ``unknown_entity``, ``unknown_field``, ``invalid_row_id``, ``invalid_op``,
  ``invalid_op_id``, ``invalid_value``, ``invalid_stamp``, ``not_owner``, ``owner_required``
  (a site-scoped row, or one written by the site it names, without one: allowed to a
  coordinator only), ``coordinator_only``, ``unknown_site``, ``insert_only``,
  ``append_only``.
- Deadlocks, serialisation failures and server shutdowns inside an op fail the whole push
  (the desk resends it) rather than rejecting the op.
- Not every op has its own subtransaction: the ops of a batch that make new rows (no base
  clock, op id and row met once, owner allowed) are applied together, one statement per
  entity, in one subtransaction; when any of them fails, that subtransaction is undone and
  every op of the batch is applied in its own, so a bad op is still rejected alone.
"""
