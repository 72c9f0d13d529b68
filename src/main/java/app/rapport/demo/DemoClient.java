package app.rapport.demo;

import app.rapport.domain.Client;
import app.rapport.domain.CompetitorLink;
import app.rapport.domain.FollowUp;
import app.rapport.domain.Note;
import app.rapport.domain.Opportunity;
import app.rapport.domain.Purchase;
import app.rapport.domain.Touchpoint;

import java.util.List;

/** One demo client with everything recorded about them; touchpoints and purchases in time order. */
public record DemoClient(
        Client client,
        List<Touchpoint> touchpoints,
        List<Note> notes,
        List<Purchase> purchases,
        List<Opportunity> opportunities,
        List<CompetitorLink> competitorLinks,
        List<FollowUp> followUps) {

    public DemoClient {
        touchpoints = List.copyOf(touchpoints);
        notes = List.copyOf(notes);
        purchases = List.copyOf(purchases);
        opportunities = List.copyOf(opportunities);
        competitorLinks = List.copyOf(competitorLinks);
        followUps = List.copyOf(followUps);
    }
}
