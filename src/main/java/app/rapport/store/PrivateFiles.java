package app.rapport.store;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner can read: a client book holds names, birthdays and notes
 * that other accounts on a shared computer must not see. Where the file system has POSIX
 * permissions, folders are {@code 0700} and files {@code 0600}; elsewhere (Windows) the per-user
 * data folder's inherited access list already keeps other accounts out, and these calls only
 * create what is asked for.
 *
 * <p>Everything Rapport writes into the data folder goes through here: the store, backups,
 * replaced and unencrypted copies, exports, working copies and the error log.
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * Creates {@code folder} and any missing parents owner-only ({@code 0700}); folders that exist
     * already are left as they are (the user's own Documents folder is not ours to change).
     */
    public static Path createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolder(parent);
        }
        if (hasPosixPermissions(absolute.getFileSystem())) {
            try {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made by another thread or process in the meantime
            }
            // the umask may have taken bits away from what was asked; it never adds any, but say it exactly
            tighten(absolute, OWNER_ONLY_FOLDER);
        } else {
            Files.createDirectories(absolute);
        }
        return absolute;
    }

    /** Creates the folder {@code folder} (a folder of Rapport's own, such as backups) and makes it owner-only even if it existed. */
    public static Path ownFolder(Path folder) throws IOException {
        createFolder(folder);
        tighten(folder, OWNER_ONLY_FOLDER);
        return folder;
    }

    /** Creates an empty owner-only file; fails if it exists. */
    public static Path createFile(Path file) throws IOException {
        if (hasPosixPermissions(file.getFileSystem())) {
            return Files.createFile(file, ownerOnlyFileAttribute());
        }
        return Files.createFile(file);
    }

    /** An owner-only temporary file in {@code folder} (which must exist). */
    public static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
        if (hasPosixPermissions(folder.getFileSystem())) {
            return Files.createTempFile(folder, prefix, suffix, ownerOnlyFileAttribute());
        }
        return Files.createTempFile(folder, prefix, suffix);
    }

    /** An owner-only temporary folder in {@code folder} (created if missing). */
    public static Path createTempFolder(Path folder, String prefix) throws IOException {
        createFolder(folder);
        if (hasPosixPermissions(folder.getFileSystem())) {
            return Files.createTempDirectory(folder, prefix, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        }
        return Files.createTempDirectory(folder, prefix);
    }

    /**
     * Makes the existing file {@code file} owner-only ({@code 0600}); true when it was readable or
     * writable by others before. A file that is gone, or a file system without POSIX permissions, is left alone.
     */
    public static boolean makeOwnerOnly(Path file) throws IOException {
        return tighten(file, OWNER_ONLY_FILE);
    }

    /** {@link #makeOwnerOnly} for the places where a failure to tighten must not stop the work; it is tried again next time. */
    public static boolean makeOwnerOnlyIfPossible(Path file) {
        try {
            return makeOwnerOnly(file);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view == null || !Files.exists(path)) {
            return false;
        }
        Set<PosixFilePermission> now = view.readAttributes().permissions();
        if (now.equals(wanted)) {
            return false;
        }
        view.setPermissions(wanted);
        return !wanted.containsAll(now);
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnlyFileAttribute() {
        return PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE);
    }

    private static boolean hasPosixPermissions(FileSystem fileSystem) {
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }
}
