package hotline.model;

public record LoginRequest(String username, String password) {
}
