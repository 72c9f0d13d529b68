package app.rapport.store;

/** A file offered as a backup cannot be used; the message names it and says why. Nothing was changed. */
public class BackupRejectedException extends StoreException {
    public BackupRejectedException(String message) {
        super(message);
    }
}
