package hotline.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The actions of {@code POST /api/v1/cases/{id}/actions/{action}}; {@link #path()} is the URL segment. */
public enum CaseAction {
    ANSWER("answer"), SIGN("sign"), CONTACT("contact"), NOTE("note"), RESOLVE("resolve"),
    RETURN("return"), ACCEPT_RETURN("accept-return"), REJECT_RETURN("reject-return"),
    REQUEST_EXTENSION("request-extension"), APPROVE_EXTENSION("approve-extension"),
    DENY_EXTENSION("deny-extension"), REASSIGN("reassign"), SUPERVISE("supervise"), VISIT("visit"),
    CLOSE("close"), CALL_IN("call-in"), CO_SIGN("co-sign"), CO_DONE("co-done");

    private final String path;

    CaseAction(String path) {
        this.path = path;
    }

    @JsonValue
    public String path() {
        return path;
    }

    public static CaseAction fromPath(String path) {
        for (CaseAction action : values()) {
            if (action.path.equals(path)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown action: " + path);
    }
}
