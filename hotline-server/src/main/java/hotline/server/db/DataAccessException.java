package hotline.server.db;

import java.sql.SQLException;

/** A database failure that the caller cannot repair; mapped to 500/503 at the HTTP edge. */
public final class DataAccessException extends RuntimeException {
    public DataAccessException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
