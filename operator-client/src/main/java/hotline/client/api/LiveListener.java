package hotline.client.api;

import hotline.model.LiveEventDto;

/** Told about the live feed, on the feed's own thread: hand work to the UI thread yourself. */
public interface LiveListener {
    /** The feed is (again) connected and complete from now on: reload what you show, then apply events. */
    void ready();

    void changed(LiveEventDto event);

    /** The connection dropped; the feed reconnects by itself and says {@link #ready()} again. */
    void disconnected();
}
