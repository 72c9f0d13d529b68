-- V3's index on client.deleted_at misled H2: for "deleted_at IS NULL" it walks that index (every
-- client not in the trash) and looks each row up, instead of starting from the selective side of
-- a join (a purchase date, a search token). Joins over 100,000 clients took seconds.
DROP INDEX client_deleted_at;
