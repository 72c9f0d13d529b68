package app.rapport.domain;

public enum OpportunityStatus { OPEN, WON, LOST, DISMISSED }
