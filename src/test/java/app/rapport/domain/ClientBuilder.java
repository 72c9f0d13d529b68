package app.rapport.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A client for a test, built by naming only what the test is about, e.g.
 * {@code ClientBuilder.named("Ada Lovelace").phone("mobile", "07700 900123").birthday(LocalDate.of(1815, 12, 10)).build()}.
 * What is not named stays empty, as on a client not saved yet: a person with no id, no contact
 * points, no tags and no timestamps.
 */
public final class ClientBuilder {
    private UUID id;
    private ClientKind kind = ClientKind.PERSON;
    private String firstName;
    private String lastName;
    private String displayName;
    private String companyName;
    private String addressAs;
    private final List<ContactPoint> phones = new ArrayList<>();
    private final List<ContactPoint> emails = new ArrayList<>();
    private Address address;
    private LocalDate birthday;
    private String source;
    private Channel preferredChannel;
    private List<String> tags = List.of();
    private Map<String, String> customFields = Map.of();
    private Instant createdAt;
    private Instant updatedAt;
    private Instant lastTouchpointAt;
    private int version;

    private ClientBuilder() {
    }

    /** A client with nothing filled in yet, not even a name. */
    public static ClientBuilder client() {
        return new ClientBuilder();
    }

    /** A person shown by this name; its first word is the first name and the rest, if any, the last name. */
    public static ClientBuilder named(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? client().firstName(name).displayName(name)
                : person(name.substring(0, space), name.substring(space + 1));
    }

    /** A person with this first and last name, shown as both. */
    public static ClientBuilder person(String firstName, String lastName) {
        return client().firstName(firstName).lastName(lastName).displayName(firstName + " " + lastName);
    }

    /** Everything as on {@code client} (its version too, so saving the change is a save of what was read), to change a field or two. */
    public static ClientBuilder from(Client client) {
        ClientBuilder builder = client().id(client.id()).kind(client.kind()).firstName(client.firstName()).lastName(client.lastName())
                .displayName(client.displayName()).companyName(client.companyName()).addressAs(client.addressAs())
                .address(client.address()).birthday(client.birthday()).source(client.source())
                .preferredChannel(client.preferredChannel()).tags(client.tags()).customFields(client.customFields())
                .createdAt(client.createdAt()).updatedAt(client.updatedAt()).lastTouchpointAt(client.lastTouchpointAt());
        builder.version = client.version();
        builder.phones.addAll(client.phones());
        builder.emails.addAll(client.emails());
        return builder;
    }

    /** The version of the stored profile this client was read at, which a save of it names. */
    public ClientBuilder version(int version) {
        this.version = version;
        return this;
    }

    public ClientBuilder id(UUID id) {
        this.id = id;
        return this;
    }

    public ClientBuilder kind(ClientKind kind) {
        this.kind = kind;
        return this;
    }

    public ClientBuilder firstName(String firstName) {
        this.firstName = firstName;
        return this;
    }

    public ClientBuilder lastName(String lastName) {
        this.lastName = lastName;
        return this;
    }

    public ClientBuilder displayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public ClientBuilder companyName(String companyName) {
        this.companyName = companyName;
        return this;
    }

    public ClientBuilder addressAs(String addressAs) {
        this.addressAs = addressAs;
        return this;
    }

    /** One more phone number, after those given before. */
    public ClientBuilder phone(String label, String number) {
        phones.add(new ContactPoint(label, number));
        return this;
    }

    /** One more email address, after those given before. */
    public ClientBuilder email(String label, String address) {
        emails.add(new ContactPoint(label, address));
        return this;
    }

    public ClientBuilder address(Address address) {
        this.address = address;
        return this;
    }

    public ClientBuilder birthday(LocalDate birthday) {
        this.birthday = birthday;
        return this;
    }

    public ClientBuilder source(String source) {
        this.source = source;
        return this;
    }

    public ClientBuilder preferredChannel(Channel preferredChannel) {
        this.preferredChannel = preferredChannel;
        return this;
    }

    public ClientBuilder tags(String... tags) {
        return tags(List.of(tags));
    }

    public ClientBuilder tags(List<String> tags) {
        this.tags = tags;
        return this;
    }

    /** The custom fields in the map's own order (a LinkedHashMap keeps the order they were put in). */
    public ClientBuilder customFields(Map<String, String> customFields) {
        this.customFields = customFields;
        return this;
    }

    public ClientBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public ClientBuilder updatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
        return this;
    }

    public ClientBuilder lastTouchpointAt(Instant lastTouchpointAt) {
        this.lastTouchpointAt = lastTouchpointAt;
        return this;
    }

    public Client build() {
        return new Client(id, kind, firstName, lastName, displayName, companyName, addressAs, phones, emails, address, birthday,
                source, preferredChannel, tags, customFields, createdAt, updatedAt, lastTouchpointAt, version);
    }
}
