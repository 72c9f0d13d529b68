-- A playbook rule's role in a brief: a 'situation' (an open complaint, a promise we are late with…)
-- owns the whole frame of the conversation when it is the most urgent that applies; a 'colour' rule
-- fills only what the frame leaves open. 'because' is the plain-words reason shown beside its lines.
ALTER TABLE playbook_rule ADD COLUMN role VARCHAR(16) DEFAULT 'colour' NOT NULL;
ALTER TABLE playbook_rule ADD COLUMN because VARCHAR(1000);
