package app.rapport.service.contacts;

/** A file that is not something Rapport can import at all (empty, binary, ...); the message says why. */
public final class UnreadableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String message) {
        super(message);
    }
}
