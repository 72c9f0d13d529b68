package app.rapport.domain;

import java.util.UUID;

public record Competitor(UUID id, String name, String website, String area, PriceLevel priceLevel, String notes) {
}
