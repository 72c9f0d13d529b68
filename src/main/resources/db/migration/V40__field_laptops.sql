-- Field laptops (issue 19): a laptop holds a replica of a team book and exchanges changes with the
-- server through the change log.
-- Each change gets a global id, the node it was first made on (origin, null = this store) and its
-- sequence there (origin_seq), and a hybrid logical clock stamp (hlc: milliseconds * 1000 plus a
-- counter), which orders edits made on different computers even when their clocks disagree.
-- A change applied from another node keeps that node's id and stamp, so it is never sent back.
ALTER TABLE change_log ADD COLUMN origin VARCHAR(60);
ALTER TABLE change_log ADD COLUMN origin_seq BIGINT;
ALTER TABLE change_log ADD COLUMN hlc BIGINT;
CREATE INDEX change_log_hlc ON change_log (hlc);

-- On a laptop: the one server book it is linked to, and how far it has followed it (pulled_seq:
-- the server's log; pushed_seq: its own changes the server confirmed, which the server also keeps).
CREATE TABLE sync_link (
    laptop_id   VARCHAR(60)  PRIMARY KEY,
    server      VARCHAR(1000) NOT NULL,
    book_id     VARCHAR(60)  NOT NULL,
    segment     VARCHAR(200),
    pulled_seq  BIGINT       NOT NULL,
    pushed_seq  BIGINT       DEFAULT 0 NOT NULL,
    clocked_seq BIGINT       NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at   TIMESTAMP WITH TIME ZONE
);

-- On the server: the laptops linked to its book. pushed_seq is the laptop's newest change the
-- server applied, moved in the transaction that applies it, so a resumed push applies nothing twice.
CREATE TABLE sync_laptop (
    laptop_id  VARCHAR(60)  PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    segment    VARCHAR(200),
    pushed_seq BIGINT       NOT NULL,
    linked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    synced_at  TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE
);

-- On the server: the book's id, which a linked laptop keeps to know it syncs with the same book,
-- and how far the server's own log has been folded into its field clocks (below).
CREATE TABLE sync_server (
    book_id     VARCHAR(60) PRIMARY KEY,
    clocked_seq BIGINT      NOT NULL
);

-- On every node: the stamp of the newest change applied to each field of each row, so a change
-- that arrives later but was made earlier does not overwrite a newer value (last writer wins by
-- hybrid time, not by arrival). clocked_seq (sync_link, sync_server) says how far this store's own
-- log has been folded in.
CREATE TABLE sync_field_clock (
    entity VARCHAR(40)  NOT NULL,
    row_id VARCHAR(400) NOT NULL,
    field  VARCHAR(80)  NOT NULL,
    hlc    BIGINT       NOT NULL,
    origin VARCHAR(60),
    author VARCHAR(200),
    PRIMARY KEY (entity, row_id, field)
);

-- The same field changed on two nodes since they last synced: the newer value (by hybrid time) is
-- kept, the other is kept here until someone takes it or dismisses it. Part of the book: it is
-- captured and synced like any row, so every node lists each conflict once.
CREATE TABLE sync_conflict (
    id           UUID         PRIMARY KEY,
    entity       VARCHAR(40)  NOT NULL,
    row_id       VARCHAR(400) NOT NULL,
    client_id    UUID,
    field        VARCHAR(80)  NOT NULL,
    kept_value   VARCHAR(100000),
    kept_by      VARCHAR(200),
    kept_hlc     BIGINT       NOT NULL,
    other_value  VARCHAR(100000),
    other_by     VARCHAR(200),
    other_hlc    BIGINT       NOT NULL,
    found_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    resolved_by  VARCHAR(200)
);
CREATE INDEX sync_conflict_open ON sync_conflict (resolved_at);
