-- No silent overwrite beyond the client's profile: purchases, opportunities, competitor cards and
-- SWOT cards are edited at any desk too, so each carries a version, raised by one on every save. A
-- save names the version it read and writes only while the row still has it (UPDATE ... WHERE
-- version = read), as the client profile does since V29. Follow-ups are only added and marked done,
-- never edited, and need none.
ALTER TABLE purchase ADD COLUMN version INT DEFAULT 1 NOT NULL;
ALTER TABLE opportunity ADD COLUMN version INT DEFAULT 1 NOT NULL;
ALTER TABLE competitor ADD COLUMN version INT DEFAULT 1 NOT NULL;
ALTER TABLE swot_item ADD COLUMN version INT DEFAULT 1 NOT NULL;
