package app.rapport.store;

/** The team server cannot be reached (down, or no network to it): worth trying again later. */
public class ServerUnavailableException extends StoreException {
    public ServerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
