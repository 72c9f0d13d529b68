package app.rapport.domain;

public enum OpportunityKind { REQUEST, REFUSAL, UPSELL, COMPLAINT, REFERRAL }
