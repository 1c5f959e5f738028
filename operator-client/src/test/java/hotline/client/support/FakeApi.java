package hotline.client.support;

import hotline.client.api.CaseQuery;
import hotline.client.api.HotlineApi;
import hotline.client.api.LiveListener;
import hotline.client.api.ServerUnreachableException;
import hotline.model.CaseActionRequest;
import hotline.model.CaseCreatedDto;
import hotline.model.CaseDto;
import hotline.model.CasePageDto;
import hotline.model.CaseStatus;
import hotline.model.CategoryDto;
import hotline.model.CategoryHitDto;
import hotline.model.EventDto;
import hotline.model.LoginResponse;
import hotline.model.NewCaseRequest;
import hotline.model.RoutingDto;
import hotline.model.RoutingPreviewDto;
import hotline.model.UnitDto;
import hotline.model.UnitKind;
import hotline.model.WorkloadDto;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A scripted server for view-model tests: records what was sent, and can pretend to be unreachable. */
public final class FakeApi implements HotlineApi {
    public static final UnitDto JIANWAI = new UnitDto("110105001", "建外街道", UnitKind.SUB_DISTRICT, "110105", "jianwaijiedao", "jwjd");

    public final List<NewCaseRequest> created = new ArrayList<>();
    public final List<String> keys = new ArrayList<>();
    public final List<String> actions = new ArrayList<>();
    public boolean unreachable;
    public List<CategoryHitDto> suggestions = List.of();

    private void check() {
        if (unreachable) {
            throw new ServerUnreachableException("http://fake", new IOException("connection refused"));
        }
    }

    @Override public String serverUrl() { return "http://fake"; }
    @Override public LoginResponse login(String username, String password) { check(); return null; }
    @Override public void logout() { }
    @Override public List<CategoryDto> categories() { check(); return List.of(); }
    @Override public List<CategoryHitDto> suggest(String text, int limit) { check(); return suggestions; }
    @Override public List<UnitDto> units() { check(); return List.of(JIANWAI); }

    @Override
    public RoutingPreviewDto previewRouting(String categoryCode, Double lat, Double lng, String subDistrictCode) {
        check();
        return new RoutingPreviewDto(JIANWAI, new RoutingDto("OPERATOR_SUB_DISTRICT", "话务员选择建外街道", null), null, JIANWAI);
    }

    @Override
    public CaseCreatedDto createCase(NewCaseRequest request, String idempotencyKey) {
        check();
        created.add(request);
        keys.add(idempotencyKey);
        return new CaseCreatedDto("case-" + created.size(), "20261124" + String.format("%05d", created.size()),
                CaseStatus.RECEIVED, JIANWAI, List.of(), null, new RoutingDto("CONSULTATION", "咨询类当场解答", null));
    }

    @Override public CasePageDto listCases(CaseQuery query) { check(); return new CasePageDto(List.of(), null); }
    @Override public CaseDto getCase(String id) { check(); return null; }
    @Override public List<EventDto> events(String caseId) { check(); return List.of(); }

    @Override
    public CaseDto act(String caseId, String action, CaseActionRequest body) {
        check();
        actions.add(caseId + " " + action + " " + (body == null ? "" : body.text()));
        return null;
    }

    @Override public WorkloadDto workload() { check(); return new WorkloadDto(List.of(), List.of()); }
    @Override public List<hotline.model.DeadLetterDto> deadLetters() { check(); return List.of(); }
    @Override public List<hotline.model.RankingDto> rankings(java.time.YearMonth month, hotline.model.UnitKind kind) {
        check();
        return List.of();
    }
    @Override public String rankingsCsv(java.time.YearMonth month, hotline.model.UnitKind kind) {
        check();
        return "";
    }
    @Override public CasePageDto rankingCases(java.time.YearMonth month, String unitCode, String measure, String after,
                                              int limit) {
        check();
        return new CasePageDto(List.of(), null);
    }
    @Override public void resendDeadLetter(long id) { check(); }
    @Override public void onSessionExpired(Runnable callback) { }
    @Override public AutoCloseable live(LiveListener listener) { return () -> { }; }
}
