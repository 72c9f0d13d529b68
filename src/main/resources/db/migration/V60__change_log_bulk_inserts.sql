-- A bulk load logs a new client's rows in one change-log row instead of one row each (ChangeLog.write):
-- each logged row cost the log's key and its index by client, some ten index entries a client. The
-- row stands for the inserts numbered first_seq to seq, in order: the one its entity and row_id name,
-- then each [entity, row id] of inserted_rows (null where an erase took one out); readers see them
-- one by one (ChangeLog.committedAfter). first_seq is null on a row that stands for one change.
ALTER TABLE change_log ADD COLUMN first_seq BIGINT;
ALTER TABLE change_log ADD COLUMN inserted_rows VARCHAR(1000000);
