-- Team mode: who has a client open in the log-touchpoint dialog at a desk right now, so that another
-- desk opening that client sees "Ana is on a call with this client" (store.Presence). Not part of the
-- book: never in the change log, an archive or a published copy. A row counts only while the desk's
-- session on the server lives (pg_stat_activity shows it by the application name "Rapport desk
-- DESK_ID"), so a desk that crashes leaves no ghost. A store file has one desk and leaves it empty.
CREATE TABLE desk_presence (
    id        UUID PRIMARY KEY,
    desk_id   UUID NOT NULL,
    person    VARCHAR(200) NOT NULL,
    client_id UUID NOT NULL,
    since     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX desk_presence_client ON desk_presence (client_id);
