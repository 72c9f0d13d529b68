package app.rapport.store;

import org.jooq.DSLContext;

import java.util.LinkedHashMap;
import java.util.Map;

import static app.rapport.store.jooq.Tables.SETTING;

/** The business's settings (name → text value), such as phase.honeymoonDays. */
public final class SettingRepository {
    private final DSLContext dsl;

    public SettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, String> all() {
        Map<String, String> settings = new LinkedHashMap<>();
        dsl.selectFrom(SETTING).orderBy(SETTING.NAME).forEach(r -> settings.put(r.getName(), r.getSettingValue()));
        return settings;
    }

    /** A whole-number setting, or {@code fallback} when it is not set or not a whole number. */
    public int integer(String name, int fallback) {
        String value = dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(name)).fetchOne(SETTING.SETTING_VALUE);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Sets (adds or replaces) one setting. */
    public void put(String name, String value) {
        dsl.insertInto(SETTING, SETTING.NAME, SETTING.SETTING_VALUE).values(name, value)
                .onDuplicateKeyUpdate().set(SETTING.SETTING_VALUE, value)
                .execute();
    }
}
