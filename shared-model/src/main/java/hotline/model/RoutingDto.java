package hotline.model;

/** Which routing rule chose the lead unit, and why, in words an operator can read out. */
public record RoutingDto(String rule, String reason, String transferTo) {
}
