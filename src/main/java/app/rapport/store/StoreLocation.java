package app.rapport.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives. An H2 store is the file {@code NAME.mv.db}; users may name it with or
 * without that suffix, and both mean the same file.
 */
public record StoreLocation(Path dataFile) {
    public static final String SUFFIX = ".mv.db";
    public static final String ENVIRONMENT_VARIABLE = "RAPPORT_DB";
    private static final String DEFAULT_NAME = "rapport";

    public StoreLocation {
        dataFile = dataFile.toAbsolutePath().normalize();
        if (!dataFile.getFileName().toString().endsWith(SUFFIX)) {
            dataFile = dataFile.resolveSibling(dataFile.getFileName() + SUFFIX);
        }
    }

    public static StoreLocation of(String path) {
        return new StoreLocation(Path.of(expandHome(path)));
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

    /** The path H2 expects in its URL: the data file without the .mv.db suffix. */
    public Path h2Base() {
        String name = dataFile.getFileName().toString();
        return dataFile.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
    }

    @Override
    public String toString() {
        return dataFile.toString();
    }

    private static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }
}
