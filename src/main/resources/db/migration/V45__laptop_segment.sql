-- A laptop linked with a saved segment of the book ("my territory", issue 19) holds only that
-- segment's clients. sync_link.segment (V40) keeps the segment's id; book_clients is how many
-- clients the whole book had at the last link or sync, so the laptop can say "1,240 of 5,000
-- clients" while it is offline.
ALTER TABLE sync_link ADD COLUMN book_clients INTEGER;
