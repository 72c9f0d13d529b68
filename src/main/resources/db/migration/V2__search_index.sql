-- Search as you type needs prefix matches, which H2's full-text index does not give.
-- Each client owns normalised tokens (lower-case words without accents, email parts, and the
-- digit suffixes of each phone number); a query token matches by prefix over the primary key.
CREATE TABLE client_search_token (
    token     VARCHAR(120) NOT NULL,
    client_id UUID         NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    PRIMARY KEY (token, client_id)
);
CREATE INDEX client_search_token_client ON client_search_token (client_id);

-- The last touchpoint is shown on every row of the client list; keep it on the client so the
-- list never has to aggregate the touchpoint table.
ALTER TABLE client ADD COLUMN last_touchpoint_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX client_last_touchpoint ON client (last_touchpoint_at);
