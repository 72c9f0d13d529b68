package app.rapport.domain;

/** A client's link to a competitor with both names, for lists on either side. */
public record CompetitorLinkLine(CompetitorLink link, String clientName, String competitorName) {
}
