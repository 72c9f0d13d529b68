package app.rapport.service;

import app.rapport.domain.Client;
import app.rapport.domain.ContactPoint;
import app.rapport.domain.DisplayFormat;
import app.rapport.domain.FieldProblem;
import app.rapport.domain.Ids;
import app.rapport.domain.message.Mailto;
import app.rapport.domain.message.MergeValues;
import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.domain.message.RenderedMessage;
import app.rapport.domain.message.TemplateProblem;
import app.rapport.domain.message.TemplateRenderer;
import app.rapport.store.ClientRepository;
import app.rapport.store.MessageTemplateRepository;
import app.rapport.store.PurchaseRepository;
import app.rapport.store.PurchaseRepository.PurchaseLine;
import app.rapport.store.SettingRepository;
import app.rapport.store.Store;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Email and text-message templates: keeping them, and filling them in for clients. */
public final class MessageService {
    /** The setting {@code {{businessName}}} is filled from. */
    public static final String BUSINESS_NAME_SETTING = "business.name";

    private final Store store;
    private final Clock clock;
    private final Locale userLocale;

    /** Dates written in British English unless a setting chooses otherwise, as the tests are written. */
    public MessageService(Store store, Clock clock) {
        this(store, clock, DisplayFormat.BRITISH.locale());
    }

    /** {@code userLocale}: how the user reads dates and amounts unless the setting {@value DisplayFormat#LOCALE_SETTING} says otherwise. */
    public MessageService(Store store, Clock clock, Locale userLocale) {
        this.store = store;
        this.clock = clock;
        this.userLocale = userLocale;
    }

    /** Every template, by name. */
    public List<MessageTemplate> templates() {
        return new MessageTemplateRepository(store.dsl()).all();
    }

    public Optional<MessageTemplate> find(UUID id) {
        return new MessageTemplateRepository(store.dsl()).find(id);
    }

    /**
     * Adds the template (no id, or an id the store does not know) or saves it over the one with
     * its id. A name is required and unique (ignoring case), the body is required, and a template
     * with an unknown merge field or braces never closed is refused: a ValidationException names
     * each problem and where it is ("subject" or "body").
     */
    public MessageTemplate save(MessageTemplate template) {
        String name = template.name().strip();
        String subject = template.channel() == MessageChannel.EMAIL && template.subject() != null && !template.subject().isBlank()
                ? template.subject().strip() : null;
        MessageTemplate clean = new MessageTemplate(template.id(), name, template.channel(), subject, template.body().strip(),
                template.createdAt(), template.updatedAt());
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "Give the template a name."));
        }
        if (clean.body().isEmpty()) {
            problems.add(new FieldProblem("body", "Write the message."));
        }
        for (TemplateProblem problem : TemplateRenderer.check(clean)) {
            problems.add(new FieldProblem(problem.part(), problem.message()));
        }
        Instant now = clock.instant();
        return store.inTransaction(dsl -> {
            MessageTemplateRepository templates = new MessageTemplateRepository(dsl);
            Optional<MessageTemplate> stored = clean.id() == null ? Optional.empty() : templates.find(clean.id());
            if (!name.isEmpty() && templates.nameTaken(name, stored.map(MessageTemplate::id).orElse(null))) {
                problems.add(new FieldProblem("name", "Another template is already called \u201c" + name + "\u201d."));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            UUID id = clean.id() == null ? Ids.next() : clean.id();
            Instant created = stored.map(MessageTemplate::createdAt).orElse(clean.createdAt() == null ? now : clean.createdAt());
            templates.save(new MessageTemplate(id, name, clean.channel(), subject, clean.body(), created, now));
            return templates.find(id).orElseThrow();
        });
    }

    /** Removes the template and returns it (saving it again undoes the delete); empty when there was none. */
    public Optional<MessageTemplate> delete(UUID id) {
        return store.inTransaction(dsl -> {
            MessageTemplateRepository templates = new MessageTemplateRepository(dsl);
            Optional<MessageTemplate> stored = templates.find(id);
            stored.ifPresent(template -> templates.delete(id));
            return stored;
        });
    }

    /** The business's name as templates write it, or an empty string when it was never set. */
    public String businessName() {
        return new SettingRepository(store.dsl()).all().getOrDefault(BUSINESS_NAME_SETTING, "");
    }

    public void setBusinessName(String name) {
        store.inTransaction(dsl -> {
            new SettingRepository(dsl).put(BUSINESS_NAME_SETTING, name == null ? "" : name.strip());
            return null;
        });
    }

    /** The template filled in for one client; empty when the client is not in the book. */
    public Optional<Addressed> render(MessageTemplate template, UUID clientId) {
        List<Addressed> one = render(template, List.of(clientId));
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /** The template filled in for each of these clients that is in the book, in the given order. */
    public List<Addressed> render(MessageTemplate template, Collection<UUID> clientIds) {
        DSLContext dsl = store.dsl();
        String business = businessName();
        DisplayFormat format = DisplayFormat.from(new SettingRepository(dsl).all(), userLocale, new ArrayList<>());
        ClientRepository clients = new ClientRepository(dsl);
        PurchaseRepository purchases = new PurchaseRepository(dsl);
        ZoneId zone = clock.getZone();
        List<Addressed> result = new ArrayList<>(clientIds.size());
        for (UUID id : clientIds) {
            Optional<Client> found = clients.find(id);
            if (found.isEmpty()) {
                continue;
            }
            Client client = found.get();
            List<PurchaseLine> bought = purchases.linesForClient(id);
            String lastPurchase = null;
            LocalDate lastPurchaseDate = null;
            if (!bought.isEmpty()) {
                PurchaseLine last = bought.get(0);
                lastPurchase = last.productName() != null ? last.productName() : last.purchase().description();
                lastPurchaseDate = last.purchase().purchasedOn();
            }
            LocalDate lastContact = client.lastTouchpointAt() == null ? null : LocalDate.ofInstant(client.lastTouchpointAt(), zone);
            RenderedMessage message = TemplateRenderer.render(template,
                    MergeValues.of(client, lastPurchase, lastPurchaseDate, lastContact, business, format));
            result.add(new Addressed(id, client.displayName(), first(client.emails()), first(client.phones()), message));
        }
        return result;
    }

    private static String first(List<ContactPoint> points) {
        return points.isEmpty() ? null : points.get(0).value();
    }

    /** A message filled in for one client, with where to send it (email or phone, may be null). */
    public record Addressed(UUID clientId, String clientName, String email, String phone, RenderedMessage message) {
        /** A mailto: link to the client's first email address, or empty when they have none. */
        public Optional<String> mailto() {
            return email == null ? Optional.empty() : Optional.of(Mailto.uri(List.of(email), message.subject(), message.body()));
        }
    }
}
