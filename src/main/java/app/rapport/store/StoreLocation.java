package app.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives, and the passphrase to open it with when it is encrypted (null when none
 * was given). An H2 store is the file {@code NAME.mv.db}; users may name it with or without that
 * suffix, and both mean the same file. A team's store is a database on a PostgreSQL server
 * ({@link #server()}, with no file), named {@code postgresql://[user@]host[:port]/database}.
 */
public record StoreLocation(Path dataFile, Passphrase passphrase, TeamServer server) {
    public static final String SUFFIX = ".mv.db";
    public static final String ENVIRONMENT_VARIABLE = "RAPPORT_DB";
    private static final String DEFAULT_NAME = "rapport";
    private static final byte[] ENCRYPTED_FILE_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    public StoreLocation(Path dataFile) {
        this(dataFile, null);
    }

    public StoreLocation(Path dataFile, Passphrase passphrase) {
        this(dataFile, passphrase, null);
    }

    public StoreLocation {
        if (server != null) {
            dataFile = null;
            passphrase = null;
        } else {
            dataFile = dataFile.toAbsolutePath().normalize();
            if (!dataFile.getFileName().toString().endsWith(SUFFIX)) {
                dataFile = dataFile.resolveSibling(dataFile.getFileName() + SUFFIX);
            }
        }
    }

    /** A store file's path, or a server location ({@code postgresql://...}). */
    public static StoreLocation of(String path) {
        if (TeamServer.isServerLocation(path)) {
            return onServer(TeamServer.parse(path, System.getProperty("user.name")));
        }
        Path file = Path.of(expandHome(path));
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a folder; name a store file in it, such as " + file.resolve(DEFAULT_NAME));
        }
        return new StoreLocation(file);
    }

    public static StoreLocation onServer(TeamServer server) {
        return new StoreLocation(null, null, server);
    }

    /** Whether the store is a database on a team server rather than a file on this computer. */
    public boolean isServer() {
        return server != null;
    }

    /** The same server logged into with this password; a file store is returned as it is. */
    public StoreLocation withServerPassword(char[] password) {
        return isServer() ? onServer(server.withPassword(password)) : this;
    }

    /** The --db option first, then RAPPORT_DB, then the platform's user data folder. */
    public static StoreLocation choose(String dbOption, Map<String, String> environment) {
        if (dbOption != null && !dbOption.isBlank()) {
            return of(dbOption);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return of(fromEnvironment);
        }
        return new StoreLocation(defaultFolder(System.getProperty("os.name", ""), environment,
                Path.of(System.getProperty("user.home"))).resolve(DEFAULT_NAME));
    }

    static Path defaultFolder(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Rapport");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Rapport");
        }
        String dataHome = environment.get("XDG_DATA_HOME");
        return (dataHome != null && !dataHome.isBlank() ? Path.of(dataHome) : home.resolve(".local").resolve("share"))
                .resolve("rapport");
    }

    public StoreLocation withPassphrase(Passphrase newPassphrase) {
        return new StoreLocation(dataFile, newPassphrase, server);
    }

    /** The same place for another file beside it, with the same passphrase. */
    public StoreLocation at(Path otherDataFile) {
        return new StoreLocation(otherDataFile, passphrase);
    }

    /** Whether the file exists and is encrypted with H2's file encryption (a server store never is: TLS guards it on the way). */
    public boolean isEncrypted() {
        return !isServer() && isEncryptedFile(dataFile);
    }

    static boolean isEncryptedFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_FILE_HEADER.length), ENCRYPTED_FILE_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder where backups of this store are kept: {@code backups/} beside it. */
    public Path backupFolder() {
        return dataFile.resolveSibling("backups");
    }

    /** The store's name without the folder and suffix, e.g. "rapport"; backups start with it. */
    public String baseName() {
        return h2Base().getFileName().toString();
    }

    /** The path H2 expects in its URL: the data file without the .mv.db suffix. */
    public Path h2Base() {
        String name = dataFile.getFileName().toString();
        return dataFile.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
    }

    @Override
    public String toString() {
        return isServer() ? server.toString() : dataFile.toString();
    }

    private static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }
}
