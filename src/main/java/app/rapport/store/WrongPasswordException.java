package app.rapport.store;

/** The store is encrypted and the password given does not open it. */
public class WrongPasswordException extends StoreException {
    public WrongPasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}
