package hotline.client.shell;

import hotline.client.api.HotlineApi;
import hotline.client.common.ClientSettings;
import hotline.client.common.TaskRunner;
import hotline.client.keyboard.KeyBindingRepository;
import hotline.client.outbox.PendingCaseStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

/**
 * What the whole client shares, made once at start: its home folder (settings and the outbox), how to reach a
 * server, the background runner, the clock and the shortcuts. Tests build one around a temporary folder.
 */
public record ClientContext(Path home, ClientSettings settings, PendingCaseStore outbox, Function<String, HotlineApi> connect,
                            TaskRunner runner, Clock clock, KeyBindingRepository keys) {
}
