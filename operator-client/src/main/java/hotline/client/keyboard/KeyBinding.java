package hotline.client.keyboard;

/**
 * Every shortcut of the client, with its default keys (JavaFX {@code KeyCombination} syntax) and the message key
 * of its description. Shortcuts are data: the cheat sheet lists this enum, and a test checks that no two collide.
 * Function keys carry the calls an operator makes hundreds of times a shift, so they never need a modifier.
 */
public enum KeyBinding {
    CHEAT_SHEET("F1", KeyScope.GLOBAL),
    CHEAT_SHEET_QUESTION_MARK("?", KeyScope.OUTSIDE_TEXT),
    NEW_CALL("F2", KeyScope.GLOBAL),
    SHOW_INTAKE("Shortcut+1", KeyScope.GLOBAL),
    SHOW_QUEUE("Shortcut+2", KeyScope.GLOBAL),
    SHOW_MAP("Shortcut+3", KeyScope.GLOBAL),
    SHOW_LEAD("Shortcut+4", KeyScope.GLOBAL),
    SHOW_RANKINGS("Shortcut+5", KeyScope.GLOBAL),
    SHOW_VISITS("Shortcut+6", KeyScope.GLOBAL),
    SWITCH_LANGUAGE("Shortcut+Shift+L", KeyScope.GLOBAL),
    REFRESH("Shortcut+R", KeyScope.GLOBAL),

    CATEGORY_SEARCH("F3", KeyScope.INTAKE),
    SUB_DISTRICT_SEARCH("F4", KeyScope.INTAKE),
    TYPE_CONSULTATION("F5", KeyScope.INTAKE),
    TYPE_HELP("F6", KeyScope.INTAKE),
    TYPE_COMPLAINT("F7", KeyScope.INTAKE),
    TYPE_REPORT("F8", KeyScope.INTAKE),
    TYPE_SUGGESTION("F9", KeyScope.INTAKE),
    TYPE_PRAISE("F10", KeyScope.INTAKE),
    CYCLE_URGENCY("F11", KeyScope.INTAKE),
    ACCEPT_SUGGESTION_1("Alt+1", KeyScope.INTAKE),
    ACCEPT_SUGGESTION_2("Alt+2", KeyScope.INTAKE),
    ACCEPT_SUGGESTION_3("Alt+3", KeyScope.INTAKE),
    FOCUS_PHONE("Alt+P", KeyScope.INTAKE),
    FOCUS_DESCRIPTION("Alt+D", KeyScope.INTAKE),
    FOCUS_ADDRESS("Alt+A", KeyScope.INTAKE),
    PICK_ON_MAP("Alt+M", KeyScope.INTAKE),
    TOGGLE_FORCE_NEW("Alt+N", KeyScope.INTAKE),
    SUBMIT("Shortcut+Enter", KeyScope.INTAKE),

    POPUP_DOWN("Down", KeyScope.POPUP),
    POPUP_UP("Up", KeyScope.POPUP),
    POPUP_ACCEPT("Enter", KeyScope.POPUP),
    POPUP_CLOSE("Esc", KeyScope.POPUP),

    MAP_PAN_UP("Up", KeyScope.MAP),
    MAP_PAN_DOWN("Down", KeyScope.MAP),
    MAP_PAN_LEFT("Left", KeyScope.MAP),
    MAP_PAN_RIGHT("Right", KeyScope.MAP),
    MAP_ZOOM_IN("Plus", KeyScope.MAP),
    MAP_ZOOM_OUT("Minus", KeyScope.MAP),
    MAP_NEXT_MARKER("Tab", KeyScope.MAP),
    MAP_OPEN_OR_PICK("Enter", KeyScope.MAP),
    MAP_BACK_TO_MAP("Esc", KeyScope.MAP);

    private final String defaultKeys;
    private final KeyScope scope;

    KeyBinding(String defaultKeys, KeyScope scope) {
        this.defaultKeys = defaultKeys;
        this.scope = scope;
    }

    public String defaultKeys() {
        return defaultKeys;
    }

    public KeyScope scope() {
        return scope;
    }

    /** Message key of the description shown in the cheat sheet. */
    public String messageKey() {
        return "key." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
