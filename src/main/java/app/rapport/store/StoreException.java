package app.rapport.store;

/** A store problem explained in words a user can act on; the message names the file. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
