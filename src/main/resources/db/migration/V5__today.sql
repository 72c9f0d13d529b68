-- Today, follow-ups and opportunities (issue 6).
--
-- client_state keeps, per client, the inputs that whole-store questions need (the Today queue,
-- segments, the dashboard), so that they read one row per client instead of aggregating the
-- touchpoint, purchase, opportunity and follow-up tables. It is derived data: the services
-- rewrite a client's row after every write that changes it, bulk loads write it beside the
-- client, and an archive import rebuilds it. Phase depends on "now", so it is not stored: its
-- inputs are (first and last purchase day, last touchpoint day, honeymoon_soured), and queries
-- compare them with today's date (see ClientStateRepository).
CREATE TABLE client_state (
    client_id                UUID PRIMARY KEY,
    first_purchase_on        DATE,
    last_purchase_on         DATE,
    -- the product of the latest purchase is complex (onboarding; the shorter ghosting window)
    last_purchase_complex    BOOLEAN       NOT NULL DEFAULT FALSE,
    purchase_count           INT           NOT NULL DEFAULT 0,
    total_spent              DECIMAL(16, 2) NOT NULL DEFAULT 0,
    -- the user's calendar day of the latest touchpoint
    last_touchpoint_on       DATE,
    -- a touchpoint on a day after the latest purchase (false: the client may be ghosted)
    contacted_since_purchase BOOLEAN       NOT NULL DEFAULT FALSE,
    -- the mood of the latest touchpoint that recorded one
    latest_mood              VARCHAR(16),
    -- a complaint, or a frustrated or regretful touchpoint, since the first purchase: the honeymoon ended early
    honeymoon_soured         BOOLEAN       NOT NULL DEFAULT FALSE,
    open_complaints          INT           NOT NULL DEFAULT 0,
    open_requests            INT           NOT NULL DEFAULT 0,
    refusals                 INT           NOT NULL DEFAULT 0,
    -- the earliest open follow-up
    next_follow_up_on        DATE,
    -- month * 100 + day of the birthday, so "birthdays in the next days" is a range
    birthday_month_day       INT
);
CREATE INDEX client_state_next_follow_up ON client_state (next_follow_up_on);
CREATE INDEX client_state_last_purchase ON client_state (last_purchase_on);
CREATE INDEX client_state_birthday ON client_state (birthday_month_day);
ALTER TABLE client_state ADD CONSTRAINT client_state_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;

-- Warranty ends and renewals coming up are looked up by date across the whole store.
CREATE INDEX purchase_warranty_until ON purchase (warranty_until);
CREATE INDEX purchase_renewal_on ON purchase (renewal_on);

-- The kind of conversation a touchpoint was (informational ... collaboration), when known.
ALTER TABLE touchpoint ADD COLUMN conversation_type VARCHAR(24) CHECK (conversation_type IN
    ('INFORMATIONAL', 'TRANSACTIONAL', 'DECISION_MAKING', 'INFLUENTIAL', 'RELATIONSHIP_BUILDING', 'COLLABORATION'));

INSERT INTO setting (name, setting_value) VALUES
    ('today.checkInDaysComplex', '2'),
    ('today.checkInDaysSimple', '5'),
    ('today.matureSilentDays', '120'),
    ('today.datesAheadDays', '30'),
    ('today.birthdaysAheadDays', '7');

-- Existing stores get their client_state rows from the application when it next opens the store
-- (ClientStateRepository.rebuildAll), in the user's time zone; this marker asks for it.
INSERT INTO setting (name, setting_value) VALUES ('clientState.rebuild', 'pending');
