package app.rapport.store.archive;

import java.util.List;

/** An archive that was not imported at all: it is invalid, or some of its records are already in the store. */
public final class ArchiveRejectedException extends RuntimeException {
    /** Why: the archive itself is wrong, or it is fine but clashes with what the store holds. */
    public enum Reason { INVALID, CONFLICTS }

    private final Reason reason;
    private final List<ArchiveProblem> problems;
    private final long total;

    /** {@code records}: how many records the archive holds, for the count of clashes to be read against. */
    public ArchiveRejectedException(Reason reason, List<ArchiveProblem> problems, long total, long records) {
        super(summary(reason, total, records));
        this.reason = reason;
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    public Reason reason() {
        return reason;
    }

    /** The first problems found (at most {@link ArchiveReader#MAX_PROBLEMS_KEPT}). */
    public List<ArchiveProblem> problems() {
        return problems;
    }

    /** How many problems there are in all. */
    public long total() {
        return total;
    }

    private static String summary(Reason reason, long total, long records) {
        return reason == Reason.INVALID
                ? "nothing was imported: the archive has " + total + (total == 1 ? " problem" : " problems")
                : "nothing was imported: " + total + " of the archive's " + records + (records == 1 ? " record" : " records")
                  + (total == 1 ? " is" : " are") + " already in the store (an import only adds new records; merging is not supported)";
    }
}
