-- Mailings (issue 21): a template sent to a saved segment through the business's own mail account.
-- A client who said no to mailings is never sent one; the flag lives on the client's profile.
ALTER TABLE client ADD COLUMN no_mailings BOOLEAN DEFAULT FALSE NOT NULL;

-- One mailing is one template to one segment: sending it again resumes it, never starts it over.
CREATE TABLE mailing (
    id           UUID PRIMARY KEY,
    name         VARCHAR(400) NOT NULL,
    segment_id   UUID         NOT NULL,
    template_id  UUID         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mailing_segment_template UNIQUE (segment_id, template_id)
);

-- Each client's state in a mailing. SENDING is written and committed before the message goes to the
-- server: a run that dies between the two leaves the client SENDING, and nothing sends to them again
-- by itself, so no client ever gets the same mailing twice. FAILED keeps the server's answer and is
-- tried again when the mailing is resumed.
CREATE TABLE mailing_recipient (
    id            UUID PRIMARY KEY,
    mailing_id    UUID         NOT NULL,
    client_id     UUID         NOT NULL,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('SENDING', 'SENT', 'FAILED')),
    address       VARCHAR(400) NOT NULL,
    reason        VARCHAR(2000),
    touchpoint_id UUID,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mailing_recipient_once UNIQUE (mailing_id, client_id)
);
CREATE INDEX mailing_recipient_client ON mailing_recipient (client_id, status, updated_at);
