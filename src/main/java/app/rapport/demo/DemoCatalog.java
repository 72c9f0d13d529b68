package app.rapport.demo;

import app.rapport.domain.Competitor;
import app.rapport.domain.Product;
import app.rapport.domain.SwotItem;

import java.util.List;

/**
 * The products, competitors and SWOT cards of a demo business. The SWOT cards hold our own map
 * (competitorId null) and one map per competitor, with positions counted per map and quadrant.
 */
public record DemoCatalog(List<Product> products, List<Competitor> competitors, List<SwotItem> swotItems) {
    public DemoCatalog {
        products = List.copyOf(products);
        competitors = List.copyOf(competitors);
        swotItems = List.copyOf(swotItems);
    }
}
