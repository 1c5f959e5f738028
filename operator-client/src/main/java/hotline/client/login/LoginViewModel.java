package hotline.client.login;

import hotline.client.api.ApiException;
import hotline.client.api.HotlineApi;
import hotline.client.api.ServerUnreachableException;
import hotline.client.common.ClientSettings;
import hotline.client.common.Messages;
import hotline.client.common.TaskRunner;
import hotline.model.LoginResponse;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Server address, user and password; remembers the first two on success, never the password. */
public final class LoginViewModel {
    private final StringProperty server = new SimpleStringProperty();
    private final StringProperty username = new SimpleStringProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ClientSettings settings;
    private final Function<String, HotlineApi> connect;
    private final TaskRunner runner;
    private final Messages messages;
    private final BiConsumer<HotlineApi, LoginResponse> loggedIn;

    public LoginViewModel(ClientSettings settings, Function<String, HotlineApi> connect, TaskRunner runner,
                          Messages messages, BiConsumer<HotlineApi, LoginResponse> loggedIn) {
        this.settings = settings;
        this.connect = connect;
        this.runner = runner;
        this.messages = messages;
        this.loggedIn = loggedIn;
        server.set(settings.serverUrl());
        username.set(settings.username());
    }

    public void login() {
        if (busy.get()) {
            return;
        }
        String address = server.get() == null ? "" : server.get().strip();
        String user = username.get() == null ? "" : username.get().strip();
        String secret = password.get();
        if (address.isEmpty() || user.isEmpty() || secret == null || secret.isEmpty()) {
            error.set(messages.get("login.error.missing"));
            return;
        }
        busy.set(true);
        error.set("");
        runner.run(() -> {
            HotlineApi api = connect.apply(address);
            return new Session(api, api.login(user, secret));
        }, session -> {
            busy.set(false);
            password.set("");
            settings.rememberLogin(address, user);
            loggedIn.accept(session.api(), session.response());
        }, failure -> {
            busy.set(false);
            password.set("");
            error.set(describe(failure));
        });
    }

    private String describe(Throwable failure) {
        if (failure instanceof ApiException refusal && refusal.status() == 401) {
            return messages.get("login.error.credentials");
        }
        if (failure instanceof ServerUnreachableException) {
            return messages.get("login.error.unreachable", server.get());
        }
        if (failure instanceof IllegalArgumentException) {
            return messages.get("login.error.address");
        }
        return failure.getMessage();
    }

    private record Session(HotlineApi api, LoginResponse response) {
    }

    public StringProperty server() { return server; }
    public StringProperty username() { return username; }
    public StringProperty password() { return password; }
    public StringProperty error() { return error; }
    public BooleanProperty busy() { return busy; }
}
