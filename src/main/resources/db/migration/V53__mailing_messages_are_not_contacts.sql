-- A mailing's message is on the client's timeline but is not a contact with them: it does not keep
-- a promise, end a silence after a purchase or make a client "contacted lately". Readers leave out
-- the touchpoints a mailing recipient points to, through this index.
CREATE INDEX mailing_recipient_touchpoint ON mailing_recipient (touchpoint_id);

-- Stores that sent mailings before: the last contact without the mailings' messages, and every
-- client's state derived again.
UPDATE client SET last_touchpoint_at = (
        SELECT MAX(t.occurred_at) FROM touchpoint t
        WHERE t.client_id = client.id AND t.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM mailing_recipient m WHERE m.touchpoint_id = t.id))
    WHERE id IN (SELECT client_id FROM mailing_recipient WHERE touchpoint_id IS NOT NULL);
DELETE FROM setting WHERE name = 'clientState.rebuild'
    AND EXISTS (SELECT 1 FROM mailing_recipient WHERE touchpoint_id IS NOT NULL);
INSERT INTO setting (name, setting_value)
    SELECT 'clientState.rebuild', 'pending' FROM mailing_recipient WHERE touchpoint_id IS NOT NULL FETCH FIRST 1 ROWS ONLY;
