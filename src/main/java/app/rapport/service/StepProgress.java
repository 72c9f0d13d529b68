package app.rapport.service;

import app.rapport.store.StoreBackups;

import java.util.concurrent.CancellationException;

/**
 * A {@link Progress} told step by step: each step that starts counts one of {@code total} and is
 * where a cancel takes effect, with {@code cancelled} as the message; steps past the point of no
 * return only report.
 */
final class StepProgress implements StoreBackups.Steps {
    private final Progress progress;
    private final int total;
    private final String cancelled;
    private int done;
    private boolean pastReturn;

    StepProgress(Progress progress, int total, String cancelled) {
        this.progress = progress;
        this.total = total;
        this.cancelled = cancelled;
    }

    @Override
    public void begin(String message) {
        if (!pastReturn && progress.isCancelled()) {
            throw new CancellationException(cancelled);
        }
        progress.update(done, total, message);
        done = Math.min(done + 1, total);
    }

    @Override
    public void pastReturn(String message) {
        pastReturn = true;
        progress.pointOfNoReturn();
        begin(message);
    }

    /** Cancels now if asked to, before anything is changed. */
    void checkCancelled() {
        if (!pastReturn && progress.isCancelled()) {
            throw new CancellationException(cancelled);
        }
    }

    /** Every step is done. */
    void finished() {
        progress.update(total, total, "Done");
    }
}
