package app.rapport.store;

/** The file is not a Rapport store, or cannot be read as one; it has been left untouched. */
public class NotARapportStoreException extends StoreException {
    public NotARapportStoreException(String message) {
        super(message);
    }

    public NotARapportStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
