package app.rapport.service;

/** How long work reports its progress and learns that the user cancelled it. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /**
     * From here on the work finishes even when cancelled (a file is being swapped in); a window
     * stops offering Cancel. A cancel asked for before this call is still {@link #isCancelled()}
     * after it, and one asked for later is refused: work that must not lose a cancel asks once
     * more right after this call.
     */
    default void pointOfNoReturn() {
    }
}
