package hotline.model;

import java.util.List;

/** One page of a case listing; pass {@code nextCursor} back as {@code cursor} for the next page (null: no more). */
public record CasePageDto(List<CaseSummaryDto> items, String nextCursor) {
}
