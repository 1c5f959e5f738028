package hotline.server.live;

/** One message of a subscriber's stream: a named event with its data, or, when {@code event} is null, a comment. */
record Frame(String event, String data) {
    /** Keeps proxies from timing out an idle stream and lets the server notice a client that is gone. */
    static final Frame HEARTBEAT = new Frame(null, "heartbeat");

    boolean isComment() {
        return event == null;
    }
}
