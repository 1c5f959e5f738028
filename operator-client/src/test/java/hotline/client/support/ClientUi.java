package hotline.client.support;

import hotline.client.api.HttpHotlineApi;
import hotline.client.common.ClientSettings;
import hotline.client.common.FxTaskRunner;
import hotline.client.keyboard.KeyBindingRepository;
import hotline.client.outbox.PendingCaseStore;
import hotline.client.shell.ClientContext;
import hotline.client.shell.ClientWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real client in the TestFX primary stage, pointed at a {@link LiveServer}, with its own home folder. Key presses
 * go through {@link #press} and {@link #write} so a test can count them.
 */
public final class ClientUi implements AutoCloseable {
    public final FxRobot robot = new FxRobot();
    public final Path home;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final ClientContext context;
    private Stage stage;
    private int keystrokes;

    public ClientUi(String serverUrl) {
        this(serverUrl, newHome());
    }

    public ClientUi(String serverUrl, Path home) {
        this.home = home;
        ClientSettings settings = new ClientSettings(home);
        settings.rememberLogin(serverUrl, "");
        context = new ClientContext(home, settings, new PendingCaseStore(home, HttpHotlineApi.mapper()),
                HttpHotlineApi::new, runner, Clock.systemUTC(), new KeyBindingRepository());
        try {
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupStage(primary -> {
                stage = primary;
                new ClientWindow(primary, context).showLogin();
            });
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Path newHome() {
        try {
            return Files.createTempDirectory("hotline-client-home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ClientContext context() {
        return context;
    }

    public Scene scene() {
        return stage.getScene();
    }

    /** Logs in with the keyboard (the demo password is the user name) and waits for the main view. */
    public void login(String user) {
        write(user);
        press(KeyCode.TAB);
        write(user);
        press(KeyCode.ENTER);
        waitFor(() -> exists("#main-view"));
    }

    /** Presses the keys together (a chord counts one keystroke per key). */
    public void press(KeyCode... keys) {
        keystrokes += keys.length;
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void write(String text) {
        keystrokes += text.length();
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public int keystrokes() {
        return keystrokes;
    }

    public boolean exists(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    /** Whether the node {@code query} finds holds the keyboard focus of the window (typing goes there). */
    public boolean focusOwnerIs(String query) {
        return exists(query) && scene().getFocusOwner() == find(query);
    }

    public <T extends Node> T find(String query) {
        return robot.lookup(query).query();
    }

    public void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            Path shot = screenshot("failed-" + System.currentTimeMillis());
            throw new AssertionError("condition not met within 20 s; the window is in " + shot, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The dialog now showing whose header reads {@code header}, once it is up. Dialogs block the event thread in
     * {@code showAndWait}, so fire whatever opens or closes one with {@link #later(Runnable)}, never in interact.
     */
    public DialogPane dialog(String header) {
        waitFor(() -> openDialog(header).isPresent());
        return openDialog(header).orElseThrow();
    }

    /** Runs {@code action} on the event thread without waiting for it (it may open a modal dialog). */
    public void later(Runnable action) {
        Platform.runLater(action);
    }

    private static Optional<DialogPane> openDialog(String header) {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene).filter(Objects::nonNull)
                .map(Scene::getRoot).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .filter(pane -> header.equals(pane.getHeaderText())).findFirst();
    }

    public Path screenshot(String name) {
        return Screenshots.save(robot, scene(), name);
    }

    @Override
    public void close() {
        try {
            FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
        runner.close();
    }
}
