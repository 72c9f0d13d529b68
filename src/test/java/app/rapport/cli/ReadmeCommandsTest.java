package app.rapport.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README runs: every command of its code blocks that starts with {@code java -jar target/rapport.jar}
 * is run through the command line's entry point against a copy of a demo store, twice — with every
 * optional part left out, and with every optional part given — and must exit as the README implies.
 * A command that cannot run here is marked in the README ({@code <!-- not run by ReadmeCommandsTest: NAME (why) -->}).
 */
class ReadmeCommandsTest {
    private static final String JAR = "java -jar target/rapport.jar";
    private static final Pattern NOT_RUN = Pattern.compile("<!-- not run by ReadmeCommandsTest: ([a-z-]+(?: [a-z-]+)?) \\((.+)\\) -->");
    private static final Pattern INNERMOST_OPTIONAL = Pattern.compile("\\[[^\\[\\]]*]");
    private static final Pattern PLACEHOLDER = Pattern.compile("[A-Z]+");
    private static final String INSTANT = "2026-03-01T09:00:00Z";
    /** {@code today --at} looks ahead only (a past instant is refused, as the README says). */
    private static final String LATER_INSTANT = "2099-03-01T09:00:00Z";

    @TempDir
    static Path folder;

    private static Path demoStore;
    private static String clientId;

    @BeforeAll
    static void demoStoreAndTheFilesTheCommandsName() throws Exception {
        demoStore = folder.resolve("template").resolve("store.mv.db");
        CommandRun demo = CommandRun.of("--db", demoStore.toString(), "demo", "--clients", "30", "--seed", "7");
        assertThat(demo.code()).as(demo.err()).isZero();
        clientId = new ObjectMapper().readTree(CommandRun.of("--db", demoStore.toString(), "clients", "--json").out())
                .get(0).get("id").asText();
        CommandRun backup = CommandRun.of("--db", demoStore.toString(), "backup", folder.resolve("made-up-front.zip").toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        Files.writeString(folder.resolve("made-up-front.csv"), """
                First name,Last name,Mobile phone,Email
                Odile,Ferrand,+44 7700 900501,odile@example.org
                Kwame,Asante,+44 7700 900502,kwame@example.org
                """);
    }

    @TestFactory
    Stream<DynamicTest> everyCommandOfTheReadmeExitsAsItSays() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        Map<String, String> notRun = lines.stream().map(NOT_RUN::matcher).filter(Matcher::find)
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2)));
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> commandsSeen = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith(JAR)) {
                continue;
            }
            String synopsis = line.substring(JAR.length()).strip();
            for (boolean full : new boolean[] {false, true}) {
                List<String> args = arguments(synopsis, full);
                String command = commandName(synopsis);
                int at = args.indexOf(command);
                String withSubcommand = at >= 0 && at + 1 < args.size() ? command + " " + args.get(at + 1) : command;
                commandsSeen.add(command);
                commandsSeen.add(withSubcommand);
                if (notRun.containsKey(command) || notRun.containsKey(withSubcommand)) {
                    continue;
                }
                String name = "README line " + (i + 1) + ", " + (full ? "every option" : "no options") + ": " + String.join(" ", args);
                tests.add(DynamicTest.dynamicTest(name, () -> runOnACopy(command, args)));
            }
        }
        assertThat(commandsSeen).as("the commands the README shows").contains("demo", "brief", "export", "erase", "restore");
        assertThat(notRun.keySet()).as("every command the README marks as not run is one it shows").isSubsetOf(commandsSeen);
        return tests.stream();
    }

    private static void runOnACopy(String command, List<String> synopsisArgs) throws IOException {
        Path run = Files.createTempDirectory(folder, command);
        Path store = run.resolve("store.mv.db");
        Files.copy(demoStore, store);
        List<String> args = synopsisArgs.stream()
                .map(arg -> arg.replace("{STORE}", store.toString()).replace("{RUN}", run.toString()))
                .toList();
        CommandRun result = CommandRun.of(args.toArray(String[]::new));
        int expected = expectedExitCode(command, args);
        assertThat(result.code()).as("exit code of %s%nout: %s%nerr: %s", args, result.out(), result.err()).isEqualTo(expected);
        assertThat(result.err()).as("standard error of %s", args).doesNotContain("Exception", "\tat ");
    }

    /** Every command succeeds, except what asks a person first when no one is there to answer. */
    private static int expectedExitCode(String command, List<String> args) {
        return command.equals("erase") && !args.contains("--yes") ? 1 : 0;
    }

    /** The first word that is not an option or a placeholder: the command, or the option (--version) when there is none. */
    static String commandName(String synopsis) {
        List<String> words = Arrays.stream(synopsis.replace("[", " ").replace("]", " ").strip().split("\\s+")).toList();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--db")) {
                i++;
            } else if (!words.get(i).startsWith("-")) {
                return words.get(i);
            }
        }
        return words.get(0);
    }

    /** The synopsis as arguments: optional parts left out or all given, each placeholder made a value that fits. */
    static List<String> arguments(String synopsis, boolean withEveryOption) {
        String chosen = synopsis;
        if (withEveryOption) {
            chosen = chosen.replace("[", " ").replace("]", " ");
        } else {
            String before;
            do {
                before = chosen;
                chosen = INNERMOST_OPTIONAL.matcher(chosen).replaceAll(" ");
            } while (!chosen.equals(before));
        }
        String command = commandName(synopsis);
        List<String> words = Arrays.stream(chosen.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String previous = i == 0 ? "" : words.get(i - 1);
            args.add(valueFor(command, previous, firstAlternative(words.get(i))));
        }
        return args;
    }

    /** {@code salon|shop|field|mixed} is salon; {@code NAME|us} is us: a value rather than a placeholder. */
    private static String firstAlternative(String word) {
        if (!word.contains("|")) {
            return word;
        }
        return Arrays.stream(word.split("\\|")).filter(w -> !PLACEHOLDER.matcher(w).matches()).findFirst().orElseThrow();
    }

    private static String valueFor(String command, String option, String word) {
        if (!PLACEHOLDER.matcher(word).matches()) {
            return word;
        }
        return switch (word) {
            case "PATH" -> "{STORE}";
            case "CLIENT" -> clientId;
            case "N" -> "20";
            case "S" -> "8"; // the store holds the demo of seed 7 already, and the same demo twice is refused
            case "SEQ" -> "1";
            case "V" -> "1"; // the version of a demo client's profile, saved once
            case "INSTANT" -> command.equals("today") ? LATER_INSTANT : INSTANT;
            case "DAY" -> "2026-03-15";
            case "PERSON" -> "Ana";
            case "C" -> "call";
            case "M" -> "excited";
            case "TEXT" -> option.equals("--search") ? "a" : "Called about the spring offer";
            case "NAME" -> switch (option) {
                case "--sheet" -> "Sheet1";
                case "--template" -> "How is it going?"; // a message template the demo saves
                case "add" -> "Ana";
                default -> "Happy honeymooners"; // a segment the demo saves
            };
            case "SEGMENT" -> "Happy honeymooners";
            case "U" -> "owner";
            case "ADDRESS" -> "hello@example.org";
            case "NUMBER" -> "+44 7700 900501";
            case "FILE" -> fileFor(command);
            default -> throw new AssertionError("the README uses a placeholder this test does not know: " + word
                    + " (in a '" + command + "' command); give it a value here");
        };
    }

    private static String fileFor(String command) {
        return switch (command) {
            case "import" -> folder.resolve("made-up-front.csv").toString();
            case "restore" -> folder.resolve("made-up-front.zip").toString();
            case "backup" -> "{RUN}/backup.zip";
            case "export" -> "{RUN}/written-by-export.csv";
            case "export-client" -> "{RUN}/client.json";
            case "mailing" -> "{RUN}/for-the-sms-gateway.csv";
            default -> throw new AssertionError("the README names a FILE for '" + command + "'; say here which file it is");
        };
    }
}
