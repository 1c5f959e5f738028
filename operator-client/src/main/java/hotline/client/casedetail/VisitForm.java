package hotline.client.casedetail;

import hotline.model.CaseActionRequest;
import hotline.model.ExclusionReason;
import hotline.model.Satisfaction;
import hotline.model.VisitResolved;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What an operator records on a return visit (DESIGN.md): whether the caller was reached, then either their verdict
 * (resolved yes/partly/no and satisfaction) or why the visit counts in no rate. Decides when the answer is complete
 * and builds the request; the dialog only binds.
 */
public final class VisitForm {
    private final BooleanProperty contacted = new SimpleBooleanProperty(true);
    private final ObjectProperty<VisitResolved> resolved = new SimpleObjectProperty<>();
    private final ObjectProperty<Satisfaction> satisfaction = new SimpleObjectProperty<>();
    private final ObjectProperty<ExclusionReason> excluded = new SimpleObjectProperty<>();
    private final BooleanBinding verdictAsked = contacted.and(excluded.isNull());
    private final BooleanBinding complete;

    public VisitForm() {
        contacted.addListener((obs, was, now) -> {
            if (!now && excluded.get() == null) {
                excluded.set(ExclusionReason.UNREACHABLE);
            } else if (now && excluded.get() == ExclusionReason.UNREACHABLE) {
                excluded.set(null);
            }
        });
        complete = Bindings.createBooleanBinding(() -> request() != null, contacted, resolved, satisfaction, excluded);
    }

    /** The visit action's body, or null while something the server needs is missing. */
    public CaseActionRequest request() {
        if (excluded.get() != null) {
            return CaseActionRequest.visitExcluded(contacted.get(), excluded.get());
        }
        if (!contacted.get() || resolved.get() == null || satisfaction.get() == null) {
            return null;
        }
        return CaseActionRequest.visited(resolved.get(), satisfaction.get());
    }

    public BooleanProperty contacted() { return contacted; }
    public ObjectProperty<VisitResolved> resolved() { return resolved; }
    public ObjectProperty<Satisfaction> satisfaction() { return satisfaction; }
    public ObjectProperty<ExclusionReason> excluded() { return excluded; }
    /** Whether the caller's verdict is asked (reached and not excluded). */
    public BooleanBinding verdictAsked() { return verdictAsked; }
    public BooleanBinding complete() { return complete; }
}
