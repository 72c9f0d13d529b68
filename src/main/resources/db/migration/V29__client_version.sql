-- No silent overwrite: a client's profile carries a version, raised by one on every save of the
-- profile. A save names the version it read and writes only while the row still has it
-- (UPDATE ... WHERE version = read), so a desk saving over another desk's newer edit is told
-- instead of overwriting it. Touchpoints, notes and the rest of a client's history are only ever
-- added, and need no version.
ALTER TABLE client ADD COLUMN version INT DEFAULT 1 NOT NULL;
