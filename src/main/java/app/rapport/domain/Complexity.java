package app.rapport.domain;

/** Complex products need onboarding soon after the sale; simple ones a warm word. */
public enum Complexity { SIMPLE, COMPLEX }
