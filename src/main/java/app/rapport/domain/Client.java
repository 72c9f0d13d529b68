package app.rapport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A client's profile. {@code addressAs} is the name staff should use on the phone; when it is empty
 * they fall back to the first name, then the display name. A client not saved yet may have a
 * null id (the store gives it one); a missing display name is left for {@link ClientValidation}
 * to report rather than failing here.
 */
public record Client(
        UUID id,
        ClientKind kind,
        String firstName,
        String lastName,
        String displayName,
        String companyName,
        String addressAs,
        List<ContactPoint> phones,
        List<ContactPoint> emails,
        Address address,
        LocalDate birthday,
        String source,
        Channel preferredChannel,
        List<String> tags,
        Map<String, String> customFields,
        Instant createdAt,
        Instant updatedAt,
        Instant lastTouchpointAt) {

    public Client {
        displayName = displayName == null ? "" : displayName;
        kind = kind == null ? ClientKind.PERSON : kind;
        phones = List.copyOf(phones == null ? List.of() : phones);
        emails = List.copyOf(emails == null ? List.of() : emails);
        address = address == null ? Address.NONE : address;
        tags = List.copyOf(tags == null ? List.of() : tags);
        customFields = customFields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customFields));
    }

    /** The name to greet the client by. */
    public String greetingName() {
        if (addressAs != null && !addressAs.isBlank()) {
            return addressAs;
        }
        if (firstName != null && !firstName.isBlank()) {
            return firstName;
        }
        return displayName;
    }
}
