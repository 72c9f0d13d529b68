package app.rapport.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rules about SWOT maps that the screen, the command line and the brief share. */
public final class SwotMaps {
    /** Cards older than this many days are marked "possibly stale" unless the setting says otherwise. */
    public static final int DEFAULT_STALE_AFTER_DAYS = 365;
    public static final String STALE_SETTING = "swot.staleAfterDays";
    public static final int MAX_TEXT = 1000;

    private SwotMaps() {
    }

    /** Whether the card was last seen to be true more than {@code staleAfterDays} before {@code today}. */
    public static boolean possiblyStale(SwotItem card, LocalDate today, int staleAfterDays) {
        return card.observedOn() != null && ChronoUnit.DAYS.between(card.observedOn(), today) > staleAfterDays;
    }

    /** How the quadrant is called on a map. */
    public static String title(Quadrant quadrant) {
        return switch (quadrant) {
            case STRENGTH -> "Strengths";
            case WEAKNESS -> "Weaknesses";
            case OPPORTUNITY -> "Opportunities";
            case THREAT -> "Threats";
        };
    }

    /** One card in words: "Slow repairs (evidence, seen 2026-01-03)". */
    public static String describe(SwotItem card) {
        StringBuilder text = new StringBuilder(card.text());
        boolean evidence = card.evidence() != null && !card.evidence().isBlank();
        if (evidence || card.observedOn() != null) {
            text.append(" (");
            if (evidence) {
                text.append(card.evidence());
            }
            if (card.observedOn() != null) {
                text.append(evidence ? ", " : "").append("noted ").append(card.observedOn());
            }
            text.append(')');
        }
        return text.toString();
    }

    /**
     * The map as Markdown, for a team meeting or a wiki: a heading, the competitor's details and
     * each quadrant as a list; stale cards and the client who told us are marked.
     */
    public static String markdown(String title, Competitor competitor, List<SwotItem> cards, Map<UUID, String> clientNames,
                                  LocalDate today, int staleAfterDays) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        if (competitor != null) {
            if (competitor.website() != null) {
                md.append("- Website: ").append(competitor.website()).append('\n');
            }
            if (competitor.area() != null) {
                md.append("- Area: ").append(competitor.area()).append('\n');
            }
            if (competitor.priceLevel() != null) {
                md.append("- Prices: ").append(priceLabel(competitor.priceLevel())).append('\n');
            }
            if (competitor.notes() != null) {
                md.append("- Notes: ").append(competitor.notes()).append('\n');
            }
            md.append('\n');
        }
        for (Quadrant quadrant : Quadrant.values()) {
            md.append("## ").append(title(quadrant)).append("\n\n");
            boolean any = false;
            for (SwotItem card : cards) {
                if (card.quadrant() == quadrant) {
                    any = true;
                    md.append("- ").append(describe(card));
                    if (card.clientId() != null && clientNames.containsKey(card.clientId())) {
                        md.append(" \u2014 told by ").append(clientNames.get(card.clientId()));
                    }
                    if (possiblyStale(card, today, staleAfterDays)) {
                        md.append(" *(possibly stale)*");
                    }
                    md.append('\n');
                }
            }
            if (!any) {
                md.append("_Nothing yet._\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    public static String priceLabel(PriceLevel level) {
        return switch (level) {
            case LOWER -> "lower than ours";
            case SIMILAR -> "similar to ours";
            case HIGHER -> "higher than ours";
        };
    }
}
