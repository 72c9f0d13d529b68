package app.rapport.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this build, as written into the jar from the pom. */
public final class RapportVersion {
    private RapportVersion() {
    }

    public static String current() {
        try (InputStream in = RapportVersion.class.getResourceAsStream("/app/rapport/version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
