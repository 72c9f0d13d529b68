package app.rapport.store;

import app.rapport.domain.PhoneNumbers;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static app.rapport.store.jooq.Tables.CLIENT_PHONE;
import static app.rapport.store.jooq.Tables.SETTING;

/**
 * The store's default phone region (setting {@value PhoneNumbers#REGION_SETTING}) and the E.164
 * form of every stored number read in it. Changing the region reads every number again, since
 * a number written nationally means another number in another country.
 */
public final class PhoneRows {
    static final String READ_AGAIN_SETTING = "phone.readAgain";
    private static final int BATCH = 1_000;

    private final DSLContext dsl;

    public PhoneRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The region numbers without a country code are read in ("DE"), or "" when none is set. */
    public String region() {
        String region = dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(PhoneNumbers.REGION_SETTING))
                .fetchOne(SETTING.SETTING_VALUE);
        return region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
    }

    /** Sets the region and reads every stored number again in it. */
    public void changeRegion(String region) {
        new SettingRepository(dsl).put(PhoneNumbers.REGION_SETTING, region);
        readAllAgain(region);
    }

    /** The first opening after V12: the region from {@code locale} unless one is set, then every number read. */
    void readAgainIfAsked(Locale locale) {
        if (!dsl.fetchExists(SETTING, SETTING.NAME.eq(READ_AGAIN_SETTING))) {
            return;
        }
        String region = region();
        if (region.isEmpty()) {
            region = PhoneNumbers.regionOf(locale);
            new SettingRepository(dsl).put(PhoneNumbers.REGION_SETTING, region);
        }
        readAllAgain(region);
        dsl.deleteFrom(SETTING).where(SETTING.NAME.eq(READ_AGAIN_SETTING)).execute();
    }

    private void readAllAgain(String region) {
        record Stored(java.util.UUID id, String number, String e164) {
        }
        List<Stored> changed = new ArrayList<>();
        dsl.select(CLIENT_PHONE.ID, CLIENT_PHONE.NUMBER, CLIENT_PHONE.E164).from(CLIENT_PHONE).forEach(row -> {
            String e164 = PhoneNumbers.e164(row.value2(), region).orElse(null);
            if (!Objects.equals(e164, row.value3())) {
                changed.add(new Stored(row.value1(), row.value2(), e164));
            }
        });
        for (int from = 0; from < changed.size(); from += BATCH) {
            dsl.batch(changed.subList(from, Math.min(changed.size(), from + BATCH)).stream()
                    .map(phone -> dsl.update(CLIENT_PHONE).set(CLIENT_PHONE.E164, phone.e164()).where(CLIENT_PHONE.ID.eq(phone.id())))
                    .toList()).execute();
        }
    }
}
