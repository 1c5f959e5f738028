package hotline.model;

public record HealthDto(String status, String database, String version) {
}
