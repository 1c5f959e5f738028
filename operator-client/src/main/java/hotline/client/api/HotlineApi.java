package hotline.client.api;

import hotline.model.CaseActionRequest;
import hotline.model.CaseCreatedDto;
import hotline.model.CaseDto;
import hotline.model.DeadLetterDto;
import hotline.model.RankingDto;
import hotline.model.UnitKind;
import java.time.YearMonth;
import hotline.model.CasePageDto;
import hotline.model.CategoryDto;
import hotline.model.CategoryHitDto;
import hotline.model.EventDto;
import hotline.model.LoginResponse;
import hotline.model.NewCaseRequest;
import hotline.model.RoutingPreviewDto;
import hotline.model.UnitDto;
import hotline.model.WorkloadDto;
import java.util.List;

/**
 * The server as the client sees it (DESIGN.md "Fixed contract"). Every method blocks: call it through a
 * {@link hotline.client.common.TaskRunner}, never on the UI thread. Failures are {@link ApiException} (the server
 * answered with an error) or {@link ServerUnreachableException} (no answer at all).
 */
public interface HotlineApi {
    String serverUrl();

    LoginResponse login(String username, String password);

    void logout();

    List<CategoryDto> categories();

    List<CategoryHitDto> suggest(String text, int limit);

    List<UnitDto> units();

    RoutingPreviewDto previewRouting(String categoryCode, Double lat, Double lng, String subDistrictCode);

    CaseCreatedDto createCase(NewCaseRequest request, String idempotencyKey);

    CasePageDto listCases(CaseQuery query);

    CaseDto getCase(String id);

    List<EventDto> events(String caseId);

    CaseDto act(String caseId, String action, CaseActionRequest body);

    /** Open cases per unit and per operator (shift leads and administrators). */
    WorkloadDto workload();

    /** The month's ranking of every unit of {@code kind}, best first. */
    List<RankingDto> rankings(YearMonth month, UnitKind kind);

    /** The same ranking as a CSV file (UTF-8 with a byte order mark), as the server writes it. */
    String rankingsCsv(YearMonth month, UnitKind kind);

    /** The cases behind one figure ({@code measure}) of a unit's month, a page at a time. */
    CasePageDto rankingCases(YearMonth month, String unitCode, String measure, String after, int limit);

    /** Deliveries to units that gave up (shift leads and administrators). */
    List<DeadLetterDto> deadLetters();

    /** Puts a dead letter back in line for delivery. */
    void resendDeadLetter(long id);

    /** Registers what to do when the server no longer accepts this session (called on any thread). */
    void onSessionExpired(Runnable callback);

    /** Subscribes to the live feed until the returned handle is closed. */
    AutoCloseable live(LiveListener listener);
}
