package app.rapport.store;

/** The store file is held by another Rapport window or process. */
public class StoreLockedException extends StoreException {
    public StoreLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
