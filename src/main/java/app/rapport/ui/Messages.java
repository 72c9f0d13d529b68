package app.rapport.ui;

/** Turns a failure into the one sentence a user sees. */
public final class Messages {
    private Messages() {
    }

    public static String of(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return "Something went wrong (" + failure.getClass().getSimpleName() + ").";
        }
        return message;
    }
}
