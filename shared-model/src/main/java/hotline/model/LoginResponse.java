package hotline.model;

import java.time.Instant;

public record LoginResponse(String token, Role role, String unitCode, Instant expiresAt) {
}
