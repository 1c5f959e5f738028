package hotline.server.cases;

import static hotline.model.CaseStatus.DISPATCHED;
import static hotline.model.CaseStatus.EXTENSION_REQUESTED;
import static hotline.model.CaseStatus.IN_PROGRESS;
import static hotline.model.CaseStatus.RECEIVED;
import static hotline.model.CaseStatus.REOPENED;
import static hotline.model.CaseStatus.RESOLVED;
import static hotline.model.CaseStatus.RETURN_REQUESTED;
import static hotline.model.CaseStatus.SIGNED;
import static hotline.model.CaseStatus.VISITED;
import static hotline.model.Role.HANDLER;
import static hotline.model.Role.OPERATOR;
import static hotline.model.Role.SHIFT_LEAD;

import hotline.model.CaseAction;
import hotline.model.CaseStatus;
import hotline.model.Role;
import hotline.server.auth.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may take each action, and from which states (DESIGN.md lifecycle). A wrong role is 403, a wrong state 409.
 * HANDLERs act only on their own unit's orders; CLERKs and ADMINs take no case action.
 */
final class CaseActionRules {
    record Rule(Set<Role> roles, Set<CaseStatus> from) {
    }

    private static final Set<CaseStatus> WORKING = Set.of(SIGNED, IN_PROGRESS);
    private static final Map<CaseAction, Rule> RULES = new EnumMap<>(CaseAction.class);

    static {
        RULES.put(CaseAction.ANSWER, new Rule(Set.of(OPERATOR, SHIFT_LEAD), Set.of(RECEIVED)));
        RULES.put(CaseAction.SIGN, new Rule(Set.of(HANDLER), Set.of(DISPATCHED, REOPENED)));
        RULES.put(CaseAction.CONTACT, new Rule(Set.of(HANDLER), WORKING));
        RULES.put(CaseAction.NOTE, new Rule(Set.of(HANDLER), Set.of(SIGNED, IN_PROGRESS, EXTENSION_REQUESTED)));
        RULES.put(CaseAction.RESOLVE, new Rule(Set.of(HANDLER), WORKING));
        RULES.put(CaseAction.RETURN, new Rule(Set.of(HANDLER), Set.of(DISPATCHED, REOPENED, SIGNED, IN_PROGRESS)));
        RULES.put(CaseAction.ACCEPT_RETURN, new Rule(Set.of(SHIFT_LEAD), Set.of(RETURN_REQUESTED)));
        RULES.put(CaseAction.REJECT_RETURN, new Rule(Set.of(SHIFT_LEAD), Set.of(RETURN_REQUESTED)));
        RULES.put(CaseAction.REQUEST_EXTENSION, new Rule(Set.of(HANDLER), WORKING));
        RULES.put(CaseAction.APPROVE_EXTENSION, new Rule(Set.of(SHIFT_LEAD), Set.of(EXTENSION_REQUESTED)));
        RULES.put(CaseAction.DENY_EXTENSION, new Rule(Set.of(SHIFT_LEAD), Set.of(EXTENSION_REQUESTED)));
        RULES.put(CaseAction.REASSIGN, new Rule(Set.of(OPERATOR, SHIFT_LEAD),
                Set.of(RECEIVED, DISPATCHED, SIGNED, IN_PROGRESS, REOPENED)));
        RULES.put(CaseAction.SUPERVISE, new Rule(Set.of(SHIFT_LEAD),
                Set.of(DISPATCHED, SIGNED, IN_PROGRESS, RETURN_REQUESTED, EXTENSION_REQUESTED, REOPENED)));
        RULES.put(CaseAction.VISIT, new Rule(Set.of(OPERATOR, SHIFT_LEAD), Set.of(RESOLVED)));
        RULES.put(CaseAction.CLOSE, new Rule(Set.of(OPERATOR, SHIFT_LEAD), Set.of(VISITED)));
        // Joint orders: the lead unit (or a shift lead) calls in co-units; a co-unit's handler signs and reports done.
        RULES.put(CaseAction.CALL_IN, new Rule(Set.of(HANDLER, SHIFT_LEAD), Set.of(SIGNED, IN_PROGRESS, EXTENSION_REQUESTED)));
        RULES.put(CaseAction.CO_SIGN, new Rule(Set.of(HANDLER), Set.of(SIGNED, IN_PROGRESS, EXTENSION_REQUESTED)));
        RULES.put(CaseAction.CO_DONE, new Rule(Set.of(HANDLER), Set.of(SIGNED, IN_PROGRESS, EXTENSION_REQUESTED)));
    }

    private CaseActionRules() {
    }

    static Rule of(CaseAction action) {
        return RULES.get(action);
    }

    /**
     * The actions {@code principal} may take on {@code c} now, so a client offers only those. A co-unit's handler
     * may only take its own step ({@code coState}: its co-unit state on the case, or null).
     */
    static List<CaseAction> allowed(Principal principal, CaseRecord c, String coState) {
        boolean lead = !principal.scopedToUnit() || c.leadUnitCode().equals(principal.unitCode());
        List<CaseAction> allowed = new ArrayList<>();
        RULES.forEach((action, rule) -> {
            boolean coAction = action == CaseAction.CO_SIGN || action == CaseAction.CO_DONE;
            boolean mine = coAction ? coState != null && (action == CaseAction.CO_SIGN ? coState.equals("CALLED")
                    : coState.equals("CALLED") || coState.equals("SIGNED")) : lead;
            if (mine && rule.roles().contains(principal.role()) && rule.from().contains(c.status())) {
                allowed.add(action);
            }
        });
        return allowed;
    }
}
