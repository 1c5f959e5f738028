package hotline.client.shell;

import hotline.client.api.HotlineApi;
import hotline.client.categorysearch.ClientCatalog;
import hotline.client.common.Messages;
import hotline.client.common.Units;
import hotline.client.login.LoginView;
import hotline.client.login.LoginViewModel;
import hotline.model.LoginResponse;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The one main window: login, then loading the catalog with visible progress, then the main view. */
public final class ClientWindow {
    static final String STYLESHEET = "/hotline/client/theme/hotline.css";

    private final Stage stage;
    private final ClientContext context;
    private Messages messages;
    private MainView main;
    private Session session;

    public ClientWindow(Stage stage, ClientContext context) {
        this.stage = stage;
        this.context = context;
        this.messages = new Messages(context.settings().locale());
        stage.setScene(new Scene(new VBox(), 1366, 768));
        stage.getScene().getStylesheets().add(ClientWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.setOnHidden(e -> close());
    }

    public Stage stage() {
        return stage;
    }

    public void showLogin() {
        showLogin("");
    }

    private void showLogin(String error) {
        stage.setTitle(messages.get("app.title"));
        LoginViewModel model = new LoginViewModel(context.settings(), context.connect(), context.runner(), messages,
                this::loggedIn);
        model.error().set(error);
        LoginView view = new LoginView(model, messages);
        setRoot((Parent) view.node());
        stage.show();
        view.focus();
    }

    private void loggedIn(HotlineApi api, LoginResponse response) {
        ProgressIndicator progress = new ProgressIndicator();
        Label text = new Label(messages.get("login.loading"));
        VBox box = new VBox(12, progress, text);
        box.setAlignment(Pos.CENTER);
        box.setId("loading-view");
        setRoot(box);
        String username = context.settings().username();
        context.runner().run(() -> new Session(api, username, response, new ClientCatalog(api.categories()),
                new Units(api.units())), this::showMain,
                failure -> showLogin(messages.get("login.error.loading", failure.getMessage())));
    }

    private void showMain(Session loaded) {
        this.session = loaded;
        loaded.api().onSessionExpired(() -> context.runner().onUi(() -> {
            if (session == loaded) {
                endSession(messages.get("login.error.expired"));
            }
        }));
        if (main != null) {
            main.close();
        }
        main = new MainView(loaded, context, messages, this::switchLanguage, this::logout);
        setRoot(main.node());
        stage.setTitle(messages.get("app.title") + " — " + loaded.username());
        main.attach(stage.getScene());
        main.started();
    }

    private void switchLanguage() {
        Locale next = messages.isChinese() ? Messages.ENGLISH : Messages.CHINESE;
        context.settings().setLocale(next);
        messages = new Messages(next);
        if (session != null) {
            showMain(session);
        } else {
            showLogin();
        }
    }

    private void logout() {
        endSession("");
    }

    private void endSession(String reason) {
        Session ending = session;
        session = null;
        if (main != null) {
            main.close();
            main = null;
        }
        if (ending != null) {
            context.runner().run(() -> {
                ending.api().logout();
                return null;
            }, ignored -> { }, ignored -> { });
        }
        showLogin(reason);
    }

    private void setRoot(Parent root) {
        stage.getScene().setRoot(root);
    }

    private void close() {
        if (main != null) {
            main.close();
        }
    }
}
