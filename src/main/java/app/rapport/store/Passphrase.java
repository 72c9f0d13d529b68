package app.rapport.store;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The passphrase of an encrypted store. It lives in memory only: its text never reaches a log,
 * a preference, the audit log or a message ({@link #toString()} hides it).
 *
 * <p>H2 turns a file password into its AES key with only 10 PBKDF2 iterations, and splits the
 * password it is given at the first space. So the passphrase is stretched here first (PBKDF2,
 * {@value #ITERATIONS} iterations) into a hex file password: every guess costs an attacker that
 * much more, and a passphrase may contain spaces.
 */
public final class Passphrase {
    /** A short PIN would fall to guessing within hours, whatever the stretching. */
    public static final int MINIMUM_LENGTH = 10;
    private static final int ITERATIONS = 120_000;
    private static final byte[] SALT = "rapport-store-file-key-v1".getBytes(StandardCharsets.US_ASCII);

    private final char[] filePassword;

    private Passphrase(char[] filePassword) {
        this.filePassword = filePassword;
    }

    /** Derives the file key from {@code text}; the caller may clear {@code text} afterwards. */
    public static Passphrase of(char[] text) {
        if (text == null || text.length == 0) {
            throw new IllegalArgumentException("the password is empty");
        }
        PBEKeySpec spec = new PBEKeySpec(text, SALT, ITERATIONS, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = HexFormat.of().formatHex(key).toCharArray();
            Arrays.fill(key, (byte) 0);
            return new Passphrase(hex);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The password H2's encrypting file system expects (a copy; clear it after use). */
    char[] filePassword() {
        return filePassword.clone();
    }

    /** What H2's connection expects: the file password, a space, and the (empty) user password. */
    char[] connectionPassword() {
        char[] password = Arrays.copyOf(filePassword, filePassword.length + 1);
        password[filePassword.length] = ' ';
        return password;
    }

    @Override
    public String toString() {
        return "Passphrase[hidden]";
    }
}
