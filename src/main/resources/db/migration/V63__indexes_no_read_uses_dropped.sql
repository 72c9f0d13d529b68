-- Every client a bulk load writes (an import, the demo) paid an entry in each of these indexes, and
-- its commit visited each entry once more; no read uses them. Today reads every state row in one
-- pass (an OR over its reasons, which no single-column index answers), and the client list sorts by
-- last contact in memory (ClientRepository.search). EXPLAIN of the app's reads showed none of them.
DROP INDEX client_state_birthday;
DROP INDEX client_state_next_follow_up;
DROP INDEX client_last_touchpoint;
