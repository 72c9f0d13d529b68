-- H2 stores a sequence's value again each time it has handed out as many numbers as its cache
-- holds, in a commit of its own: a bulk import numbers half a million changes, 32 at a time,
-- a twentieth of its change log's writing. A process that ends without closing the store skips
-- the numbers it had not handed out, which readers of the log never assumed contiguous.
-- PostgreSQL numbers changes by transaction (ChangeLog.write) and does not draw from this sequence.
ALTER SEQUENCE change_seq CACHE 1000;
