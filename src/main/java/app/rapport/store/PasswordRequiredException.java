package app.rapport.store;

/** The store is encrypted and no password was given. */
public class PasswordRequiredException extends StoreException {
    public PasswordRequiredException(String message) {
        super(message);
    }
}
