package hotline.model;

public record CallerDto(String phone, String name, Boolean anonymous) {
}
