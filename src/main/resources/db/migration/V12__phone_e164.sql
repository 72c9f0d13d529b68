-- Phone numbers are compared by their E.164 form (libphonenumber, read in the store's default
-- region), never by a suffix of their digits: "+49 151 2345 6789" and a French "01 23 45 67 89"
-- share their last nine digits and are not the same number. NULL: the number could not be read;
-- it is kept as typed and matched only by its full digits.
ALTER TABLE client_phone ADD COLUMN e164 VARCHAR(20);
CREATE INDEX client_phone_e164 ON client_phone (e164);

-- The application reads every stored number again when it next opens the store (the region
-- comes from the computer's locale the first time, then from the setting phone.region); this
-- marker asks for it.
INSERT INTO setting (name, setting_value) VALUES ('phone.readAgain', 'pending');
