package app.rapport.domain;

public enum CompetitorRelation { MENTIONED, CONSIDERING, ALSO_BUYS_FROM, SWITCHED_TO_THEM, SWITCHED_FROM_THEM }
