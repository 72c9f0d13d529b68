package app.rapport.domain.brief;

import app.rapport.domain.Client;
import app.rapport.domain.Competitor;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.Product;
import app.rapport.domain.Purchase;
import app.rapport.domain.SwotItem;
import app.rapport.domain.Touchpoint;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything the brief engine reads, as plain records: the client, their purchases (with the
 * catalog products they and their opportunities refer to), touchpoints in any order, notes,
 * opportunities, follow-ups, the competitors linked to them with SWOT cards, our own strengths,
 * the settings and the rules. {@code zone} is the business's time zone, for counting days;
 * {@code warnings} are problems met while gathering the input (an unreadable setting), passed on
 * to the brief.
 */
public record BriefInput(
        Client client,
        List<Purchase> purchases,
        Map<UUID, Product> products,
        List<Touchpoint> touchpoints,
        List<Note> notes,
        List<Opportunity> opportunities,
        List<FollowUp> followUps,
        List<LinkedCompetitor> competitors,
        List<SwotItem> ourStrengths,
        BriefSettings settings,
        Playbook playbook,
        ZoneId zone,
        List<String> warnings) {

    public BriefInput {
        purchases = List.copyOf(purchases == null ? List.of() : purchases);
        products = Map.copyOf(products == null ? Map.of() : products);
        touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
        notes = notes == null ? List.of() : List.copyOf(notes);
        opportunities = List.copyOf(opportunities == null ? List.of() : opportunities);
        followUps = List.copyOf(followUps == null ? List.of() : followUps);
        competitors = List.copyOf(competitors == null ? List.of() : competitors);
        ourStrengths = List.copyOf(ourStrengths == null ? List.of() : ourStrengths);
        settings = settings == null ? BriefSettings.DEFAULTS : settings;
        playbook = playbook == null ? new Playbook(List.of()) : playbook;
        zone = Objects.requireNonNull(zone, "zone");
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    /** The same client read with other rules: what the playbook editor's preview builds. */
    public BriefInput withPlaybook(Playbook rules) {
        return new BriefInput(client, purchases, products, touchpoints, notes, opportunities, followUps, competitors,
                ourStrengths, settings, rules, zone, warnings);
    }

    /** A competitor the client is linked to, how, and the cards of its SWOT map. */
    public record LinkedCompetitor(Competitor competitor, CompetitorLink link, List<SwotItem> swot) {
        public LinkedCompetitor {
            swot = List.copyOf(swot == null ? List.of() : swot);
        }
    }
}
