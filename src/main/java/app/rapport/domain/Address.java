package app.rapport.domain;

import java.util.stream.Collectors;
import java.util.stream.Stream;

public record Address(String street, String postalCode, String city, String region, String country) {
    public static final Address NONE = new Address(null, null, null, null, null);

    /** The address on one line, skipping the parts we do not know. */
    public String oneLine() {
        String cityLine = Stream.of(postalCode, city).filter(Address::present).collect(Collectors.joining(" "));
        return Stream.of(street, cityLine, region, country).filter(Address::present).collect(Collectors.joining(", "));
    }

    public boolean isEmpty() {
        return oneLine().isEmpty();
    }

    private static boolean present(String part) {
        return part != null && !part.isBlank();
    }
}
