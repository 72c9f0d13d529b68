package app.rapport.service;

import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import app.rapport.store.StoreBackups;
import app.rapport.store.StoreException;
import app.rapport.store.StoreLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Backups of the open store, taken while it stays open: automatically once a day when the window
 * opens, and on demand. Each one is verified before it counts, and only the newest
 * {@value #DEFAULT_KEEP} (the setting {@value #KEEP_SETTING}) are kept.
 */
public final class BackupService {
    public static final String KEEP_SETTING = "backup.keep";
    public static final int DEFAULT_KEEP = 10;

    private final Store store;
    private final Clock clock;

    BackupService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Backs up into the store's backup folder and deletes the oldest backups beyond the ones to keep. */
    public Backup backUpNow() {
        return backUpNow(Progress.NONE);
    }

    /** {@link #backUpNow()} step by step; cancelled, no backup file is left and none is removed. */
    public Backup backUpNow(Progress progress) {
        if (store.isOnServer()) {
            throw new IllegalArgumentException("A book on a team server has no backup folder on this computer: name the file to back it up to"
                    + " (rapport backup FILE.json). The server's own backups are its administrator's (pg_dump).");
        }
        StoreBackups.Check check = StoreBackups.backUp(store, StoreBackups.defaultTarget(store.location(), clock.instant()), false,
                new StepProgress(progress, StoreBackups.BACKUP_STEPS, "Backup cancelled; no backup file was written."));
        List<Path> removed = StoreBackups.rotate(store.location(), keep());
        return new Backup(check.file(), check.clients(), size(check.file()), removed.size());
    }

    /**
     * Backs up to {@code file}, outside the rotation; an existing file is replaced only when
     * {@code overwrite}. A book on a team server is written as a JSON archive (see README, "JSON
     * archive"), verified by reading it back into a throw-away store file.
     */
    public Backup backUpTo(Path file, boolean overwrite) {
        if (store.isOnServer()) {
            return archiveOfServerBook(file, overwrite);
        }
        StoreBackups.Check check = StoreBackups.backUp(store, file, overwrite);
        return new Backup(check.file(), check.clients(), size(check.file()), 0);
    }

    /**
     * Backs up unless a backup was already taken today (the user's day). A store on a team server
     * is never due: the server's administrator backs it up (pg_dump), not each desk.
     */
    public Optional<Backup> backUpIfDue() {
        if (store.isOnServer()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        boolean doneToday = StoreBackups.newestBackupTime(store.location())
                .map(taken -> LocalDate.ofInstant(taken, clock.getZone()).equals(today))
                .orElse(false);
        return doneToday ? Optional.empty() : Optional.of(backUpNow());
    }

    /**
     * Checks a backup (a backup .zip or a .mv.db store file) without touching the store, and says
     * what it holds: a bad file fails here with a message naming it.
     */
    public Contents check(Path backup) {
        return check(backup, Progress.NONE);
    }

    /** {@link #check(Path)} step by step; it changes nothing, cancelled or not. */
    public Contents check(Path backup, Progress progress) {
        StoreBackups.Check check = StoreBackups.verify(backup, store.location().passphrase(),
                new StepProgress(progress, StoreBackups.VERIFY_STEPS, "Check cancelled; nothing was restored."));
        return new Contents(backup, check.clients(), check.encrypted());
    }

    /** What a checked backup holds. */
    public record Contents(Path file, int clients, boolean encrypted) {
    }

    /** How many automatic and "Back up now" backups are kept (at least 1). */
    public int keep() {
        String value = new SettingRepository(store.dsl()).all().get(KEEP_SETTING);
        try {
            return value == null ? DEFAULT_KEEP : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    /** Changes how many backups are kept; takes effect at the next backup. */
    public void setKeep(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + count);
        }
        store.inTransaction(dsl -> {
            new SettingRepository(dsl).put(KEEP_SETTING, Integer.toString(count));
            return null;
        });
    }

    /** The folder the backups go to. */
    public Path folder() {
        return store.location().backupFolder();
    }

    /** The backups in the rotation, newest first. */
    public List<Path> backups() {
        return StoreBackups.rotatedBackups(store.location());
    }

    private Backup archiveOfServerBook(Path file, boolean overwrite) {
        ArchiveService.Result written;
        Path checkFolder;
        try {
            written = new ArchiveService(store, clock).exportTo(file, overwrite);
            checkFolder = Files.createTempDirectory("rapport-backup-check"); // owner-only, as POSIX temporary folders are made
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not write the backup " + file + ": " + e.getMessage(), e);
        }
        try (Store check = Store.open(StoreLocation.of(checkFolder.resolve("check").toString()), clock)) {
            ArchiveService.Result read = new ArchiveService(check, clock).importFrom(file);
            if (!read.counts().equals(written.counts())) {
                throw new StoreException("The backup " + file + " does not read back as it was written (" + written.counts() + " written, "
                        + read.counts() + " read); do not rely on it, and back up again.");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not read the backup " + file + " back to check it: " + e.getMessage(), e);
        } finally {
            deleteQuietly(checkFolder);
        }
        long clients = written.counts().getOrDefault("clients", 0L);
        return new Backup(file.toAbsolutePath(), (int) clients, size(file), 0);
    }

    private static void deleteQuietly(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system clears it
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** A verified backup: where it is, how many clients it holds, its size, and how many old ones were removed. */
    public record Backup(Path file, int clients, long sizeBytes, int removedOldBackups) {
    }
}
