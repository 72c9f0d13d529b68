package app.rapport.service;

import app.rapport.domain.FieldProblem;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be saved; nothing was written. */
public class ValidationException extends RuntimeException {
    private final List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
