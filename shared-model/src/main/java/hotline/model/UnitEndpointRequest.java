package hotline.model;

public record UnitEndpointRequest(String url, String secret) {
}
