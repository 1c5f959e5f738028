package hotline.model;

public record FieldErrorDto(String field, String message) {
}
