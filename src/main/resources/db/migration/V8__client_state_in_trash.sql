-- The Today queue reads client_state for every reason a client is in it; knowing there whether the
-- client is in the trash spares each of its queries a join with the wide client table (there is no
-- index on client.deleted_at, see V6). Kept by ClientRepository.moveToTrash / restore and by every
-- ClientStateRepository.refresh, like the rest of client_state.
ALTER TABLE client_state ADD COLUMN in_trash BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE client_state SET in_trash = TRUE WHERE client_id IN (SELECT id FROM client WHERE deleted_at IS NOT NULL);
