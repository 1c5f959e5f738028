package hotline.client;

import javafx.application.Application;

/**
 * Plain launcher: with JavaFX on the class path the main class must not extend Application (STACK.md trap 2).
 *
 * <pre>java -jar operator-client/target/operator-client.jar [--server http://host:7070] [--home DIR]</pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(HotlineClientApp.class, args);
    }
}
