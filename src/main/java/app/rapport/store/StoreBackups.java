package app.rapport.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Backups of a store, and the operations that replace a store's file: restore and encryption.
 *
 * <p>A backup is H2's online backup (BACKUP TO: a zip holding the store file), taken while the
 * store stays open, and it only counts once it has been verified: opened read-only as a Rapport
 * store and read through completely with SCRIPT (H2 files have been reported corrupt after crashes
 * and even after restoring an online backup). A file that fails the check is deleted.
 *
 * <p>Anything that replaces the store's file works on the closed store, checks the new file
 * first and keeps the old one in {@code backups/}, so nothing saved is ever lost on the way.
 */
public final class StoreBackups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String ZIP = ".zip";
    private static final byte[] ZIP_HEADER = {'P', 'K', 3, 4};
    private static final SecureRandom RANDOM = new SecureRandom();

    private StoreBackups() {
    }

    /**
     * Hears each step of a long operation as it starts. Cancelling is throwing a
     * {@link java.util.concurrent.CancellationException} from {@link #begin}: the operation then
     * cleans up and leaves everything as it was. {@link #pastReturn} announces the steps that
     * swap files in; they finish whatever happens.
     */
    public interface Steps {
        Steps NONE = new Steps() {
            @Override
            public void begin(String message) {
            }

            @Override
            public void pastReturn(String message) {
            }
        };

        void begin(String message);

        void pastReturn(String message);
    }

    /** Steps {@link #backUp} reports. */
    public static final int BACKUP_STEPS = 4;
    /** Steps {@link #verify} reports. */
    public static final int VERIFY_STEPS = 2;
    /** Steps {@link #restore} reports. */
    public static final int RESTORE_STEPS = 3;
    /** Steps {@link #encrypt} reports. */
    public static final int ENCRYPT_STEPS = 5;

    /** What a verified backup (or store file) holds. */
    public record Check(Path file, String schemaVersion, int clients, boolean encrypted, Map<String, Integer> rows) {
    }

    /** The name automatic and "Back up now" backups get; only these are rotated. */
    static Pattern rotatedName(StoreLocation location) {
        return Pattern.compile(Pattern.quote(location.baseName()) + "-(\\d{8}-\\d{6})" + Pattern.quote(ZIP));
    }

    /** The file a backup taken at {@code now} gets in the store's backup folder. */
    public static Path defaultTarget(StoreLocation location, Instant now) {
        return location.backupFolder().resolve(location.baseName() + "-" + STAMP.format(now) + ZIP);
    }

    /**
     * Writes an online backup of the open {@code store} to {@code target} and verifies it; a
     * backup that fails the check is deleted and reported.
     */
    public static Check backUp(Store store, Path target, boolean overwrite) {
        return backUp(store, target, overwrite, Steps.NONE);
    }

    /**
     * {@link #backUp(Store, Path, boolean)} in {@value #BACKUP_STEPS} steps; cancelled, it leaves
     * no file behind (H2's BACKUP itself runs to its end; the steps around it stop).
     */
    public static Check backUp(Store store, Path target, boolean overwrite, Steps steps) {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new StoreException(WrittenFiles.isAFolder(file) + ".");
        }
        if (!overwrite && Files.exists(file)) {
            throw new StoreException(WrittenFiles.alreadyExists(file) + ".");
        }
        Path partial = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            if (file.getParent().equals(store.location().backupFolder())) {
                PrivateFiles.ownFolder(file.getParent());
            } else {
                PrivateFiles.createFolder(file.getParent());
            }
            Files.deleteIfExists(partial);
            // H2 writes into the file it is given as it is, so it is made owner-only before any data reaches it
            PrivateFiles.createFile(partial);
            steps.begin("Writing the backup");
            store.backUpTo(partial);
            PrivateFiles.makeOwnerOnly(partial);
            Check check = verify(partial, store.location().passphrase(), steps);
            steps.begin("Keeping the backup");
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Check(file, check.schemaVersion(), check.clients(), check.encrypted(), check.rows());
        } catch (IOException e) {
            throw new StoreException("Could not write the backup " + file + ": " + e.getMessage(), e);
        } catch (BackupRejectedException e) {
            throw new StoreException("The backup " + file + " failed its check and was not kept: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /** Deletes the oldest rotated backups of the store so that {@code keep} remain. */
    public static List<Path> rotate(StoreLocation location, int keep) {
        List<Path> backups = rotatedBackups(location);
        List<Path> deleted = new ArrayList<>();
        for (Path old : backups.subList(Math.min(Math.max(keep, 1), backups.size()), backups.size())) {
            try {
                Files.deleteIfExists(old);
                deleted.add(old);
            } catch (IOException e) {
                // An old backup that cannot be deleted now is tried again after the next backup.
            }
        }
        return deleted;
    }

    /** The store's rotated backups, newest first. */
    public static List<Path> rotatedBackups(StoreLocation location) {
        Pattern name = rotatedName(location);
        if (!Files.isDirectory(location.backupFolder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(location.backupFolder())) {
            return files.filter(file -> name.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the newest rotated backup was taken, read from its name. */
    public static Optional<Instant> newestBackupTime(StoreLocation location) {
        Pattern name = rotatedName(location);
        for (Path backup : rotatedBackups(location)) {
            Matcher matcher = name.matcher(backup.getFileName().toString());
            if (matcher.matches()) {
                try {
                    return Optional.of(LocalDateTime.parse(matcher.group(1), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                            .toInstant(ZoneOffset.UTC));
                } catch (DateTimeParseException e) {
                    // a name that only looks like ours; the next one may be readable
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Checks that {@code file} (a backup zip or a store file) holds a complete Rapport store that
     * this version can open: it is opened read-only from a temporary copy and read through.
     *
     * @throws BackupRejectedException with a message naming the file and what is wrong
     */
    public static Check verify(Path file, Passphrase passphrase) {
        return verify(file, passphrase, Steps.NONE);
    }

    /** {@link #verify(Path, Passphrase)} in {@value #VERIFY_STEPS} steps; nothing to undo when cancelled. */
    public static Check verify(Path file, Passphrase passphrase, Steps steps) {
        Path source = file.toAbsolutePath();
        Path work = temporaryFolder(source.getParent());
        try {
            steps.begin("Unpacking the backup to check it");
            Path copy = unpack(source, work);
            steps.begin("Reading every record of the backup");
            return check(source, new StoreLocation(copy, passphrase));
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Replaces the closed store at {@code location} with the backup {@code backup}, after checking
     * the backup; the replaced file is moved to the backup folder and its name returned (empty
     * when there was no store yet).
     */
    public static Restored restore(StoreLocation location, Path backup, Clock clock) {
        return restore(location, backup, clock, Steps.NONE);
    }

    /** {@link #restore(StoreLocation, Path, Clock)} in {@value #RESTORE_STEPS} steps; cancelled before the last, nothing is changed. */
    public static Restored restore(StoreLocation location, Path backup, Clock clock, Steps steps) {
        Path source = backup.toAbsolutePath();
        if (source.equals(location.dataFile())) {
            throw new BackupRejectedException(source + " is the store itself; choose a backup to restore from.");
        }
        ensureNotInUse(location);
        Path work = temporaryFolder(location.dataFile().getParent());
        try {
            steps.begin("Unpacking the backup");
            Path copy = unpack(source, work);
            steps.begin("Reading every record of the backup");
            Check check = check(source, new StoreLocation(copy, location.passphrase()));
            steps.pastReturn("Putting the backup in place");
            Path replaced = null;
            if (Files.exists(location.dataFile())) {
                replaced = location.backupFolder().resolve(location.baseName() + "-replaced-" + STAMP.format(clock.instant())
                        + StoreLocation.SUFFIX);
                PrivateFiles.ownFolder(replaced.getParent());
                Files.move(location.dataFile(), replaced);
                PrivateFiles.makeOwnerOnly(replaced);
            }
            PrivateFiles.makeOwnerOnly(copy);
            try {
                Files.move(copy, location.dataFile(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (replaced != null) {
                    Files.move(replaced, location.dataFile());
                }
                throw e;
            }
            return new Restored(check, Optional.ofNullable(replaced));
        } catch (IOException e) {
            throw new StoreException("Could not restore " + location.dataFile() + " from " + source + ": " + e.getMessage()
                    + ". The store was left as it was.", e);
        } finally {
            deleteTree(work);
        }
    }

    /** A restore that happened: what the backup held, and where the replaced store was kept. */
    public record Restored(Check backup, Optional<Path> replacedStore) {
    }

    /**
     * Encrypts the closed plain store at {@code location} with {@code passphrase}: an encrypted
     * copy is written beside it, checked to open with the passphrase and to hold the same rows,
     * and only then put in the store's place. The plain file is moved to the backup folder when
     * {@code keepPlainCopy}, else deleted.
     */
    public static Encrypted encrypt(StoreLocation location, Passphrase passphrase, boolean keepPlainCopy, Clock clock) {
        return encrypt(location, passphrase, keepPlainCopy, clock, Steps.NONE);
    }

    /**
     * {@link #encrypt(StoreLocation, Passphrase, boolean, Clock)} in {@value #ENCRYPT_STEPS} steps;
     * cancelled before the last, the store is as it was and the encrypted copy is deleted.
     */
    public static Encrypted encrypt(StoreLocation location, Passphrase passphrase, boolean keepPlainCopy, Clock clock, Steps steps) {
        if (location.isEncrypted()) {
            throw new StoreException(location.dataFile() + " is already encrypted.");
        }
        ensureNotInUse(location);
        StoreLocation plain = location.withPassphrase(null);
        steps.begin("Reading every record of your store");
        Check before = check(plain.dataFile(), plain);
        Path work = temporaryFolder(location.dataFile().getParent());
        char[] filePassword = passphrase.filePassword();
        try {
            Path copy = work.resolve(location.baseName() + StoreLocation.SUFFIX);
            steps.begin("Copying your store");
            Files.copy(location.dataFile(), copy);
            steps.begin("Encrypting the copy");
            ChangeFileEncryption.execute(work.toString(), location.baseName(), "AES", null, filePassword, true);
            StoreLocation encrypted = new StoreLocation(copy, passphrase);
            if (!encrypted.isEncrypted()) {
                throw new StoreException("H2 did not encrypt the copy of " + location.dataFile() + "; nothing was changed.");
            }
            steps.begin("Checking the encrypted copy");
            Check after = check(copy, encrypted);
            if (!after.rows().equals(before.rows())) {
                throw new StoreException("The encrypted copy of " + location.dataFile() + " does not hold the same records ("
                        + after.rows() + " instead of " + before.rows() + "); nothing was changed.");
            }
            steps.pastReturn("Putting the encrypted store in place");
            Path plainCopy = null;
            if (keepPlainCopy) {
                plainCopy = location.backupFolder().resolve(location.baseName() + "-unencrypted-" + STAMP.format(clock.instant())
                        + StoreLocation.SUFFIX);
                PrivateFiles.ownFolder(plainCopy.getParent());
                Files.copy(location.dataFile(), plainCopy);
                PrivateFiles.makeOwnerOnly(plainCopy);
            }
            PrivateFiles.makeOwnerOnly(copy);
            Files.move(copy, location.dataFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Encrypted(after, Optional.ofNullable(plainCopy));
        } catch (IOException | SQLException e) {
            throw new StoreException("Could not encrypt " + location.dataFile() + ": " + e.getMessage() + ". Nothing was changed.", e);
        } finally {
            Arrays.fill(filePassword, '\0');
            deleteTree(work);
        }
    }

    /** An encryption that happened, and where the plain copy was kept if it was asked for. */
    public record Encrypted(Check store, Optional<Path> plainCopy) {
    }

    /** Backups in the store's backup folder that are not encrypted (zips and store files). */
    public static List<Path> unencryptedBackups(StoreLocation location) {
        if (!Files.isDirectory(location.backupFolder())) {
            return List.of();
        }
        String prefix = location.baseName() + "-";
        try (Stream<Path> files = Files.list(location.backupFolder())) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .filter(file -> file.getFileName().toString().endsWith(ZIP) || file.getFileName().toString().endsWith(StoreLocation.SUFFIX))
                    .filter(file -> !holdsEncryptedStore(file))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsEncryptedStore(Path file) {
        if (!file.getFileName().toString().endsWith(ZIP)) {
            return StoreLocation.isEncryptedFile(file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = storeEntry(zip, file);
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(10), java.nio.charset.StandardCharsets.US_ASCII).equals("H2encrypt\n");
            }
        } catch (IOException | BackupRejectedException e) {
            return false;
        }
    }

    /**
     * Fails when another program holds the store open. H2 locks the store file itself while it is
     * open, so a lock we can take means nobody is writing to it.
     */
    public static void ensureNotInUse(StoreLocation location) {
        if (!Files.exists(location.dataFile())) {
            return;
        }
        try (FileChannel channel = FileChannel.open(location.dataFile(), StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw locked(location, null);
            }
        } catch (OverlappingFileLockException e) {
            throw locked(location, e);
        } catch (IOException e) {
            throw new StoreException("Cannot use " + location.dataFile() + ": " + e.getMessage(), e);
        }
    }

    private static StoreLockedException locked(StoreLocation location, Throwable cause) {
        return new StoreLockedException("The store " + location.dataFile()
                + " is open in a Rapport window or another program. Close it there first; nothing was changed.", cause);
    }

    /** Copies the store file out of {@code source} (a backup zip or a store file) into {@code work}. */
    private static Path unpack(Path source, Path work) {
        if (!Files.isRegularFile(source)) {
            throw new BackupRejectedException(source + " is not a file.");
        }
        Path copy = work.resolve("restore" + StoreLocation.SUFFIX);
        try {
            if (startsWith(source, ZIP_HEADER)) {
                try (ZipFile zip = new ZipFile(source.toFile())) {
                    try (InputStream in = zip.getInputStream(storeEntry(zip, source))) {
                        Files.copy(in, copy);
                    }
                } catch (ZipException | java.io.EOFException e) {
                    throw new BackupRejectedException(source + " is not a complete backup: the file is cut short or damaged ("
                            + e.getMessage() + "). Nothing was changed.");
                }
            } else if (Files.size(source) > 0 && Store.isH2File(source)) {
                Files.copy(source, copy);
            } else {
                throw new BackupRejectedException(source + " is not a Rapport backup (neither a backup zip nor a store file). Nothing was changed.");
            }
        } catch (IOException e) {
            throw new BackupRejectedException(source + " could not be read: " + e.getMessage() + ". Nothing was changed.");
        }
        return copy;
    }

    private static ZipEntry storeEntry(ZipFile zip, Path source) {
        List<? extends ZipEntry> stores = zip.stream().filter(entry -> entry.getName().endsWith(StoreLocation.SUFFIX)).toList();
        if (stores.size() != 1) {
            throw new BackupRejectedException(source + " is a zip file but not a Rapport backup (it should hold exactly one .mv.db store file). "
                    + "Nothing was changed.");
        }
        return stores.get(0);
    }

    /**
     * Checks that the store file is a Rapport store this version can read, reads every row
     * (SCRIPT), and counts what it holds. The file is opened read-only; only an encrypted file is
     * then opened for writing, to encrypt its script, and that is always a temporary copy.
     */
    private static Check check(Path source, StoreLocation location) {
        if (!Store.isH2File(location.dataFile())) {
            throw new BackupRejectedException(source + " is not a Rapport backup (it does not hold an H2 database). Nothing was changed.");
        }
        if (location.isEncrypted() && location.passphrase() == null) {
            throw new BackupRejectedException(source + " is encrypted: open Rapport with that store's password to restore it. Nothing was changed.");
        }
        try {
            String version;
            Map<String, Integer> rows;
            int clients;
            try (Connection connection = Store.connectReadOnly(location)) {
                version = schemaVersion(source, connection);
                rows = countRows(connection);
                clients = count(connection, "SELECT COUNT(*) FROM client WHERE deleted_at IS NULL");
                if (!location.isEncrypted()) {
                    readEverything(location, connection);
                }
            }
            if (location.isEncrypted()) {
                try (Connection connection = Store.connectForCheck(location)) {
                    readEverything(location, connection);
                }
            }
            return new Check(source, version, clients, location.isEncrypted(), rows);
        } catch (SQLException e) {
            StoreException explained = Store.explain(location, e);
            String reason = explained instanceof WrongPasswordException
                    ? "it is encrypted with another password"
                    // H2's own words name the working copy and an error code, which tell a person nothing.
                    : "it is damaged, and Rapport cannot read it";
            throw new BackupRejectedException(source + " cannot be used: " + reason + ". Nothing was changed: your store is as it was."
                    + (explained instanceof WrongPasswordException ? "" : " Try an older backup."));
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static String schemaVersion(Path source, Connection connection) {
        MigrationInfoService info;
        try {
            info = Flyway.configure(StoreBackups.class.getClassLoader())
                    .dataSource(new org.jooq.tools.jdbc.SingleConnectionDataSource(connection))
                    .locations("classpath:db/migration")
                    .load().info();
        } catch (FlywayException e) {
            throw new BackupRejectedException(source + " cannot be used: it is damaged or not a Rapport backup, and Rapport cannot read"
                    + " which version wrote it. Nothing was changed: your store is as it was.");
        }
        MigrationInfo current = info.current();
        if (current == null) {
            throw new BackupRejectedException(source + " is an H2 database but not a Rapport store. Nothing was changed.");
        }
        for (MigrationInfo applied : info.applied()) {
            if (applied.getState() == MigrationState.FUTURE_SUCCESS || applied.getState() == MigrationState.FUTURE_FAILED) {
                throw new BackupRejectedException(source + " was made by a newer version of Rapport (schema version "
                        + applied.getVersion() + "). Update Rapport to restore it. Nothing was changed.");
            }
        }
        return current.getVersion().getVersion();
    }

    /**
     * Reads every row of every table, as SCRIPT does for an export; a damaged page fails here.
     * An encrypted store's script is itself encrypted with a throw-away key, so its data never
     * reaches the disk in plain text; the script is deleted at once.
     */
    private static void readEverything(StoreLocation location, Connection connection) throws SQLException {
        Path script;
        try {
            script = PrivateFiles.createTempFile(location.dataFile().getParent(), ".integrity-check-", ".sql");
        } catch (IOException e) {
            throw new StoreException("Cannot write a working file beside " + location.dataFile() + ": " + e.getMessage(), e);
        }
        try (Statement statement = connection.createStatement()) {
            String sql = "SCRIPT TO " + DSL.inline(script.toString()) + " COMPRESSION DEFLATE";
            if (location.isEncrypted()) {
                byte[] key = new byte[16];
                RANDOM.nextBytes(key);
                sql += " CIPHER AES PASSWORD " + DSL.inline(HexFormat.of().formatHex(key));
            }
            statement.execute(sql);
        } finally {
            deleteQuietly(script);
        }
    }

    private static Map<String, Integer> countRows(Connection connection) throws SQLException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet result = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME"));
            }
        }
        tables.sort(null);
        for (String table : tables) {
            rows.put(table, count(connection, DSL.using(SQLDialect.H2).renderInlined(DSL.selectCount().from(DSL.table(DSL.name(table))))));
        }
        return rows;
    }

    private static boolean startsWith(Path file, byte[] header) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(header.length), header);
        }
    }

    private static Path temporaryFolder(Path near) {
        try {
            return PrivateFiles.createTempFolder(near, ".rapport-work-");
        } catch (IOException e) {
            throw new StoreException("Cannot create a working folder in " + near + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(StoreBackups::deleteQuietly);
        } catch (IOException e) {
            // already gone
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover working file is harmless; it starts with a dot and is never read again
        }
    }
}
