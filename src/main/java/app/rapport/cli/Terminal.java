package app.rapport.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Where the command line asks a person something. Questions never go to standard output, which
 * belongs to the command's result (a script may be reading {@code --json} from it): they go to
 * the terminal itself when there is one, else to standard error.
 */
public final class Terminal {
    /** No person to ask: every question fails, every confirmation is refused. */
    public static final Terminal NOBODY = new Terminal(null, null, null);

    /** A person at a terminal: asked a question, answers a line, or a password without echo. */
    public interface Person {
        String answer(String question);

        char[] password(String prompt);
    }

    private final Person person;
    private final BufferedReader input;
    private final PrintWriter questions;

    /**
     * @param person    the person at the terminal, when both standard input and output are one (else null)
     * @param input     standard input, read when there is no terminal (a password piped in)
     * @param questions where questions go when there is no terminal: standard error
     */
    public Terminal(Person person, BufferedReader input, PrintWriter questions) {
        this.person = person;
        this.input = input;
        this.questions = questions;
    }

    /** The process's own terminal ({@link System#console()}, null when input or output is redirected). */
    public static Terminal of(Console console, BufferedReader input, PrintWriter questions) {
        Person person = console == null ? null : new Person() {
            @Override
            public String answer(String question) {
                return console.readLine("%s", question);
            }

            @Override
            public char[] password(String prompt) {
                return console.readPassword("%s", prompt);
            }
        };
        return new Terminal(person, input, questions);
    }

    /** Whether a person is at a terminal to answer a yes-or-no question. */
    boolean hasPerson() {
        return person != null;
    }

    /** Asks for a password without echo at a terminal; without one, reads a line of standard input. */
    char[] password(String prompt) {
        if (person != null) {
            return person.password(prompt);
        }
        if (input == null) {
            throw new IllegalArgumentException("--password asks at a terminal, and there is none here;"
                    + " give the password with --password-file FILE or the " + RapportCommand.PASSWORD_VARIABLE + " environment variable");
        }
        questions.print(prompt);
        questions.flush();
        try {
            String line = input.readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password: " + e.getMessage(), e);
        }
    }

    /** True when the person at the terminal answers {@code yes}; false without a terminal. */
    boolean confirms(String question) {
        if (person == null) {
            return false;
        }
        String answer = person.answer(question + " Type yes to go on: ");
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }
}
