package app.rapport.demo;

import app.rapport.domain.Mood;
import app.rapport.domain.brief.Phase;
import app.rapport.domain.message.MessageChannel;
import app.rapport.domain.message.MessageTemplate;
import app.rapport.domain.segment.Segment;
import app.rapport.domain.segment.SegmentCriteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The saved segments and message templates a demo store starts with, for any kind of business. */
public final class DemoMessaging {
    private DemoMessaging() {
    }

    public static String businessName(DemoBusiness business) {
        return switch (business) {
            case SALON -> "Lumen Hair Studio";
            case SHOP -> "Brightway Appliances";
            case FIELD -> "Northgate Systems";
            case MIXED -> "Brightway & Co.";
        };
    }

    public static List<Segment> segments() {
        SegmentCriteria none = SegmentCriteria.EVERYONE;
        return List.of(
                segment("Happy honeymooners", none.withPhases(Set.of(Phase.HONEYMOON)).withMoods(Set.of(Mood.EXCITED, Mood.HAPPY))),
                // New clients whose first weeks went wrong (a complaint, frustration or regret): call while it can be put right.
                segment("New clients at risk", none.withPhases(Set.of(Phase.HONEYMOON_AT_RISK))),
                segment("Ghosted after buying", none.withGhosted(true)),
                segment("Said no because of price", none.withRefusalReasons(Set.of("PRICE"))),
                segment("Big spenders gone quiet", none.withSpent(new BigDecimal("1000"), null).withContact(null, null, 90, null)),
                segment("Unhappy long-time clients", none.withPhases(Set.of(Phase.MATURE))
                        .withMoods(Set.of(Mood.DOUBTFUL, Mood.FRUSTRATED, Mood.REGRETFUL))),
                segment("Lapsed clients", none.withPhases(Set.of(Phase.LAPSED))));
    }

    public static List<MessageTemplate> templates() {
        return List.of(
                template("Thank you after a purchase", MessageChannel.EMAIL, "Thank you from {{businessName|all of us}}",
                        """
                        Dear {{addressAs}},

                        thank you for choosing the {{lastPurchase|visit}} on {{lastPurchaseDate|your last visit}}. We hope it is \
                        already making your days a little easier.

                        If anything is not quite as you hoped, simply reply to this email: we would much rather hear it from \
                        you now than have you put up with it.

                        Warm regards,
                        {{businessName}}"""),
                template("How is it going?", MessageChannel.MESSAGE, null,
                        "Hi {{addressAs}}, it's {{businessName}}. How are you getting on with the {{lastPurchase|purchase}}? "
                                + "Any questions at all, just reply here."),
                template("We have not seen you for a while", MessageChannel.EMAIL, "It has been a while, {{addressAs}}",
                        """
                        Dear {{addressAs}},

                        we last spoke on {{lastContactDate|a while ago}}, and we wanted to ask how things are going. \
                        Is there anything we could do better for you?

                        Whenever it suits you, we are happy to help.

                        {{businessName}}"""),
                template("About the price", MessageChannel.EMAIL, "A better way to get what you wanted",
                        """
                        Dear {{addressAs}},

                        when we last spoke, the price was what held you back, and that is fair. We now have an option \
                        that may fit better, and we would like to walk you through it, with no obligation.

                        Would a short call this week work for you?

                        Kind regards,
                        {{businessName}}"""));
    }

    private static Segment segment(String name, SegmentCriteria criteria) {
        return new Segment(null, name, criteria, null, null);
    }

    private static MessageTemplate template(String name, MessageChannel channel, String subject, String body) {
        return new MessageTemplate(null, name, channel, subject, body, null, null);
    }
}
