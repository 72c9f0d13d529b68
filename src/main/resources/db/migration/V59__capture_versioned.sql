-- Nothing in the tables changes. From this release on, a team server's capture function carries a
-- version, and a desk leaves a newer one in place; a desk of an earlier release does not know to,
-- and on opening the book would put its own older function back. With this migration applied, an
-- earlier release refuses the book ("written by a newer version of Rapport") instead.
SELECT 1;
