package app.rapport.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a client's profile a person edits, by name (the record's component), with the
 * label the profile shows: what a conflict lists side by side and what a merge takes from either
 * side. Id, times and version are the store's, not edited.
 */
public final class ClientFields {
    public static final RecordFields<Client> FIELDS = new RecordFields<>(Client.class, labels(), Set.of("tags"));

    private ClientFields() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("displayName", "Shown as");
        labels.put("kind", "Kind");
        labels.put("firstName", "First name");
        labels.put("lastName", "Last name");
        labels.put("companyName", "Company");
        labels.put("addressAs", "Call them");
        labels.put("phones", "Phones");
        labels.put("emails", "Emails");
        labels.put("address", "Address");
        labels.put("birthday", "Birthday");
        labels.put("source", "Source");
        labels.put("preferredChannel", "Preferred channel");
        labels.put("tags", "Tags");
        labels.put("customFields", "Custom fields");
        return labels;
    }

    /** Every edited field, in the profile's order. */
    public static List<String> all() {
        return FIELDS.all();
    }

    public static String label(String field) {
        return FIELDS.label(field);
    }

    /** The fields whose values differ between {@code a} and {@code b}, in the profile's order; tags are a set. */
    public static List<String> differing(Client a, Client b) {
        return FIELDS.differing(a, b);
    }

    /** A field's value as a person reads it ("" when empty): lists joined, the address on one line. */
    public static String text(Client client, String field) {
        return FIELDS.text(client, field);
    }

    /**
     * {@code theirs} (the profile as stored now, with its version) with {@code mine}'s value in each
     * field of {@code keepMine}: the profile a person chose field by field after a conflict.
     */
    public static Client merge(Client theirs, Client mine, Collection<String> keepMine) {
        return FIELDS.merge(theirs, mine, keepMine);
    }

    /** {@code client} with {@code field} (a record component's name) set to {@code value}, everything else as it was. */
    public static Client with(Client client, String field, Object value) {
        return FIELDS.with(client, field, value);
    }
}
