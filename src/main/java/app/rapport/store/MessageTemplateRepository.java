package app.rapport.store;

import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.store.jooq.tables.records.MessageTemplateRecord;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static app.rapport.store.jooq.Tables.MESSAGE_TEMPLATE;

/** Email and text-message templates, by name. */
public final class MessageTemplateRepository {
    private final DSLContext dsl;

    public MessageTemplateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every template, by name (ignoring case). */
    public List<MessageTemplate> all() {
        return dsl.selectFrom(MESSAGE_TEMPLATE).orderBy(MESSAGE_TEMPLATE.NAME.lower(), MESSAGE_TEMPLATE.NAME)
                .fetch(MessageTemplateRepository::template);
    }

    public Optional<MessageTemplate> find(UUID id) {
        return dsl.selectFrom(MESSAGE_TEMPLATE).where(MESSAGE_TEMPLATE.ID.eq(id)).fetchOptional(MessageTemplateRepository::template);
    }

    /** Whether a template other than {@code except} (may be null) has this name, ignoring case. */
    public boolean nameTaken(String name, UUID except) {
        return dsl.fetchExists(MESSAGE_TEMPLATE, MESSAGE_TEMPLATE.NAME.lower().eq(name.toLowerCase(java.util.Locale.ROOT))
                .and(except == null ? org.jooq.impl.DSL.trueCondition() : MESSAGE_TEMPLATE.ID.ne(except)));
    }

    /** Inserts the template, or replaces the one with its id (keeping its creation time). */
    public void save(MessageTemplate template) {
        MessageTemplateRecord row = new MessageTemplateRecord(template.id(), template.name(), template.channel().name(),
                template.subject(), template.body(), template.createdAt(), template.updatedAt());
        if (dsl.fetchExists(MESSAGE_TEMPLATE, MESSAGE_TEMPLATE.ID.eq(template.id()))) {
            dsl.update(MESSAGE_TEMPLATE)
                    .set(MESSAGE_TEMPLATE.NAME, template.name())
                    .set(MESSAGE_TEMPLATE.CHANNEL, template.channel().name())
                    .set(MESSAGE_TEMPLATE.SUBJECT, template.subject())
                    .set(MESSAGE_TEMPLATE.BODY, template.body())
                    .set(MESSAGE_TEMPLATE.UPDATED_AT, template.updatedAt())
                    .where(MESSAGE_TEMPLATE.ID.eq(template.id()))
                    .execute();
        } else {
            dsl.executeInsert(row);
        }
    }

    /** Removes the template; false when there was none with this id. */
    public boolean delete(UUID id) {
        return dsl.deleteFrom(MESSAGE_TEMPLATE).where(MESSAGE_TEMPLATE.ID.eq(id)).execute() > 0;
    }

    private static MessageTemplate template(MessageTemplateRecord r) {
        return new MessageTemplate(r.getId(), r.getName(), MessageChannel.valueOf(r.getChannel()), r.getSubject(), r.getBody(),
                r.getCreatedAt(), r.getUpdatedAt());
    }
}
