package app.rapport.domain;

import org.junit.jupiter.api.Test;

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
}
