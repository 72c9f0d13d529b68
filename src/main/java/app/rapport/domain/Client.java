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
 * <p>
 * {@code version} is the stored profile's version when the client was read (the store raises it by
 * one on every save of the profile); a save names it so that it never overwrites a newer edit made
 * at another desk. 0 means the client was not read from a store.
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
        Instant lastTouchpointAt,
        int version) {

    /** A client not read from a store (version 0). */
    public Client(UUID id, ClientKind kind, String firstName, String lastName, String displayName, String companyName,
                  String addressAs, List<ContactPoint> phones, List<ContactPoint> emails, Address address, LocalDate birthday,
                  String source, Channel preferredChannel, List<String> tags, Map<String, String> customFields,
                  Instant createdAt, Instant updatedAt, Instant lastTouchpointAt) {
        this(id, kind, firstName, lastName, displayName, companyName, addressAs, phones, emails, address, birthday, source,
                preferredChannel, tags, customFields, createdAt, updatedAt, lastTouchpointAt, 0);
    }

    public Client {
        displayName = displayName == null ? "" : displayName;
        kind = kind == null ? ClientKind.PERSON : kind;
        phones = List.copyOf(phones == null ? List.of() : phones);
        emails = List.copyOf(emails == null ? List.of() : emails);
        address = address == null ? Address.NONE : address;
        tags = List.copyOf(tags == null ? List.of() : tags);
        customFields = customFields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customFields));
    }

    /** This client as if read at {@code version}. */
    public Client withVersion(int version) {
        return new Client(id, kind, firstName, lastName, displayName, companyName, addressAs, phones, emails, address, birthday,
                source, preferredChannel, tags, customFields, createdAt, updatedAt, lastTouchpointAt, version);
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
