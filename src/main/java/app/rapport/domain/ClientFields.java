package app.rapport.domain;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The parts of a client's profile a person edits, by name (the record's component), with the
 * label the profile shows: what a conflict lists side by side and what a merge takes from either
 * side. Id, times and version are the store's, not edited.
 */
public final class ClientFields {
    private static final Map<String, String> LABELS = labels();
    private static final RecordComponent[] COMPONENTS = Client.class.getRecordComponents();

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
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** Every edited field, in the profile's order. */
    public static List<String> all() {
        return List.copyOf(LABELS.keySet());
    }

    public static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** The fields whose values differ between {@code a} and {@code b}, in the profile's order. */
    public static List<String> differing(Client a, Client b) {
        return LABELS.keySet().stream().filter(field -> !Objects.equals(compared(a, field), compared(b, field))).toList();
    }

    /** A field's value as compared: tags are a set (the store reads them back in its own order). */
    private static Object compared(Client client, String field) {
        return field.equals("tags") ? java.util.Set.copyOf(client.tags()) : value(client, field);
    }

    /** A field's value as a person reads it ("" when empty): lists joined, the address on one line. */
    public static String text(Client client, String field) {
        Object value = value(client, field);
        if (value instanceof List<?> list) {
            return list.stream().map(ClientFields::itemText).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", "));
        }
        if (value instanceof Address address) {
            return java.util.stream.Stream.of(address.street(), address.postalCode(), address.city(), address.region(), address.country())
                    .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> choice) {
            return choice.name().charAt(0) + choice.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
        return value == null ? "" : value.toString();
    }

    private static String itemText(Object item) {
        return item instanceof ContactPoint point ? point.value() + " (" + point.label() + ")" : String.valueOf(item);
    }

    /**
     * {@code theirs} (the profile as stored now, with its version) with {@code mine}'s value in each
     * field of {@code keepMine}: the profile a person chose field by field after a conflict.
     */
    public static Client merge(Client theirs, Client mine, Collection<String> keepMine) {
        Client merged = theirs;
        for (String field : keepMine) {
            if (LABELS.containsKey(field)) {
                merged = with(merged, field, value(mine, field));
            }
        }
        return merged;
    }

    /** {@code client} with {@code field} (a record component's name) set to {@code value}, everything else as it was. */
    public static Client with(Client client, String field, Object value) {
        Object[] values = new Object[COMPONENTS.length];
        Class<?>[] types = new Class<?>[COMPONENTS.length];
        boolean known = false;
        for (int i = 0; i < COMPONENTS.length; i++) {
            boolean replaced = COMPONENTS[i].getName().equals(field);
            known |= replaced;
            values[i] = replaced ? value : value(client, COMPONENTS[i].getName());
            types[i] = COMPONENTS[i].getType();
        }
        if (!known) {
            throw new IllegalArgumentException("A client has no field " + field);
        }
        try {
            Constructor<Client> canonical = Client.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot set client field " + field + " of " + Arrays.toString(types), e);
        }
    }

    private static Object value(Client client, String field) {
        for (RecordComponent component : COMPONENTS) {
            if (component.getName().equals(field)) {
                try {
                    return component.getAccessor().invoke(client);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read client field " + field, e);
                }
            }
        }
        throw new IllegalArgumentException("A client has no field " + field);
    }
}
