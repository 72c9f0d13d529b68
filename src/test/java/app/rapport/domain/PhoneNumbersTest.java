package app.rapport.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTest {

    @Test
    void aNumberDialledWithDoubleZeroIsReadInternationallyWhenTheStoreHasNoHomeRegion() {
        assertThat(PhoneNumbers.e164("00353 87-455-5097", "")).contains("+353874555097");
        assertThat(PhoneNumbers.e164("0044 20 7946 0018", null)).contains("+442079460018");
        assertThat(PhoneNumbers.e164("+353 (0)87 455 5097", "")).contains("+353874555097");
    }

    @Test
    void aNationalNumberNeedsAHomeRegionAndIsReadInIt() {
        assertThat(PhoneNumbers.e164("020 7946 0018", "")).isEmpty();
        assertThat(PhoneNumbers.e164("020 7946 0018", "GB")).contains("+442079460018");
        assertThat(PhoneNumbers.e164("0044 20 7946 0018", "DE")).contains("+442079460018");
    }

    @Test
    void onlyDigitsInGroupsLoseTheirSpacesAndHyphensBeforeTheyAreRead() {
        assertThat(PhoneNumbers.withoutSeparators("+44 7700 900123")).isEqualTo("+447700900123");
        assertThat(PhoneNumbers.withoutSeparators("030-1234 567")).isEqualTo("0301234567");
        for (String kept : new String[] {"+44 (0)20 7946 0018", "555-0101 x12", "+ 49 151 2345", "0151  2345", "0151 2345 ", "tel:+4915123",
                "+49-151-2345#", "+44 7700 900123;ext=12", "030/123456", "+\uFF19\uFF11 98765", "1-800-FLOWERS", "0151 -2345"}) {
            assertThat(PhoneNumbers.withoutSeparators(kept)).as(kept).isSameAs(kept);
        }
    }

    /**
     * The numbers read without their spaces and hyphens are the numbers libphonenumber reads with them: the same
     * E.164 form, the same extension and leading zeros, the same answer to whether it is possible, or the same
     * reason it cannot be read, in regions with every kind of national and international prefix.
     */
    @Test
    void libphonenumberReadsDigitsInGroupsTheSameWithoutTheirSeparators() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        String[] regions = {"ZZ", "GB", "DE", "US", "FR", "IT", "AR", "BR", "MX", "JP", "CN", "IN", "RU", "AU", "NL", "CH", "AT", "SE", "KR", "ID"};
        Random random = new Random(6);
        int compared = 0;
        for (int round = 0; round < 150_000; round++) {
            StringBuilder typed = new StringBuilder(switch (random.nextInt(10)) {
                case 0, 1, 2, 3, 4 -> "+";
                case 5 -> "00";
                case 6 -> "011";
                default -> "";
            });
            int groups = 1 + random.nextInt(6);
            for (int group = 0; group < groups; group++) {
                if (group > 0) {
                    typed.append(random.nextInt(3) == 0 ? '-' : ' ');
                }
                int digits = 1 + random.nextInt(5);
                for (int digit = 0; digit < digits; digit++) {
                    typed.append((char) ('0' + random.nextInt(10)));
                }
            }
            String written = typed.toString();
            if (!SearchTokens.hasDigits(written, ClientValidation.MIN_PHONE_DIGITS)) {
                continue;
            }
            String region = regions[random.nextInt(regions.length)];
            assertThat(read(util, PhoneNumbers.withoutSeparators(written), region)).as(written + " in " + region)
                    .isEqualTo(read(util, written, region));
            compared++;
        }
        assertThat(compared).isGreaterThan(100_000);
    }

    private static String read(PhoneNumberUtil util, String written, String region) {
        try {
            PhoneNumber number = util.parse(written, region);
            return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) + " possible " + util.isPossibleNumber(number) + " extension '"
                    + number.getExtension() + "' leading zeros " + number.isItalianLeadingZero() + " " + number.getNumberOfLeadingZeros();
        } catch (NumberParseException unreadable) {
            return "unreadable: " + unreadable.getErrorType();
        }
    }
}
