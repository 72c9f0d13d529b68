package app.rapport.domain;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parts of an edited record (a client's profile, a purchase, a SWOT card...) a person edits, by
 * name (the record's component), with the label the form shows: what a conflict lists side by side
 * and what a merge takes from either side. Ids, times and the version are the store's, not edited,
 * and so have no label.
 */
public final class RecordFields<R extends Record> {
    private final Class<R> type;
    private final RecordComponent[] components;
    private final Map<String, String> labels;
    private final Set<String> unordered;

    /**
     * {@code labels}: each edited field and its label, in the form's order; {@code unordered}: list
     * fields compared as sets (the store reads them back in its own order).
     */
    public RecordFields(Class<R> type, Map<String, String> labels, Set<String> unordered) {
        this.type = type;
        this.components = type.getRecordComponents();
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.unordered = Set.copyOf(unordered);
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        labels.keySet().stream().filter(field -> !names.contains(field)).findFirst().ifPresent(field -> {
            throw new IllegalArgumentException("A " + type.getSimpleName() + " has no field " + field);
        });
    }

    /** Every edited field, in the form's order. */
    public List<String> all() {
        return List.copyOf(labels.keySet());
    }

    public String label(String field) {
        return labels.getOrDefault(field, field);
    }

    /** The edited fields whose values differ between {@code a} and {@code b}, in the form's order. */
    public List<String> differing(R a, R b) {
        return labels.keySet().stream().filter(field -> !Objects.equals(compared(a, field), compared(b, field))).toList();
    }

    private Object compared(R record, String field) {
        Object value = value(record, field);
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros();
        }
        return unordered.contains(field) && value instanceof List<?> list ? Set.copyOf(list) : value;
    }

    /** A field's value as a person reads it ("" when empty): lists joined, an address on one line. */
    public String text(R record, String field) {
        Object value = value(record, field);
        if (value instanceof List<?> list) {
            return list.stream().map(RecordFields::itemText).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", "));
        }
        if (value instanceof Address address) {
            return Stream.of(address.street(), address.postalCode(), address.city(), address.region(), address.country())
                    .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> choice) {
            return choice.name().charAt(0) + choice.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString();
    }

    private static String itemText(Object item) {
        return item instanceof ContactPoint point ? point.value() + " (" + point.label() + ")" : String.valueOf(item);
    }

    /**
     * {@code theirs} (the record as stored now, with its version) with {@code mine}'s value in each
     * field of {@code keepMine}: the record a person chose field by field after a conflict.
     */
    public R merge(R theirs, R mine, Collection<String> keepMine) {
        R merged = theirs;
        for (String field : keepMine) {
            if (labels.containsKey(field)) {
                merged = with(merged, field, value(mine, field));
            }
        }
        return merged;
    }

    /** {@code record} with {@code field} (a record component's name) set to {@code value}, everything else as it was. */
    public R with(R record, String field, Object value) {
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean known = false;
        for (int i = 0; i < components.length; i++) {
            boolean replaced = components[i].getName().equals(field);
            known |= replaced;
            values[i] = replaced ? value : value(record, components[i].getName());
            types[i] = components[i].getType();
        }
        if (!known) {
            throw new IllegalArgumentException("A " + type.getSimpleName() + " has no field " + field);
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot set " + type.getSimpleName() + " field " + field + " of " + Arrays.toString(types), e);
        }
    }

    /** A field's value as the record holds it. */
    public Object value(R record, String field) {
        for (RecordComponent component : components) {
            if (component.getName().equals(field)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("Cannot read " + type.getSimpleName() + " field " + field, e);
                }
            }
        }
        throw new IllegalArgumentException("A " + type.getSimpleName() + " has no field " + field);
    }
}
