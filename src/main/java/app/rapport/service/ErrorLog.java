package app.rapport.service;

import app.rapport.store.PrivateFiles;
import app.rapport.store.StoreLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rapport's own record of what went wrong, in {@code logs/} of the data folder, for whoever looks
 * into a problem later. It holds what failed and where in the code, and for a database error the
 * statement's shape with every value taken out: never a message, a name or a value a client's
 * record carries, because the log is not encrypted and outlives the work. It rotates
 * ({@value #FILES} files of at most {@value #FILE_LIMIT} bytes), and like everything in the data
 * folder it is readable by its owner alone.
 */
public final class ErrorLog {
    static final String FOLDER = "logs";
    static final String FILE_PATTERN = "errors.%g.log";
    static final int FILE_LIMIT = 256 * 1024;
    static final int FILES = 3;
    private static final int APP_FRAMES = 12;
    /** jOOQ names the statement that failed at the start of its message: {@code SQL [...]; reason}. */
    private static final Pattern JOOQ_STATEMENT = Pattern.compile("^SQL \\[(.*?)\\]; ", Pattern.DOTALL);
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern NUMBER_LITERAL = Pattern.compile("(?<![\\w\"])-?\\d+(?:\\.\\d+)?(?![\\w\"])");

    private final Path folder;

    private ErrorLog(Path folder) {
        this.folder = folder;
    }

    /** The log in the data folder of the store at {@code location}; none for a store on a server (it has no data folder). */
    public static ErrorLog of(StoreLocation location) {
        return new ErrorLog(location.isServer() ? null : location.dataFile().getParent().resolve(FOLDER));
    }

    /** The folder the log files are in (null for a store on a server). */
    public Path folder() {
        return folder;
    }

    /**
     * Records that {@code failure} ended {@code where} (a command, a window action). A user's own
     * mistake (a field left blank) or a cancelled task is not an error and is not recorded, nor is
     * anything when the data folder does not exist (nothing was ever stored there to look into).
     */
    public void record(String where, Throwable failure) {
        if (folder == null || isNotAnError(failure) || !Files.isDirectory(folder.getParent())) {
            return;
        }
        synchronized (ErrorLog.class) {
            try {
                PrivateFiles.ownFolder(folder);
                // Opened for each record and closed again: errors are rare, and no lock or open file lingers between them.
                FileHandler handler = new FileHandler(folder.resolve(FILE_PATTERN).toString(), FILE_LIMIT, FILES, true);
                try {
                    handler.setFormatter(new LineFormatter());
                    handler.setLevel(Level.ALL);
                    handler.publish(new LogRecord(Level.SEVERE, describe(where, failure)));
                    handler.flush();
                } finally {
                    makeFilesOwnerOnly();
                    handler.close();
                }
            } catch (IOException | RuntimeException e) {
                // The log only helps to look into a problem later; a log that cannot be written must not add one.
            }
        }
    }

    private static boolean isNotAnError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ValidationException || cause instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    /** The log's files and JUL's lock file beside them; JUL makes them as the umask says. */
    private void makeFilesOwnerOnly() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(PrivateFiles::makeOwnerOnlyIfPossible);
        }
    }

    /** What is written for one failure: no message of any exception, only classes, code lines and statement shapes. */
    static String describe(String where, Throwable failure) {
        StringBuilder text = new StringBuilder(where).append(": ").append(failure.getClass().getName());
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause != failure) {
                text.append("\n  caused by ").append(cause.getClass().getName());
            }
            if (cause instanceof SQLException sql) {
                text.append(" (SQL state ").append(sql.getSQLState()).append(", error ").append(sql.getErrorCode()).append(')');
            }
            statementOf(cause).ifPresent(statement -> text.append("\n  statement: ").append(statement));
        }
        int shown = 0;
        for (StackTraceElement frame : failure.getStackTrace()) {
            if (frame.getClassName().startsWith("app.rapport.") && shown++ < APP_FRAMES) {
                text.append("\n  at ").append(frame);
            }
        }
        return text.toString();
    }

    private static java.util.Optional<String> statementOf(Throwable failure) {
        String message = failure.getMessage();
        if (message == null) {
            return java.util.Optional.empty();
        }
        Matcher statement = JOOQ_STATEMENT.matcher(message);
        return statement.find() ? java.util.Optional.of(shapeOf(statement.group(1))) : java.util.Optional.empty();
    }

    /** The statement with every literal replaced by {@code ?}: which statement failed, never what it carried. */
    static String shapeOf(String sql) {
        String withoutStrings = STRING_LITERAL.matcher(sql).replaceAll("?");
        return NUMBER_LITERAL.matcher(withoutStrings).replaceAll("?").replaceAll("\\s+", " ").strip();
    }

    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            return record.getInstant() + " " + record.getMessage() + System.lineSeparator();
        }
    }
}
