package app.rapport.domain;

public enum ClientKind { PERSON, COMPANY }
