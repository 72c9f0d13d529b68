package app.rapport.ui.task;

/**
 * Names a line of background work in which only the latest answer counts, such as "the client
 * search" of one list: a {@link BackgroundTask} submitted under a key supersedes the one submitted
 * under it before, whose answer the executor then drops. Each view keeps its own keys (a field per
 * line of work), so two open views never supersede each other's work.
 */
public final class TaskKey {
    private final String name;

    public TaskKey(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
