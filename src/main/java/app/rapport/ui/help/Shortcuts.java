package app.rapport.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The keyboard shortcuts, one list for the app's Help and the README (a test keeps the two the
 * same): the rows of the README's table of keys, kept as {@code help/shortcuts.md}.
 */
public final class Shortcuts {
    private Shortcuts() {
    }

    /** A key (or keys) and what it does, in plain words. */
    public record Shortcut(String keys, String does) {
    }

    /** The rows as the README writes them. */
    public static List<String> tableRows() {
        try (InputStream in = Objects.requireNonNull(Shortcuts.class.getResourceAsStream("/app/rapport/ui/help/shortcuts.md"),
                "help/shortcuts.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("| ")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every shortcut, in the README's order, without its Markdown. */
    public static List<Shortcut> all() {
        return tableRows().stream().map(row -> {
            String[] cells = row.substring(2, row.length() - 2).split(" \\| ", 2);
            return new Shortcut(cells[0].strip(), cells[1].replace("**", "").strip());
        }).toList();
    }
}
