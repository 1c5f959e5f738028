package hotline.client.outbox;

import hotline.model.NewCaseRequest;
import java.time.Instant;

/** A submitted call the server has not acknowledged yet, as kept on disk. */
public record PendingCase(long sequence, String idempotencyKey, String username, Instant queuedAt, NewCaseRequest request) {
}
