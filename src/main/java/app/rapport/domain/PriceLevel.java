package app.rapport.domain;

public enum PriceLevel { LOWER, SIMILAR, HIGHER }
