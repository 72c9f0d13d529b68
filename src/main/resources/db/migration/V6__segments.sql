-- Segments, templates and the dashboard (issue 6).
-- Segment counts run over client_state and leave out the clients in the trash, which are few:
-- this index finds them without reading every (wide) client row.
CREATE INDEX client_deleted_at ON client (deleted_at);
