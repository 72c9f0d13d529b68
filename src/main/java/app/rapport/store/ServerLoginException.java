package app.rapport.store;

/** The team server answered but would not let this login in (password, database, rights). */
public class ServerLoginException extends StoreException {
    public ServerLoginException(String message, Throwable cause) {
        super(message, cause);
    }
}
