-- Rapport schema, version 1: everything the mission needs, so later work adds screens, not tables.
-- Keys are time-ordered UUIDs (records will one day sync between laptops and a server).
-- Instants are TIMESTAMP WITH TIME ZONE, always written in UTC; calendar days are DATE.

CREATE TABLE client (
    id                UUID PRIMARY KEY,
    kind              VARCHAR(16)  NOT NULL DEFAULT 'PERSON' CHECK (kind IN ('PERSON', 'COMPANY')),
    first_name        VARCHAR(200),
    last_name         VARCHAR(200),
    display_name      VARCHAR(400) NOT NULL,
    company_name      VARCHAR(400),
    address_as        VARCHAR(200),
    street            VARCHAR(400),
    postal_code       VARCHAR(40),
    city              VARCHAR(200),
    region            VARCHAR(200),
    country           VARCHAR(200),
    birthday          DATE,
    source            VARCHAR(200),
    preferred_channel VARCHAR(16),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX client_display_name ON client (display_name);

CREATE TABLE client_phone (
    id         UUID PRIMARY KEY,
    client_id  UUID         NOT NULL,
    label      VARCHAR(40)  NOT NULL DEFAULT 'mobile',
    number     VARCHAR(60)  NOT NULL,
    digits     VARCHAR(60)  NOT NULL,
    position   INT          NOT NULL DEFAULT 0
);
CREATE INDEX client_phone_client ON client_phone (client_id);

CREATE TABLE client_email (
    id         UUID PRIMARY KEY,
    client_id  UUID         NOT NULL,
    label      VARCHAR(40)  NOT NULL DEFAULT 'personal',
    address    VARCHAR(320) NOT NULL,
    position   INT          NOT NULL DEFAULT 0
);
CREATE INDEX client_email_client ON client_email (client_id);

CREATE TABLE client_tag (
    client_id  UUID         NOT NULL,
    tag        VARCHAR(100) NOT NULL,
    PRIMARY KEY (client_id, tag)
);
CREATE INDEX client_tag_tag ON client_tag (tag);

CREATE TABLE client_custom_field (
    client_id  UUID          NOT NULL,
    name       VARCHAR(100)  NOT NULL,
    field_value VARCHAR(2000) NOT NULL,
    position   INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (client_id, name)
);

CREATE TABLE note (
    id         UUID PRIMARY KEY,
    client_id  UUID    NOT NULL,
    body       CLOB    NOT NULL,
    pinned     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX note_client ON note (client_id, created_at);

CREATE TABLE touchpoint (
    id           UUID PRIMARY KEY,
    client_id    UUID        NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    channel      VARCHAR(16) NOT NULL CHECK (channel IN ('CALL', 'VISIT', 'EMAIL', 'MESSAGE', 'MEETING')),
    direction    VARCHAR(16) NOT NULL DEFAULT 'OUTBOUND' CHECK (direction IN ('INBOUND', 'OUTBOUND')),
    summary      VARCHAR(4000) NOT NULL,
    outcome      VARCHAR(2000),
    mood         VARCHAR(16) CHECK (mood IN ('EXCITED', 'HAPPY', 'NEUTRAL', 'DOUBTFUL', 'FRUSTRATED', 'REGRETFUL')),
    follow_up_on DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX touchpoint_client_time ON touchpoint (client_id, occurred_at);

CREATE TABLE product (
    id         UUID PRIMARY KEY,
    name       VARCHAR(300) NOT NULL,
    category   VARCHAR(200),
    complexity VARCHAR(16)  NOT NULL DEFAULT 'SIMPLE' CHECK (complexity IN ('SIMPLE', 'COMPLEX')),
    price      DECIMAL(14, 2),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE purchase (
    id             UUID PRIMARY KEY,
    client_id      UUID NOT NULL,
    product_id     UUID,
    description    VARCHAR(400),
    purchased_on   DATE NOT NULL,
    amount         DECIMAL(14, 2),
    warranty_until DATE,
    renewal_on     DATE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX purchase_client ON purchase (client_id, purchased_on);

CREATE TABLE competitor (
    id          UUID PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    website     VARCHAR(400),
    area        VARCHAR(400),
    price_level VARCHAR(16) CHECK (price_level IN ('LOWER', 'SIMILAR', 'HIGHER')),
    notes       VARCHAR(4000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at  TIMESTAMP WITH TIME ZONE
);

-- competitor_id NULL means the SWOT map of our own business ("us").
CREATE TABLE swot_item (
    id            UUID PRIMARY KEY,
    competitor_id UUID,
    quadrant      VARCHAR(16)   NOT NULL CHECK (quadrant IN ('STRENGTH', 'WEAKNESS', 'OPPORTUNITY', 'THREAT')),
    text          VARCHAR(1000) NOT NULL,
    evidence      VARCHAR(1000),
    observed_on   DATE,
    client_id     UUID,
    position      INT NOT NULL DEFAULT 0,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX swot_item_map ON swot_item (competitor_id, quadrant, position);

CREATE TABLE client_competitor (
    id            UUID PRIMARY KEY,
    client_id     UUID NOT NULL,
    competitor_id UUID NOT NULL,
    relation      VARCHAR(24) NOT NULL CHECK (relation IN
                  ('MENTIONED', 'CONSIDERING', 'ALSO_BUYS_FROM', 'SWITCHED_TO_THEM', 'SWITCHED_FROM_THEM')),
    noted_on      DATE NOT NULL,
    note          VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX client_competitor_client ON client_competitor (client_id);
CREATE INDEX client_competitor_competitor ON client_competitor (competitor_id);

-- The factors clients choose by, and how we and each competitor rate on them.
CREATE TABLE positioning_factor (
    id       UUID PRIMARY KEY,
    name     VARCHAR(100) NOT NULL UNIQUE,
    position INT NOT NULL DEFAULT 0
);

CREATE TABLE positioning_rating (
    id            UUID PRIMARY KEY,
    factor_id     UUID NOT NULL,
    competitor_id UUID,
    rating        INT CHECK (rating BETWEEN 1 AND 5),
    note          VARCHAR(1000)
);

CREATE TABLE refusal_reason (
    code     VARCHAR(40) PRIMARY KEY,
    label    VARCHAR(200) NOT NULL,
    position INT NOT NULL DEFAULT 0
);

CREATE TABLE opportunity (
    id            UUID PRIMARY KEY,
    client_id     UUID NOT NULL,
    kind          VARCHAR(16) NOT NULL CHECK (kind IN ('REQUEST', 'REFUSAL', 'UPSELL', 'COMPLAINT', 'REFERRAL')),
    status        VARCHAR(16) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'WON', 'LOST', 'DISMISSED')),
    product_id    UUID,
    reason_code   VARCHAR(40),
    reason_text   VARCHAR(2000),
    summary       VARCHAR(2000) NOT NULL,
    opened_on     DATE NOT NULL,
    closed_on     DATE,
    touchpoint_id UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX opportunity_client ON opportunity (client_id, status);

CREATE TABLE follow_up (
    id                 UUID PRIMARY KEY,
    client_id          UUID NOT NULL,
    due_on             DATE NOT NULL,
    reason             VARCHAR(1000) NOT NULL,
    source_touchpoint  UUID,
    closed_by          UUID,
    done_at            TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX follow_up_open ON follow_up (done_at, due_on);
CREATE INDEX follow_up_client ON follow_up (client_id);

CREATE TABLE message_template (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL UNIQUE,
    channel    VARCHAR(16)  NOT NULL CHECK (channel IN ('EMAIL', 'MESSAGE')),
    subject    VARCHAR(400),
    body       CLOB NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A saved filter over clients; the definition is JSON owned by the segment feature.
CREATE TABLE segment (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL UNIQUE,
    definition CLOB NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Playbook rules are data: conditions and the suggestion they make are JSON the brief engine reads.
CREATE TABLE playbook_rule (
    id          UUID PRIMARY KEY,
    code        VARCHAR(100)  NOT NULL UNIQUE,
    title       VARCHAR(300)  NOT NULL,
    description VARCHAR(2000),
    enabled     BOOLEAN       NOT NULL DEFAULT TRUE,
    priority    INT           NOT NULL DEFAULT 100,
    conditions  CLOB          NOT NULL,
    suggestion  CLOB          NOT NULL,
    built_in    BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE setting (
    name        VARCHAR(100)  PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);

-- Who changed what. client_id lets an erase remove every copy of one client's data.
CREATE TABLE audit_log (
    id          UUID PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    entity      VARCHAR(40)  NOT NULL,
    entity_id   UUID,
    client_id   UUID,
    action      VARCHAR(24)  NOT NULL,
    details     CLOB
);
CREATE INDEX audit_log_client ON audit_log (client_id);
CREATE INDEX audit_log_time ON audit_log (occurred_at);

-- Foreign keys come last, after the indexes above, so that H2 uses those indexes for them
-- instead of creating a second index on the same column for every constraint.
ALTER TABLE client_phone ADD CONSTRAINT client_phone_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
ALTER TABLE client_email ADD CONSTRAINT client_email_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
ALTER TABLE client_tag ADD CONSTRAINT client_tag_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
ALTER TABLE client_custom_field ADD CONSTRAINT client_custom_field_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
ALTER TABLE note ADD CONSTRAINT note_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
ALTER TABLE touchpoint ADD CONSTRAINT touchpoint_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
ALTER TABLE purchase ADD CONSTRAINT purchase_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
ALTER TABLE purchase ADD CONSTRAINT purchase_product_id_fk FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE SET NULL;
ALTER TABLE swot_item ADD CONSTRAINT swot_item_competitor_id_fk FOREIGN KEY (competitor_id) REFERENCES competitor (id) ON DELETE CASCADE;
ALTER TABLE swot_item ADD CONSTRAINT swot_item_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE SET NULL;
ALTER TABLE client_competitor ADD CONSTRAINT client_competitor_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
ALTER TABLE client_competitor ADD CONSTRAINT client_competitor_competitor_id_fk FOREIGN KEY (competitor_id) REFERENCES competitor (id) ON DELETE CASCADE;
ALTER TABLE positioning_rating ADD CONSTRAINT positioning_rating_factor_id_fk FOREIGN KEY (factor_id) REFERENCES positioning_factor (id) ON DELETE CASCADE;
ALTER TABLE positioning_rating ADD CONSTRAINT positioning_rating_competitor_id_fk FOREIGN KEY (competitor_id) REFERENCES competitor (id) ON DELETE CASCADE;
ALTER TABLE opportunity ADD CONSTRAINT opportunity_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
ALTER TABLE opportunity ADD CONSTRAINT opportunity_product_id_fk FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE SET NULL;
ALTER TABLE opportunity ADD CONSTRAINT opportunity_reason_code_fk FOREIGN KEY (reason_code) REFERENCES refusal_reason (code);
ALTER TABLE opportunity ADD CONSTRAINT opportunity_touchpoint_id_fk FOREIGN KEY (touchpoint_id) REFERENCES touchpoint (id) ON DELETE SET NULL;
ALTER TABLE follow_up ADD CONSTRAINT follow_up_client_id_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE;
ALTER TABLE follow_up ADD CONSTRAINT follow_up_source_touchpoint_fk FOREIGN KEY (source_touchpoint) REFERENCES touchpoint (id) ON DELETE SET NULL;
ALTER TABLE follow_up ADD CONSTRAINT follow_up_closed_by_fk FOREIGN KEY (closed_by) REFERENCES touchpoint (id) ON DELETE SET NULL;

INSERT INTO refusal_reason (code, label, position) VALUES
    ('PRICE', 'Price', 1),
    ('TIMING', 'Not the right time', 2),
    ('NO_NEED', 'No need', 3),
    ('COMPETITOR', 'Chose a competitor', 4),
    ('QUALITY', 'Doubts about quality', 5),
    ('OTHER', 'Other', 6);

INSERT INTO positioning_factor (id, name, position) VALUES
    ('01900000-0000-7000-8000-000000000001', 'Price', 1),
    ('01900000-0000-7000-8000-000000000002', 'Promotions', 2),
    ('01900000-0000-7000-8000-000000000003', 'Service', 3),
    ('01900000-0000-7000-8000-000000000004', 'Proximity', 4),
    ('01900000-0000-7000-8000-000000000005', 'Range', 5),
    ('01900000-0000-7000-8000-000000000006', 'Quality', 6),
    ('01900000-0000-7000-8000-000000000007', 'Brand', 7);

INSERT INTO setting (name, setting_value) VALUES
    ('phase.honeymoonDays', '90'),
    ('phase.lapsedAfterSilentDays', '365'),
    ('ghosting.windowDaysSimple', '21'),
    ('ghosting.windowDaysComplex', '7');
