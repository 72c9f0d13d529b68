-- PostgreSQL's side of change capture (store/PostgresCapture): what ChangeCapture, an H2 Java
-- trigger, does inside H2. For every insert, update and delete of a domain row it works out the
-- change (entity, row id, client id, operation, {"column": [before, after]} of the columns that
-- changed; an insert keeps no values, a soft delete or restore of a row with deleted_at is a DELETE or
-- RESTORE). Inside a Rapport transaction (rapport.recording = on) the change waits in the session's
-- rapport_captured table, which the store drains into the same change recording H2 fills, before
-- commit; any other writer (psql, a script) is logged at once, by its database login.
-- A desk installs this when the server's is missing or of an older version (the version line in the body);
-- a desk of an older release leaves a newer one in place, so it cannot undo what the newer one records.
-- Arguments: the client id column ('' when none), 'soft' when the table has deleted_at, the key columns.
-- The change log's numbers on a server (ChangeLog.committedAfter): the writing transaction's id in
-- the high bits, the change's place in that transaction in the low 24. Numbered so, a reader that
-- takes only changes below the oldest running transaction's number never passes one that commits
-- later, and writers need not queue for one another to keep the log in order. The store's own
-- transactions number their changes the same way in ChangeLog.write; this serves writers outside it.
CREATE OR REPLACE FUNCTION rapport_next_change_seq() RETURNS bigint LANGUAGE plpgsql AS $numbering$
DECLARE
    place bigint := coalesce(nullif(current_setting('rapport.change_place', true), ''), '0')::bigint + 1;
BEGIN
    IF place >= 16777216 THEN
        RAISE EXCEPTION 'One transaction may log at most 16,777,215 changes; write the rest in another';
    END IF;
    PERFORM set_config('rapport.change_place', place::text, true);
    RETURN (pg_current_xact_id()::text::bigint << 24) | place;
END
$numbering$;
CREATE OR REPLACE FUNCTION rapport_capture() RETURNS trigger LANGUAGE plpgsql AS $capture$
-- rapport capture version 2 (raise it with every change of this script: PostgresCapture.install never puts an older one back)
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    operation text := TG_OP;
    changed jsonb;
    row_key text;
    client uuid;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        SELECT jsonb_object_agg(o.key, jsonb_build_array(o.value, coalesce(new_row -> o.key, 'null'::jsonb)))
          INTO changed
          FROM jsonb_each(old_row) o
         WHERE o.value IS DISTINCT FROM coalesce(new_row -> o.key, 'null'::jsonb);
        IF changed IS NULL THEN
            RETURN NULL; -- an update that wrote the same values changed nothing
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND TG_ARGV[1] = 'soft' THEN
        IF old_row ->> 'deleted_at' IS NULL AND new_row ->> 'deleted_at' IS NOT NULL THEN
            operation := 'DELETE';
        ELSIF old_row ->> 'deleted_at' IS NOT NULL AND new_row ->> 'deleted_at' IS NULL THEN
            operation := 'RESTORE';
        END IF;
    END IF;
    SELECT string_agg(coalesce(new_row, old_row) ->> key.name, '/' ORDER BY key.position)
      INTO row_key
      FROM unnest(TG_ARGV[2:]) WITH ORDINALITY AS key(name, position);
    IF TG_ARGV[0] <> '' THEN
        client := coalesce(new_row ->> TG_ARGV[0], old_row ->> TG_ARGV[0])::uuid;
    END IF;
    IF current_setting('rapport.recording', true) = 'on' THEN
        -- rapport.stamp: which other node's change this write applies, set in the same JDBC batch as the
        -- write (FieldLaptops), so a batch of them is drained once instead of before every switch
        IF nullif(current_setting('rapport.stamp', true), '') IS NULL THEN
            INSERT INTO pg_temp.rapport_captured (entity, row_id, client_id, operation, changed)
            VALUES (TG_TABLE_NAME, row_key, client, operation, changed);
        ELSE
            INSERT INTO pg_temp.rapport_captured (entity, row_id, client_id, operation, changed, stamp)
            VALUES (TG_TABLE_NAME, row_key, client, operation, changed, current_setting('rapport.stamp'));
        END IF;
    ELSE
        INSERT INTO change_log (seq, entity, row_id, client_id, operation, changed_columns, changed_columns_large, author, occurred_at)
        VALUES (rapport_next_change_seq(), TG_TABLE_NAME, row_key, client, operation,
                CASE WHEN length(changed::text) <= 100000 THEN changed::text END,
                CASE WHEN length(changed::text) > 100000 THEN changed::text END,
                session_user, now());
    END IF;
    -- every desk hears of it when this commits (one notification however many rows; none on a rollback).
    -- A desk's own transaction notifies after its commit instead (rapport.notify, PostgresCapture.notifyCommitted):
    -- a NOTIFY in the transaction holds the server's one queue lock through the commit's flush to disk,
    -- so every desk's commit would wait for the flush of the one before it.
    IF current_setting('rapport.notify', true) IS DISTINCT FROM 'after commit' THEN
        PERFORM pg_notify('rapport_changes', '');
    END IF;
    RETURN NULL;
END
$capture$;
