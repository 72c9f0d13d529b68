package app.rapport.domain;

/** What is wrong with one field of a form, in words for the person filling it in. */
public record FieldProblem(String field, String message) {
}
