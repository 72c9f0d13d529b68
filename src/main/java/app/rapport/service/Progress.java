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
     * stops offering Cancel.
     */
    default void pointOfNoReturn() {
    }
}
