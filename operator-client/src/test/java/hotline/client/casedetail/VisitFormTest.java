package hotline.client.casedetail;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.model.CaseActionRequest;
import hotline.model.ExclusionReason;
import hotline.model.Satisfaction;
import hotline.model.VisitResolved;
import org.junit.jupiter.api.Test;

class VisitFormTest {
    private final VisitForm form = new VisitForm();

    @Test
    void aReachedCallerMustGiveBothVerdicts() {
        assertThat(form.complete().get()).isFalse();
        form.resolved().set(VisitResolved.NO);
        assertThat(form.complete().get()).isFalse();
        form.satisfaction().set(Satisfaction.DISSATISFIED);
        assertThat(form.complete().get()).isTrue();
        assertThat(form.request()).isEqualTo(CaseActionRequest.visited(VisitResolved.NO, Satisfaction.DISSATISFIED));
    }

    @Test
    void anUnreachedCallerIsExcludedAsUnreachableAndAsksNoVerdict() {
        form.contacted().set(false);
        assertThat(form.verdictAsked().get()).isFalse();
        assertThat(form.request()).isEqualTo(CaseActionRequest.visitExcluded(false, ExclusionReason.UNREACHABLE));
        form.contacted().set(true);                                   // reached after all: the verdict is asked again
        assertThat(form.excluded().get()).isNull();
        assertThat(form.complete().get()).isFalse();
    }

    @Test
    void aMaliciousCallIsExcludedEvenWhenReached() {
        form.excluded().set(ExclusionReason.MALICIOUS);
        assertThat(form.verdictAsked().get()).isFalse();
        assertThat(form.request()).isEqualTo(CaseActionRequest.visitExcluded(true, ExclusionReason.MALICIOUS));
        form.contacted().set(false);                                  // a chosen reason is kept
        assertThat(form.excluded().get()).isEqualTo(ExclusionReason.MALICIOUS);
    }
}
