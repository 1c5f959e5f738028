package hotline.client;

import hotline.client.api.HttpHotlineApi;
import hotline.client.common.ClientSettings;
import hotline.client.common.FxTaskRunner;
import hotline.client.keyboard.KeyBindingRepository;
import hotline.client.outbox.PendingCaseStore;
import hotline.client.shell.ClientContext;
import hotline.client.shell.ClientWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: reads {@code --server URL} and {@code --home DIR}, then opens the login window. */
public final class HotlineClientApp extends Application {
    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path home = option(args, "--home").map(Path::of).orElseGet(ClientSettings::defaultHome);
        ClientSettings settings = new ClientSettings(home);
        option(args, "--server").ifPresent(url -> settings.rememberLogin(url, settings.username()));
        runner = new FxTaskRunner();
        ClientContext context = new ClientContext(home, settings, new PendingCaseStore(home, HttpHotlineApi.mapper()),
                HttpHotlineApi::new, runner, Clock.systemUTC(), new KeyBindingRepository());
        new ClientWindow(stage, context).showLogin();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
    }

    private static java.util.Optional<String> option(List<String> args, String name) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? java.util.Optional.of(args.get(index + 1)) : java.util.Optional.empty();
    }
}
