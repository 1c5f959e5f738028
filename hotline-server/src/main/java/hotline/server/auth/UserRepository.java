package hotline.server.auth;

import hotline.model.Role;
import hotline.server.db.Database;
import hotline.server.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Users and their bearer tokens (stored as SHA-256 hashes, never in clear). */
public final class UserRepository {
    public record StoredUser(String username, String passwordHash, Role role, String unitCode, boolean enabled) {
    }

    private final Database database;

    public UserRepository(Database database) {
        this.database = database;
    }

    public Optional<StoredUser> find(String username) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select username, password_hash, role, unit_code, enabled from app_user where username = ?")) {
                select.setString(1, username);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new StoredUser(rows.getString(1), rows.getString(2),
                            Role.valueOf(rows.getString(3)), rows.getString(4), rows.getBoolean(5))) : Optional.empty();
                }
            }
        });
    }

    public long count() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select count(*) from app_user");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Creates the user, or replaces the password, role and unit of an existing one. */
    public void save(String username, String passwordHash, Role role, String unitCode, Instant now) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update app_user set password_hash = ?, role = ?, unit_code = ?, enabled = true where username = ?")) {
                update.setString(1, passwordHash);
                update.setString(2, role.name());
                update.setString(3, unitCode);
                update.setString(4, username);
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into app_user (username, password_hash, role, unit_code, enabled, created_at) values (?, ?, ?, ?, true, ?)")) {
                insert.setString(1, username);
                insert.setString(2, passwordHash);
                insert.setString(3, role.name());
                insert.setString(4, unitCode);
                Jdbc.setInstant(insert, 5, now);
                insert.executeUpdate();
            }
            return null;
        });
    }

    public void saveToken(String tokenHash, String username, Instant now, Instant expiresAt) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from auth_token where expires_at < ?")) {
                Jdbc.setInstant(delete, 1, now);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into auth_token (token_hash, username, created_at, expires_at) values (?, ?, ?, ?)")) {
                insert.setString(1, tokenHash);
                insert.setString(2, username);
                Jdbc.setInstant(insert, 3, now);
                Jdbc.setInstant(insert, 4, expiresAt);
                insert.executeUpdate();
            }
            return null;
        });
    }

    public record TokenOwner(StoredUser user, Instant expiresAt) {
    }

    public Optional<TokenOwner> findToken(String tokenHash) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select u.username, u.password_hash, u.role, u.unit_code, u.enabled, t.expires_at"
                            + " from auth_token t join app_user u on u.username = t.username where t.token_hash = ?")) {
                select.setString(1, tokenHash);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new TokenOwner(new StoredUser(rows.getString(1), rows.getString(2),
                            Role.valueOf(rows.getString(3)), rows.getString(4), rows.getBoolean(5)),
                            Jdbc.getInstant(rows, "expires_at")));
                }
            }
        });
    }

    public void deleteToken(String tokenHash) {
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from auth_token where token_hash = ?")) {
                delete.setString(1, tokenHash);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
