package hotline.client.keyboard;

/** Where a shortcut applies. Two shortcuts may share keys only if their scopes are never active together. */
public enum KeyScope {
    /** Anywhere in the main window. */
    GLOBAL,
    /** On the intake screen (active together with GLOBAL). */
    INTAKE,
    /** Only while focus is not in a text field, so the key can still be typed (e.g. "?"). */
    OUTSIDE_TEXT,
    /** Inside a search popup (the main window's shortcuts are not active there). */
    POPUP,
    /** On the map while it or one of its markers has the focus (the map tab, or picking a place for a call). */
    MAP
}
