package hotline.server.live;

/** A subscriber's connection, as the hub sees it. */
@FunctionalInterface
interface Sink {
    /**
     * Writes one frame; returns false once the connection is gone. Called only from the subscriber's own
     * thread, so it may block on a slow client without holding anyone else up.
     */
    boolean write(Frame frame);
}
