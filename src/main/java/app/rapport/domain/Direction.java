package app.rapport.domain;

public enum Direction { INBOUND, OUTBOUND }
