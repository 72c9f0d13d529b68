package app.rapport.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client book on a PostgreSQL server (team mode), named the way PostgreSQL's own tools name one:
 * {@code postgresql://[user@]host[:port]/database[?sslmode=require&...]}. The query's parameters go
 * to the driver as they are (TLS by {@code sslmode}). The password is never part of the location:
 * it comes from the command line, the environment or the user's {@code .pgpass} (read by the
 * driver), lives in memory only, and {@link #toString()} never shows it.
 */
public record TeamServer(String host, int port, String database, String user, Map<String, String> parameters, char[] password) {
    public static final String SCHEME = "postgresql";
    public static final int DEFAULT_PORT = 5432;
    private static final String FORM = "postgresql://[user@]host[:port]/database";

    public TeamServer {
        parameters = Map.copyOf(parameters);
    }

    /** Whether {@code location} names a server rather than a file. */
    public static boolean isServerLocation(String location) {
        return location != null && location.toLowerCase(Locale.ROOT).startsWith(SCHEME + "://");
    }

    /**
     * Reads a server location. {@code defaultUser} is taken when the location names none (as
     * {@code psql} takes the login name).
     */
    public static TeamServer parse(String location, String defaultUser) {
        URI uri;
        try {
            uri = new URI(location.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The server location '" + location + "' is not of the form " + FORM + " (" + e.getReason() + ").");
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() <= 1 || uri.getPath().indexOf('/', 1) >= 0) {
            throw new IllegalArgumentException("The server location '" + location + "' is not of the form " + FORM
                    + ": it needs a host and a database name.");
        }
        String user = defaultUser;
        if (uri.getRawUserInfo() != null) {
            if (uri.getRawUserInfo().contains(":")) {
                throw new IllegalArgumentException("The server location holds a password. Rapport never keeps one in a location:"
                        + " give it with --password, --password-file, the RAPPORT_PASSWORD variable or your .pgpass file.");
            }
            user = decode(uri.getRawUserInfo());
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                if (name.equalsIgnoreCase("password")) {
                    throw new IllegalArgumentException("The server location holds a password. Rapport never keeps one in a location:"
                            + " give it with --password, --password-file, the RAPPORT_PASSWORD variable or your .pgpass file.");
                }
                if (name.equalsIgnoreCase("user")) {
                    user = decode(pair.substring(equals + 1));
                } else if (!name.isEmpty()) {
                    parameters.put(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
                }
            }
        }
        return new TeamServer(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), decode(uri.getPath().substring(1)),
                user, parameters, null);
    }

    /** The same server, logged into with {@code newPassword} (null: the driver looks in .pgpass). */
    public TeamServer withPassword(char[] newPassword) {
        return new TeamServer(host, port, database, user, parameters, newPassword == null ? null : newPassword.clone());
    }

    /** The same server, another database on it. */
    public TeamServer withDatabase(String otherDatabase) {
        return new TeamServer(host, port, otherDatabase, user, parameters, password);
    }

    /** The driver's address of the database, with the location's parameters (sslmode, ...). */
    String jdbcUrl() {
        String query = parameters.entrySet().stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + encode(database) + (query.isEmpty() ? "" : "?" + query);
    }

    /** The login the driver is given on a connection of its own (no password: the driver looks in .pgpass). */
    java.util.Properties driverLogin() {
        java.util.Properties login = new java.util.Properties();
        if (user != null) {
            login.setProperty("user", user);
        }
        if (password != null) {
            login.setProperty("password", new String(password));
        }
        return login;
    }

    /** Where the server is, for messages: host and port. */
    public String address() {
        return hostForUrl() + ":" + port;
    }

    private String hostForUrl() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TeamServer server && server.host.equals(host) && server.port == port && server.database.equals(database)
                && java.util.Objects.equals(server.user, user) && server.parameters.equals(parameters) && Arrays.equals(server.password, password);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(host, port, database, user, parameters);
    }

    /** The location as the user wrote it, without any password. */
    @Override
    public String toString() {
        String query = parameters.entrySet().stream().map(parameter -> parameter.getKey() + "=" + parameter.getValue())
                .collect(Collectors.joining("&"));
        return SCHEME + "://" + (user == null ? "" : user + "@") + address() + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }
}
