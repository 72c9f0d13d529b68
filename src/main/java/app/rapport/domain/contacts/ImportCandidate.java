package app.rapport.domain.contacts;

import app.rapport.domain.Client;

import java.util.List;

/**
 * One contact read from a file: the line it starts on, the client it would become (with an id
 * already, so a preview and the import agree), the notes that come with it, what is wrong with
 * it as a whole ({@code problems}: a bad row, never imported) and the values left out of it
 * ({@code warnings}: "Email 2 'x' is not an email address"; the client is imported without them);
 * {@code noMailings}: the source says the client wants no mailings.
 */
public record ImportCandidate(long line, Client client, List<String> notes, List<String> problems, List<String> warnings,
                              boolean noMailings) {
    public ImportCandidate {
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** A contact whose source said nothing against mailings. */
    public ImportCandidate(long line, Client client, List<String> notes, List<String> problems, List<String> warnings) {
        this(line, client, notes, problems, warnings, false);
    }

    public ImportCandidate(long line, Client client, List<String> notes, List<String> problems) {
        this(line, client, notes, problems, List.of());
    }

    public boolean isBad() {
        return !problems.isEmpty();
    }

    /** "12: reason; other reason", the form the command line prints. */
    public String problemLine() {
        return line + ": " + String.join("; ", problems);
    }

    /** One line per value left out: "512: birthday '1986-02-30' is not a date — imported without it". */
    public List<String> warningLines() {
        return warnings.stream().map(warning -> line + ": " + warning + " \u2014 imported without it").toList();
    }
}
