package app.rapport.demo;

import app.rapport.domain.Competitor;
import app.rapport.domain.Product;
import app.rapport.domain.SwotItem;

import java.util.List;

/**
 * The products, competitors and SWOT cards of a demo business, and its positioning table. The
 * SWOT cards hold our own map (competitorId null) and one map per competitor, with positions
 * counted per map and quadrant; the ratings compare each competitor with rivals of its own trade.
 */
public record DemoCatalog(List<Product> products, List<Competitor> competitors, List<SwotItem> swotItems, List<DemoRating> ratings) {
    public DemoCatalog {
        products = List.copyOf(products);
        competitors = List.copyOf(competitors);
        swotItems = List.copyOf(swotItems);
        ratings = List.copyOf(ratings);
    }
}
