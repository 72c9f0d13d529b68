-- A client's phones, emails, tags, custom fields and derived state are written only with the client
-- (ClientRepository, the bulk loads) and removed only with it, by erase (ClientDossier.erase deletes
-- every table with a client_id column before the client, after locking the client's row, so no write
-- of its details can slip in between). Their foreign keys checked the client's key for every row a
-- bulk load wrote (an imported client has five such rows), and H2 kept a second index on client_tag's
-- and client_custom_field's client_id beside their primary keys, which lead with it: 5–12% of a CSV
-- import's writing. The client's history (touchpoints, notes, purchases, ...) keeps its keys.
ALTER TABLE client_phone DROP CONSTRAINT client_phone_client_id_fk;
ALTER TABLE client_email DROP CONSTRAINT client_email_client_id_fk;
ALTER TABLE client_tag DROP CONSTRAINT client_tag_client_id_fk;
ALTER TABLE client_custom_field DROP CONSTRAINT client_custom_field_client_id_fk;
ALTER TABLE client_state DROP CONSTRAINT client_state_client_id_fk;
