package app.rapport.ui;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static app.rapport.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wait that times out says what it waited for, so a failed window test reads as a sentence. */
class FxTestSupportTest {
    @Test
    void aWaitThatTimesOutSaysWhatWasAwaited() {
        assertThatThrownBy(() -> waitUntil("the kettle to boil", Duration.ofMillis(300), () -> false))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Waited 300 ms for the kettle to boil, but it never happened");
    }
}
