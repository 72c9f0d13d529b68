package app.rapport.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The files Rapport writes for the user (exports, backups): a target is checked before any work,
 * its missing folders are made, and it is written through a temporary file beside it, so a failed
 * write never leaves half a file nor spoils the file it would replace.
 */
public final class WrittenFiles {
    private WrittenFiles() {
    }

    /** Writes into the temporary file it is given; its result is handed back once the file is in place. */
    @FunctionalInterface
    public interface Work<T> {
        T write(Path temporary) throws IOException;
    }

    /** What to say when {@code file} exists and was not to be replaced. */
    public static String alreadyExists(Path file) {
        return file + " already exists; choose another name, or add --force to replace it (nothing was written)";
    }

    /** What to say when {@code file} names a folder. */
    public static String isAFolder(Path file) {
        return file + " is a folder; give the name of a file to write (nothing was written)";
    }

    /**
     * Refuses a {@code file} that is a folder, or that exists when {@code overwrite} is false, and
     * makes its missing folders (owner-only: what is written there is the business's data).
     * Returns the file as an absolute path.
     */
    public static Path prepare(Path file, boolean overwrite) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileSystemException(isAFolder(file));
        }
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(alreadyExists(file));
        }
        Path folder = target.getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileSystemException(folder + " is a file, not a folder, so " + file.getFileName()
                    + " cannot be written into it (nothing was written)");
        }
        PrivateFiles.createFolder(folder);
        return target;
    }

    /** {@link #prepare}s {@code file}, has {@code work} write a temporary file beside it, then puts that in its place. */
    public static <T> T writeThroughTemporary(Path file, boolean overwrite, Work<T> work) throws IOException {
        Path target = prepare(file, overwrite);
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            T result = work.write(temporary);
            if (overwrite) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return result;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
