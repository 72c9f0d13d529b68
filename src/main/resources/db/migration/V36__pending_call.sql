-- A call that rang for a client (a screen pop) and is not logged yet. Kept apart from the
-- touchpoints on purpose: the brief, Today, the days since the last contact, client state, segments,
-- the dashboard and every export read touchpoints, and a call still under way is no contact made
-- (it would become the brief's "last time" during that very call). Logging the call writes the
-- touchpoint with this row's id and deletes the row in the same transaction, so the call is
-- recorded once. Like desk_presence, it belongs to the desk that heard the ring: never in the change
-- log, an archive or a published copy.
CREATE TABLE pending_call (
    id        UUID PRIMARY KEY,
    client_id UUID NOT NULL,
    number    VARCHAR(64) NOT NULL,
    rang_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pending_call_client ON pending_call (client_id, rang_at);
ALTER TABLE pending_call ADD CONSTRAINT pending_call_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
