package app.rapport.demo;

import java.util.UUID;

/**
 * One cell of a demo business's positioning table: how it or a competitor ({@code competitorId};
 * null for the business itself) does on a factor named like the store's factors (Price, Service, ...).
 */
public record DemoRating(String factor, UUID competitorId, int rating, String note) {
}
