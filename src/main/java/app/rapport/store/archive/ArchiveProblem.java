package app.rapport.store.archive;

/** One thing wrong with an archive, at a JSON path such as {@code clients[12].emails[0]}. */
public record ArchiveProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
