package app.rapport.domain;

import java.time.LocalDate;
import java.util.List;

/** The rules a client profile must meet before it is saved. */
public final class ClientValidation {
    private ClientValidation() {
    }

    /**
     * Every problem with {@code client} as of {@code today}: field names are the record's
     * component names ("displayName", "emails[1]", "phones[0]", "birthday", ...).
     */
    public static List<FieldProblem> problems(Client client, LocalDate today) {
        throw new UnsupportedOperationException("not yet");
    }
}
