package hotline.client.intake;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.client.api.HttpHotlineApi;
import hotline.client.categorysearch.ClientCatalog;
import hotline.client.common.ClientSettings;
import hotline.client.common.Messages;
import hotline.client.common.Units;
import hotline.client.outbox.PendingCaseStore;
import hotline.client.support.FakeApi;
import hotline.client.support.SyncTaskRunner;
import hotline.model.CaseType;
import hotline.model.CategoryDto;
import hotline.model.CategoryHitDto;
import hotline.model.UnitKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake view-model with a scripted server and a synchronous runner: the decisions, without a window. */
class IntakeViewModelTest {
    private static final CategoryDto HEATING = new CategoryDto("UTILITIES.11.01", "供暖不热", "Heating not warm", "UTILITIES",
            "水电气热 / 供暖运行 / 供暖不热", List.of("暖气"), UnitKind.ENTERPRISE, "供暖运行", "gongnuanbure", "gnbr", List.of());
    private static final CategoryDto RESIDENCE = new CategoryDto("GOV_SERVICE.03.01", "居住证办理", "Residence permit",
            "GOV_SERVICE", "政务服务 / 居住证 / 居住证办理", List.of(), UnitKind.DISTRICT, "居住证", "juzhuzhengbanli", "jzzbl",
            List.of());

    @TempDir
    Path home;
    private final FakeApi api = new FakeApi();
    private final AtomicInteger nudges = new AtomicInteger();
    private PendingCaseStore outbox;
    private IntakeViewModel model;

    @BeforeEach
    void setUp() {
        outbox = new PendingCaseStore(home, HttpHotlineApi.mapper());
        model = new IntakeViewModel(api, new SyncTaskRunner(), new ClientCatalog(List.of(HEATING, RESIDENCE)),
                new Units(List.of(FakeApi.JIANWAI)), new ClientSettings(home), outbox, nudges::incrementAndGet,
                new Messages(Messages.CHINESE), "operator", Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC));
        model.newCall();
    }

    @Test
    void aCallWithoutCategoryOrDescriptionIsNotSentAndTheFieldsAreNamed() {
        model.submit();
        assertThat(model.fieldErrors()).containsKeys("categoryCode", "description");
        assertThat(api.created).isEmpty();
    }

    @Test
    void aSuggestionTakenByIndexBecomesTheCategoryAndARecentOne() {
        api.suggestions = List.of(new CategoryHitDto(HEATING.code(), HEATING.name(), HEATING.nameEn(), "UTILITIES",
                HEATING.path(), 3.2));
        model.description().set("家里暖气一点都不热");
        model.requestSuggestions();
        model.acceptSuggestion(0);
        assertThat(model.category().get()).isEqualTo(HEATING);
        assertThat(new ClientSettings(home).recentCategories()).containsExactly(HEATING.code());
        assertThat(model.preview().get().leadUnit().code()).isEqualTo("110105001");
    }

    @Test
    void aConsultationWithAnAnswerIsCreatedThenAnswered() {
        model.setType(CaseType.CONSULTATION);
        model.chooseCategory(RESIDENCE);
        model.description().set("居住证怎么办");
        model.answer().set("带身份证和租房合同到社区服务站办理");
        model.submit();
        assertThat(api.created).hasSize(1);
        assertThat(api.actions).containsExactly("case-1 answer 带身份证和租房合同到社区服务站办理");
        assertThat(model.result().get().caseNumber()).isEqualTo("2026112400001");
    }

    @Test
    void whenTheServerIsUnreachableTheCallIsKeptWithItsKeyAndLaterCallsQueueBehindIt() {
        api.unreachable = true;
        model.chooseCategory(HEATING);
        model.description().set("暖气不热");
        model.submit();
        assertThat(model.savedLocally().get()).isTrue();
        assertThat(outbox.count()).isEqualTo(1);
        assertThat(nudges.get()).isEqualTo(1);

        api.unreachable = false;                 // back, but an earlier call still waits: keep the order
        model.newCall();
        model.chooseCategory(HEATING);
        model.description().set("还是不热");
        model.submit();
        assertThat(api.created).isEmpty();
        assertThat(outbox.list()).extracting(p -> p.request().description()).containsExactly("暖气不热", "还是不热");
        assertThat(outbox.list()).extracting(p -> p.idempotencyKey()).doesNotHaveDuplicates();
    }

    @Test
    void urgencyCyclesOnOneKeyAndNewCallClearsEverything() {
        model.cycleUrgency();
        assertThat(model.urgency().get().name()).isEqualTo("URGENT");
        model.phone().set("13800138000");
        model.chooseSubDistrict(FakeApi.JIANWAI);
        model.newCall();
        assertThat(model.phone().get()).isEmpty();
        assertThat(model.subDistrict().get()).isNull();
        assertThat(model.urgency().get().name()).isEqualTo("NORMAL");
    }
}
