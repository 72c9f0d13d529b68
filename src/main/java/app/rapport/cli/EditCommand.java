package app.rapport.cli;

import app.rapport.domain.Address;
import app.rapport.domain.Channel;
import app.rapport.domain.Client;
import app.rapport.domain.ClientFields;
import app.rapport.domain.ClientSummary;
import app.rapport.service.EditConflictException;
import app.rapport.service.RapportServices;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

/** `rapport edit`: change fields of a client's profile from a script, never over a newer edit made at another desk. */
@Command(name = "edit", description = {
        "Show a client's profile with its version, or change fields of it with --set.",
        "With --if-version, the change is saved only while the profile is still at the version the script read; otherwise, or when"
                + " another desk saves at the same moment, nothing is saved, and it says who changed what and when and exits with 1."})
final class EditCommand implements Callable<Integer> {
    /** What --set may change, by the name a script writes, and how the typed value goes into the profile. */
    private static final Map<String, BiFunction<Client, String, Client>> FIELDS = fields();

    @ParentCommand
    RapportCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLIENT", description = "The client's id, or a name that matches one client only.")
    String client;

    @Option(names = "--set", paramLabel = "FIELD=VALUE", converter = FieldValueConverter.class,
            description = "A field and its new value (empty to clear it); repeat for more. Fields: name, first-name, last-name, company,"
                    + " address-as, street, postal-code, city, region, country, birthday (1990-04-23), source, preferred-channel, tags (a, b).")
    List<FieldValue> changes = new ArrayList<>();

    @Option(names = "--if-version", paramLabel = "V", description = "Save only while the profile is still at version V (as shown by edit CLIENT).")
    Integer ifVersion;

    @Option(names = "--as", paramLabel = "PERSON", description = "Who made the change: one of the book's people (rapport people). Default: me.")
    String person;

    record FieldValue(String field, String value) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> handed = new ArrayList<>(List.of("edit", client));
        changes.forEach(change -> handed.addAll(List.of("--set", change.field() + "=" + change.value())));
        if (ifVersion != null) {
            handed.addAll(List.of("--if-version", ifVersion.toString()));
        }
        if (person != null) {
            handed.addAll(List.of("--as", person));
        }
        Optional<Integer> byWindow = parent.handToWindow(spec, handed);
        if (byWindow.isPresent()) {
            return byWindow.get();
        }
        return parent.withServicesAs(person, services -> edit(services, out, err));
    }

    private int edit(RapportServices services, PrintWriter out, PrintWriter err) {
        Optional<ClientSummary> chosen = ClientArgument.resolve(services, client, err);
        if (chosen.isEmpty()) {
            return 1;
        }
        Client read = services.clients().profile(chosen.get().id()).orElseThrow().client();
        if (changes.isEmpty()) {
            ClientFields.all().forEach(field -> out.println(ClientFields.label(field) + ": " + ClientFields.text(read, field)));
            out.println("Version: " + read.version());
            return 0;
        }
        Client changed = ifVersion == null ? read : read.withVersion(ifVersion);
        for (FieldValue change : changes) {
            changed = FIELDS.get(change.field()).apply(changed, change.value().strip());
        }
        try {
            Client saved = services.clients().save(changed);
            out.println("Saved " + saved.displayName() + " (version " + saved.version() + ")");
            return 0;
        } catch (EditConflictException conflict) {
            List<String> lines = conflict.lines();
            err.println("rapport: " + lines.get(0));
            lines.subList(1, lines.size()).forEach(line -> err.println("  " + line));
            return 1;
        }
    }

    private static Map<String, BiFunction<Client, String, Client>> fields() {
        Map<String, BiFunction<Client, String, Client>> fields = new LinkedHashMap<>();
        fields.put("name", (c, v) -> ClientFields.with(c, "displayName", v));
        fields.put("first-name", (c, v) -> ClientFields.with(c, "firstName", v));
        fields.put("last-name", (c, v) -> ClientFields.with(c, "lastName", v));
        fields.put("company", (c, v) -> ClientFields.with(c, "companyName", v));
        fields.put("address-as", (c, v) -> ClientFields.with(c, "addressAs", v));
        fields.put("street", (c, v) -> ClientFields.with(c, "address", new Address(v, c.address().postalCode(), c.address().city(), c.address().region(), c.address().country())));
        fields.put("postal-code", (c, v) -> ClientFields.with(c, "address", new Address(c.address().street(), v, c.address().city(), c.address().region(), c.address().country())));
        fields.put("city", (c, v) -> ClientFields.with(c, "address", new Address(c.address().street(), c.address().postalCode(), v, c.address().region(), c.address().country())));
        fields.put("region", (c, v) -> ClientFields.with(c, "address", new Address(c.address().street(), c.address().postalCode(), c.address().city(), v, c.address().country())));
        fields.put("country", (c, v) -> ClientFields.with(c, "address", new Address(c.address().street(), c.address().postalCode(), c.address().city(), c.address().region(), v)));
        fields.put("birthday", (c, v) -> ClientFields.with(c, "birthday", v.isEmpty() ? null : LocalDate.parse(v)));
        fields.put("source", (c, v) -> ClientFields.with(c, "source", v));
        fields.put("preferred-channel", (c, v) -> ClientFields.with(c, "preferredChannel", v.isEmpty() ? null : Channel.valueOf(v.toUpperCase(Locale.ROOT))));
        fields.put("tags", (c, v) -> ClientFields.with(c, "tags", Arrays.stream(v.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList()));
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** FIELD=VALUE, checked before anything is read: an unknown field, a day that is not one or a channel there is none of is bad usage. */
    static final class FieldValueConverter implements CommandLine.ITypeConverter<FieldValue> {
        @Override
        public FieldValue convert(String text) {
            int equals = text.indexOf('=');
            String field = equals < 0 ? text.strip() : text.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (equals < 0 || !FIELDS.containsKey(field)) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not FIELD=VALUE with one of the fields "
                        + String.join(", ", FIELDS.keySet()));
            }
            String value = text.substring(equals + 1).strip();
            if (field.equals("birthday") && !value.isEmpty()) {
                try {
                    LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not a day such as 1990-04-23");
                }
            }
            if (field.equals("preferred-channel") && !value.isEmpty()
                    && Arrays.stream(Channel.values()).noneMatch(channel -> channel.name().equalsIgnoreCase(value))) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a channel; choose one of call, visit, meeting, email, message");
            }
            return new FieldValue(field, value);
        }
    }
}
