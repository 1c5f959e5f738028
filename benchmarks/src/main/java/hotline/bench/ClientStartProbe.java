package hotline.bench;

import hotline.client.HotlineClientApp;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;

/**
 * One client start, in its own JVM (started by {@link ClientStartBenchmark}): prints the time from JVM start to the
 * login screen, and from pressing "log in" to an intake screen ready for the first keystroke (catalog fetched and
 * indexed, phone field focused). Runs the real client on headless JavaFX.
 */
public final class ClientStartProbe {
    public static void main(String[] args) throws Exception {
        String server = args[0];
        String home = args[1];
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Thread app = new Thread(() -> Application.launch(HotlineClientApp.class, "--server", server, "--home", home), "fx-launch");
        app.setDaemon(true);
        app.start();
        Node login = waitFor("#login-view");
        long loginShown = System.currentTimeMillis();
        long loginPressed = System.currentTimeMillis();
        Platform.runLater(() -> {
            ((TextInputControl) login.lookup("#login-username")).setText("operator");
            ((TextInputControl) login.lookup("#login-password")).setText("operator");
            ((Button) login.lookup("#login-button")).fire();
        });
        Node phone = waitFor("#phone");
        waitUntilFocused(phone);
        long ready = System.currentTimeMillis();
        System.out.printf("PROBE login-screen-ms=%d ready-after-login-ms=%d%n", loginShown - jvmStart, ready - loginPressed);
        System.exit(0);
    }

    private static Node waitFor(String selector) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Node[] found = new Node[1];
            CountDownLatch looked = new CountDownLatch(1);
            try {
                Platform.runLater(() -> {
                    for (Window window : Window.getWindows()) {
                        if (window.isShowing() && window.getScene() != null && found[0] == null) {
                            found[0] = window.getScene().getRoot().lookup(selector);
                        }
                    }
                    looked.countDown();
                });
            } catch (IllegalStateException toolkitNotYetUp) {
                looked.countDown();
            }
            looked.await(1, TimeUnit.SECONDS);
            if (found[0] != null) {
                return found[0];
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException(selector + " did not appear within 60 s");
    }

    private static void waitUntilFocused(Node node) throws InterruptedException {
        AtomicBoolean focused = new AtomicBoolean();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!focused.get() && System.currentTimeMillis() < deadline) {
            CountDownLatch looked = new CountDownLatch(1);
            Platform.runLater(() -> {
                focused.set(node.getScene() != null && node.getScene().getFocusOwner() == node);
                looked.countDown();
            });
            looked.await(1, TimeUnit.SECONDS);
            Thread.sleep(2);
        }
    }
}
