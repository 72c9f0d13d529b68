package app.rapport.domain;

public enum Quadrant { STRENGTH, WEAKNESS, OPPORTUNITY, THREAT }
