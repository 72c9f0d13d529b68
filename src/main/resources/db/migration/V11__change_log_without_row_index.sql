-- Every bulk-loaded row paid for a second index entry in the change log, by row id, which only two
-- rare reads used: an insert's later changes (shown by `changes`) and an erase. Both now go through
-- the client index: a row's changes carry its client, and a row that moved to another client
-- (a merge) says so in its client_id column, so the clients it belonged to can be followed.
DROP INDEX change_log_row;
