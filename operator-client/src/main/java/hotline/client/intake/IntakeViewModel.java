package hotline.client.intake;

import hotline.client.api.ApiException;
import hotline.client.api.CaseQuery;
import hotline.client.api.HotlineApi;
import hotline.client.api.ServerUnreachableException;
import hotline.client.categorysearch.ClientCatalog;
import hotline.client.common.ClientSettings;
import hotline.client.common.Messages;
import hotline.client.common.Failures;
import hotline.client.common.TaskRunner;
import hotline.client.common.Units;
import hotline.client.outbox.PendingCase;
import hotline.client.outbox.PendingCaseStore;
import hotline.model.CallerDto;
import hotline.model.CaseAction;
import hotline.model.CaseActionRequest;
import hotline.model.CaseCreatedDto;
import hotline.model.CaseSummaryDto;
import hotline.model.CaseType;
import hotline.model.CategoryDto;
import hotline.model.CategoryHitDto;
import hotline.model.Channel;
import hotline.model.FieldErrorDto;
import hotline.model.LocationDto;
import hotline.model.NewCaseRequest;
import hotline.model.RoutingPreviewDto;
import hotline.model.UnitDto;
import hotline.model.Urgency;
import java.time.Clock;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One call from the first ring to the submitted case: the caller's history by phone, type and urgency, the
 * description and the categories suggested for it, the location and where the case would go, then submit.
 * A call the server cannot take right now is kept on disk and sent later (see {@link PendingCaseStore}).
 */
public final class IntakeViewModel {
    public static final int SUGGESTIONS = 3;
    private static final int HISTORY = 20;
    private static final int MIN_SUGGEST_TEXT = 4;

    private final HotlineApi api;
    private final TaskRunner runner;
    private final ClientCatalog catalog;
    private final Units units;
    private final ClientSettings settings;
    private final PendingCaseStore outbox;
    private final Runnable nudgeOutbox;
    private final Messages messages;
    private final String username;
    private final Clock clock;

    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty callerName = new SimpleStringProperty("");
    private final ObjectProperty<CaseType> type = new SimpleObjectProperty<>(CaseType.COMPLAINT);
    private final ObjectProperty<Urgency> urgency = new SimpleObjectProperty<>(Urgency.NORMAL);
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<CategoryDto> category = new SimpleObjectProperty<>();
    private final ObservableList<CategoryHitDto> suggestions = FXCollections.observableArrayList();
    private final StringProperty address = new SimpleStringProperty("");
    private final ObjectProperty<UnitDto> subDistrict = new SimpleObjectProperty<>();
    private final ObjectProperty<GeoPoint> point = new SimpleObjectProperty<>();
    private final ObjectProperty<RoutingPreviewDto> preview = new SimpleObjectProperty<>();
    private final ObservableList<CaseSummaryDto> history = FXCollections.observableArrayList();
    private final ObjectProperty<CaseSummaryDto> repeatCandidate = new SimpleObjectProperty<>();
    private final BooleanProperty forceNew = new SimpleBooleanProperty(false);
    private final StringProperty answer = new SimpleStringProperty("");
    private final ObjectProperty<CaseCreatedDto> result = new SimpleObjectProperty<>();
    private final BooleanProperty savedLocally = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableMap<String, String> fieldErrors = FXCollections.observableHashMap();
    private long suggestGeneration;
    private long previewGeneration;
    private long historyGeneration;

    /** A WGS84 point picked on the map. */
    public record GeoPoint(double lat, double lng) {
    }

    public IntakeViewModel(HotlineApi api, TaskRunner runner, ClientCatalog catalog, Units units,
                           ClientSettings settings, PendingCaseStore outbox, Runnable nudgeOutbox, Messages messages,
                           String username, Clock clock) {
        this.api = api;
        this.runner = runner;
        this.catalog = catalog;
        this.units = units;
        this.settings = settings;
        this.outbox = outbox;
        this.nudgeOutbox = nudgeOutbox;
        this.messages = messages;
        this.username = username;
        this.clock = clock;
        category.addListener((obs, old, now) -> refreshPreview());
        subDistrict.addListener((obs, old, now) -> refreshPreview());
        point.addListener((obs, old, now) -> refreshPreview());
    }

    /** Looks up the caller's earlier cases; the newest open one is offered as the case this call may repeat. */
    public void lookUpCaller() {
        String number = phone.get() == null ? "" : phone.get().replaceAll("[\\s-]", "");
        long generation = ++historyGeneration;
        if (number.length() < 3) {
            history.clear();
            repeatCandidate.set(null);
            return;
        }
        runner.run(() -> api.listCases(CaseQuery.byPhone(number, HISTORY)).items(), items -> {
            if (generation == historyGeneration) {
                history.setAll(items);
                repeatCandidate.set(items.stream().filter(c -> c.status().isOpen())
                        .findFirst().orElse(null));
            }
        }, failure -> {
            if (generation == historyGeneration) {
                history.clear();
                message.set(Failures.describe(messages, failure));
            }
        });
    }

    /** Asks the server which categories fit the description typed so far (the view debounces keystrokes). */
    public void requestSuggestions() {
        String text = description.get() == null ? "" : description.get().strip();
        long generation = ++suggestGeneration;
        if (text.length() < MIN_SUGGEST_TEXT) {
            suggestions.clear();
            return;
        }
        runner.run(() -> api.suggest(text, SUGGESTIONS), hits -> {
            if (generation == suggestGeneration) {
                suggestions.setAll(hits);
            }
        }, failure -> {
            if (generation == suggestGeneration) {
                suggestions.clear();
            }
        });
    }

    /** Takes suggestion {@code index} (0-based) as the category, if there is one. */
    public void acceptSuggestion(int index) {
        if (index < suggestions.size()) {
            catalog.find(suggestions.get(index).code()).ifPresent(this::chooseCategory);
        }
    }

    public void chooseCategory(CategoryDto chosen) {
        category.set(chosen);
        fieldErrors.remove("categoryCode");
        settings.useCategory(chosen.code());
    }

    public void chooseSubDistrict(UnitDto chosen) {
        subDistrict.set(chosen);
    }

    public void pickPoint(double lat, double lng) {
        point.set(new GeoPoint(lat, lng));
    }

    public void setType(CaseType chosen) {
        type.set(chosen);
    }

    public void cycleUrgency() {
        Urgency[] all = Urgency.values();
        urgency.set(all[(urgency.get().ordinal() + 1) % all.length]);
    }

    public void toggleForceNew() {
        forceNew.set(!forceNew.get());
    }

    private void refreshPreview() {
        CategoryDto chosen = category.get();
        long generation = ++previewGeneration;
        if (chosen == null) {
            preview.set(null);
            return;
        }
        GeoPoint at = point.get();
        UnitDto sub = subDistrict.get();
        runner.run(() -> api.previewRouting(chosen.code(), at == null ? null : at.lat(), at == null ? null : at.lng(),
                sub == null ? null : sub.code()), answer -> {
            if (generation == previewGeneration) {
                preview.set(answer);
            }
        }, failure -> {
            if (generation == previewGeneration) {
                preview.set(null);
            }
        });
    }

    /** Submits the call; answers a consultation on the spot when an answer was written. */
    public void submit() {
        if (busy.get() || result.get() != null) {
            return;
        }
        fieldErrors.clear();
        if (category.get() == null) {
            fieldErrors.put("categoryCode", messages.get("intake.error.category"));
        }
        if (description.get() == null || description.get().isBlank()) {
            fieldErrors.put("description", messages.get("intake.error.description"));
        }
        if (!fieldErrors.isEmpty()) {
            message.set(messages.get("intake.error.incomplete"));
            return;
        }
        NewCaseRequest request = request();
        String key = UUID.randomUUID().toString();
        String answerText = answer.get() == null ? "" : answer.get().strip();
        if (outbox.oldest(username).isPresent()) {
            keepForLater(request, key); // calls go out in the order they were taken
            return;
        }
        busy.set(true);
        message.set(messages.get("intake.sending"));
        runner.run(() -> {
            CaseCreatedDto created = api.createCase(request, key);
            if (request.type() == CaseType.CONSULTATION && !answerText.isEmpty() && created.repeatOf() == null) {
                api.act(created.id(), CaseAction.ANSWER.path(), CaseActionRequest.withText(answerText));
            }
            return created;
        }, created -> {
            busy.set(false);
            result.set(created);
            message.set(messages.get(created.repeatOf() == null ? "intake.created" : "intake.attached", created.caseNumber()));
        }, failure -> {
            busy.set(false);
            if (failure instanceof ServerUnreachableException) {
                keepForLater(request, key);
            } else if (failure instanceof ApiException refusal && refusal.error().fields() != null
                    && !refusal.error().fields().isEmpty()) {
                for (FieldErrorDto field : refusal.error().fields()) {
                    fieldErrors.put(field.field(), field.message());
                }
                message.set(refusal.error().message());
            } else {
                message.set(Failures.describe(messages, failure));
            }
        });
    }

    private void keepForLater(NewCaseRequest request, String key) {
        outbox.add(new PendingCase(0, key, username, clock.instant(), request));
        savedLocally.set(true);
        message.set(messages.get("intake.savedLocally", outbox.count()));
        nudgeOutbox.run();
    }

    private NewCaseRequest request() {
        GeoPoint at = point.get();
        UnitDto sub = subDistrict.get();
        String addressText = blankToNull(address.get());
        LocationDto location = at == null && sub == null && addressText == null ? null
                : new LocationDto(at == null ? null : at.lat(), at == null ? null : at.lng(), addressText,
                sub == null ? null : sub.code());
        String number = blankToNull(phone.get());
        CallerDto caller = number == null && blankToNull(callerName.get()) == null ? null
                : new CallerDto(number, blankToNull(callerName.get()), null);
        return new NewCaseRequest(type.get(), urgency.get(), category.get().code(), description.get().strip(), caller,
                location, Channel.PHONE, forceNew.get() ? Boolean.TRUE : null);
    }

    /** Clears everything for the next call. */
    public void newCall() {
        phone.set("");
        callerName.set("");
        type.set(CaseType.COMPLAINT);
        urgency.set(Urgency.NORMAL);
        description.set("");
        category.set(null);
        suggestions.clear();
        address.set("");
        subDistrict.set(null);
        point.set(null);
        history.clear();
        repeatCandidate.set(null);
        forceNew.set(false);
        answer.set("");
        result.set(null);
        savedLocally.set(false);
        fieldErrors.clear();
        message.set(messages.get("intake.ready"));
    }


    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String subDistrictLabel(UnitDto unit) {
        return units.label(unit);
    }

    public StringProperty phone() { return phone; }
    public StringProperty callerName() { return callerName; }
    public ObjectProperty<CaseType> type() { return type; }
    public ObjectProperty<Urgency> urgency() { return urgency; }
    public StringProperty description() { return description; }
    public ObjectProperty<CategoryDto> category() { return category; }
    public ObservableList<CategoryHitDto> suggestions() { return suggestions; }
    public StringProperty address() { return address; }
    public ObjectProperty<UnitDto> subDistrict() { return subDistrict; }
    public ObjectProperty<GeoPoint> point() { return point; }
    public ObjectProperty<RoutingPreviewDto> preview() { return preview; }
    public ObservableList<CaseSummaryDto> history() { return history; }
    public ObjectProperty<CaseSummaryDto> repeatCandidate() { return repeatCandidate; }
    public BooleanProperty forceNew() { return forceNew; }
    public StringProperty answer() { return answer; }
    public ObjectProperty<CaseCreatedDto> result() { return result; }
    public BooleanProperty savedLocally() { return savedLocally; }
    public StringProperty message() { return message; }
    public BooleanProperty busy() { return busy; }
    public ObservableMap<String, String> fieldErrors() { return fieldErrors; }
}
