package hotline.model;

import java.time.Instant;
import java.util.Map;

/** One append-only change of a case: who did what, when, with its data and the status before and after. */
public record EventDto(long id, String caseId, int seq, String type, String actor, Role actorRole,
                       String unitCode, CaseStatus statusBefore, CaseStatus statusAfter,
                       Map<String, Object> data, Instant at) {
}
