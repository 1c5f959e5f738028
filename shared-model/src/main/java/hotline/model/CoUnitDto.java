package hotline.model;

import java.time.Instant;

/**
 * A unit called in on a joint order (吹哨报到) with its own task and sub-clock: it signs by {@code signDueAt} and
 * finishes by {@code dueAt}. {@code state}: CALLED, SIGNED, DONE, ESCALATED (a step missed, sent up to the
 * district) or CLOSED (the lead unit resolved the case).
 */
public record CoUnitDto(String unitCode, String unitName, String task, String state, Instant calledAt,
                        Instant signDueAt, Instant dueAt, Instant signedAt, Instant doneAt, String result) {
}
