package hotline.server.auth;

import hotline.model.LoginResponse;
import hotline.model.Role;
import hotline.server.http.ApiException;
import hotline.server.http.Validation;
import hotline.server.units.UnitDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Log-in with bcrypt-hashed passwords and expiring bearer tokens. Valid tokens are cached for a short
 * while so that a busy intake does not read the token table on every request.
 */
public final class AuthService {
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final int MAX_CACHED = 10_000;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final UnitDirectory units;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** Compared against when the user does not exist, so that timing does not reveal user names. */
    private final String decoyHash;

    private record Cached(Principal principal, Instant expiresAt, Instant recheckAt) {
    }

    public AuthService(UserRepository users, PasswordHasher hasher, UnitDirectory units, Clock clock, Duration tokenLifetime) {
        this.users = users;
        this.hasher = hasher;
        this.units = units;
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.decoyHash = hasher.hash("decoy-" + random.nextLong());
    }

    public LoginResponse login(String username, String password) {
        new Validation().required(username, "username").required(password, "password")
                .maxLength(username, 64, "username").maxLength(password, 200, "password").throwIfInvalid();
        var user = users.find(username);
        boolean ok = hasher.matches(password, user.map(UserRepository.StoredUser::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !ok || !user.get().enabled()) {
            throw ApiException.unauthorized("wrong user name or password");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(tokenLifetime);
        users.saveToken(hash(token), username, now, expiresAt);
        return new LoginResponse(token, user.get().role(), user.get().unitCode(), expiresAt);
    }

    public void logout(String token) {
        String hash = hash(token);
        cache.remove(hash);
        users.deleteToken(hash);
    }

    /** The caller behind a bearer token, or 401. */
    public Principal authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw ApiException.unauthorized("a bearer token is required");
        }
        String hash = hash(token);
        Instant now = clock.instant();
        Cached cached = cache.get(hash);
        if (cached == null || !now.isBefore(cached.recheckAt())) {
            cached = users.findToken(hash).filter(owner -> owner.user().enabled())
                    .map(owner -> new Cached(new Principal(owner.user().username(), owner.user().role(), owner.user().unitCode()),
                            owner.expiresAt(), now.plus(CACHE_FOR)))
                    .orElse(null);
            if (cached == null) {
                cache.remove(hash);
                throw ApiException.unauthorized("unknown or revoked token");
            }
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(hash, cached);
        }
        if (!now.isBefore(cached.expiresAt())) {
            cache.remove(hash);
            throw ApiException.unauthorized("token expired; log in again");
        }
        return cached.principal();
    }

    /** Creates or updates a user (ADMIN and the first-admin command): passwords of 8 characters or more. */
    public void saveUser(String username, String password, Role role, String unitCode) {
        save(username, password, role, unitCode, 8);
    }

    /** The --demo users only, whose passwords DESIGN.md fixes to their (short) user names. */
    public void saveDemoUser(String username, Role role, String unitCode) {
        save(username, username, role, unitCode, 1);
    }

    private void save(String username, String password, Role role, String unitCode, int minimumPassword) {
        Validation check = new Validation().required(username, "username").required(password, "password").required(role, "role")
                .maxLength(username, 64, "username").maxLength(password, 200, "password")
                .require(password == null || password.length() >= minimumPassword, "password",
                        "must be at least " + minimumPassword + " characters");
        if (role == Role.HANDLER || role == Role.CLERK) {
            check.require(units.find(unitCode).isPresent(), "unitCode", "must name a unit for HANDLER and CLERK");
        } else {
            check.require(unitCode == null || units.find(unitCode).isPresent(), "unitCode", "unknown unit");
        }
        check.throwIfInvalid();
        users.save(username, hasher.hash(password), role, unitCode, clock.instant());
    }

    public boolean hasUsers() {
        return users.count() > 0;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
