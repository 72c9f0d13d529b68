-- Every write to a domain row is recorded here, in the transaction that makes it (ChangeCapture):
-- what changed, old and new values, by whom and when. It is the one place derived data (client
-- state, the search index) follows, what open windows hear of, and what a laptop will replay.
-- The values are JSON; a value set too large for a row goes to changed_columns_large instead.
-- An insert keeps no values: they are the row's, read back (with later changes undone) when the
-- log is shown; bulk loads would otherwise write every row twice.
CREATE SEQUENCE change_seq;
CREATE TABLE change_log (
    seq                   BIGINT       PRIMARY KEY,
    entity                VARCHAR(40)  NOT NULL,
    row_id                VARCHAR(400),
    client_id             UUID,
    operation             VARCHAR(8)   NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE', 'RESTORE', 'ERASE')),
    changed_columns       VARCHAR(100000),
    changed_columns_large CLOB,
    author                VARCHAR(200) NOT NULL,
    occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX change_log_client ON change_log (client_id, seq);
CREATE INDEX change_log_row ON change_log (row_id);

-- Who edited a rule was read from the audit log, which the change log replaces: it becomes a mark on the rule.
ALTER TABLE playbook_rule ADD COLUMN edited_by_owner BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE playbook_rule SET edited_by_owner = TRUE
 WHERE id IN (SELECT entity_id FROM audit_log WHERE entity = 'playbook_rule' AND action IN ('update', 'reorder'));
