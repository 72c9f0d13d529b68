-- Search as you type needs prefix matches, which H2's full-text index does not give.
-- Each client owns normalised tokens (lower-case words without accents, email parts, and the
-- digit suffixes of each phone number); a query token matches by prefix over the primary key.
-- The table is derived data with a single order on purpose: no foreign key and no index by
-- client, because a second order makes every bulk load rewrite the whole index many times.
-- Whoever changes a client's searchable fields deletes its old tokens by their full key.
CREATE TABLE client_search_token (
    token     VARCHAR(120) NOT NULL,
    client_id UUID         NOT NULL,
    PRIMARY KEY (token, client_id)
);

-- The last touchpoint is shown on every row of the client list; keep it on the client so the
-- list never has to aggregate the touchpoint table.
ALTER TABLE client ADD COLUMN last_touchpoint_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX client_last_touchpoint ON client (last_touchpoint_at);
