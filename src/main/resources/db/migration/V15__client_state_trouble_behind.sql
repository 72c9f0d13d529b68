-- A new client whose start went wrong, but who was clearly happy again afterwards with no complaint
-- still open, has the trouble behind them. The brief already read it so; Today's label read only
-- "soured" and kept saying the first weeks went wrong. Both now read it through StartTrouble, and
-- the state keeps the answer. Every client's state is derived again (the marker below, see V5),
-- since "soured" is now read from the client's own reactions only, as the brief reads it.
ALTER TABLE client_state ADD COLUMN honeymoon_trouble_behind BOOLEAN NOT NULL DEFAULT FALSE;
-- A routine repeat (a regular's usual colour) leaves nobody waiting for a first check-in: the brief
-- and Today's ghosting both leave it out.
ALTER TABLE client_state ADD COLUMN last_purchase_repeat BOOLEAN NOT NULL DEFAULT FALSE;
DELETE FROM setting WHERE name = 'clientState.rebuild';
INSERT INTO setting (name, setting_value) VALUES ('clientState.rebuild', 'pending');
