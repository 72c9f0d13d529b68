-- Team mode: the people who work at the desks of this book. Each desk says which of them is
-- working (remembered on that computer), and what they write is recorded as theirs.
-- name_key is the name as compared (trimmed, lower case), so "Ana" and "ana " are one person.
CREATE TABLE person (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    name_key   VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX person_name_key ON person (name_key);

-- Who wrote each touchpoint, note, purchase and opportunity, as the timeline shows it ("Ana logged a
-- call"). The change log keeps who made each change too, but only for its kept days; these stay.
-- Rows written before team mode name nobody.
ALTER TABLE touchpoint ADD COLUMN author VARCHAR(200);
ALTER TABLE note ADD COLUMN author VARCHAR(200);
ALTER TABLE purchase ADD COLUMN author VARCHAR(200);
ALTER TABLE opportunity ADD COLUMN author VARCHAR(200);
