package app.rapport.domain.contacts;

import app.rapport.domain.Client;

import java.util.List;

/**
 * One contact read from a file: the line it starts on, the client it would become (with an id
 * already, so a preview and the import agree), the notes that come with it, and what is wrong
 * with it. A candidate with problems is a bad row and is never imported.
 */
public record ImportCandidate(long line, Client client, List<String> notes, List<String> problems) {
    public ImportCandidate {
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    public boolean isBad() {
        return !problems.isEmpty();
    }

    /** "12: reason; other reason", the form the command line prints. */
    public String problemLine() {
        return line + ": " + String.join("; ", problems);
    }
}
