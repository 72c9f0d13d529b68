package app.rapport.domain;

import java.math.BigDecimal;
import java.util.UUID;

public record Product(UUID id, String name, String category, Complexity complexity, BigDecimal price) {
}
