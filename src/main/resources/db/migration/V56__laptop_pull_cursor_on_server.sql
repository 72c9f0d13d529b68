-- Field laptops (issue 19): the server folds its change log only below what every linked laptop
-- has pulled, so it keeps how far each one has. A lower bound: moved after the laptop committed
-- the batches it covers, so a round cut in between leaves it behind, never ahead. A laptop linked
-- before this version holds the whole log back until its next sync.
ALTER TABLE sync_laptop ADD COLUMN pulled_seq BIGINT DEFAULT 0 NOT NULL;
