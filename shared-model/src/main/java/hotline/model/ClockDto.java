package hotline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClockDto(ClockName name, Instant dueAt, Instant yellowAt, ClockState state, String calendar,
                       Instant stoppedAt, Instant pausedSince) {
}
