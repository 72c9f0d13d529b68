package app.rapport.demo;

import app.rapport.domain.message.MessageTemplate;
import app.rapport.domain.message.TemplateRenderer;
import app.rapport.domain.segment.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoMessagingTest {
    @Test
    void everyDemoTemplateUsesOnlyKnownMergeFieldsAndEverySegmentCanHold() {
        for (MessageTemplate template : DemoMessaging.templates()) {
            assertThat(TemplateRenderer.check(template)).as(template.name()).isEmpty();
        }
        for (Segment segment : DemoMessaging.segments()) {
            assertThat(segment.criteria().problems()).as(segment.name()).isEmpty();
            assertThat(segment.criteria().isEveryone()).as(segment.name()).isFalse();
        }
    }
}
