package hotline.client.login;

import hotline.client.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The login form: Enter in any field logs in. */
public final class LoginView {
    private final StackPane root;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    public LoginView(LoginViewModel model, Messages messages) {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("login-title");
        Label subtitle = new Label(messages.get("login.subtitle"));
        subtitle.getStyleClass().add("hint");
        TextField server = new TextField();
        server.setId("login-server");
        server.textProperty().bindBidirectional(model.server());
        username.setId("login-username");
        username.textProperty().bindBidirectional(model.username());
        password.setId("login-password");
        password.textProperty().bindBidirectional(model.password());
        Button login = new Button(messages.get("login.button"));
        login.setId("login-button");
        login.getStyleClass().add("primary");
        login.setDefaultButton(true);
        login.disableProperty().bind(model.busy());
        login.setOnAction(e -> model.login());
        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("error");
        error.textProperty().bind(model.error());
        error.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(10);
        form.addRow(0, new Label(messages.get("login.server")), server);
        form.addRow(1, new Label(messages.get("login.username")), username);
        form.addRow(2, new Label(messages.get("login.password")), password);
        server.setPrefColumnCount(22);
        VBox box = new VBox(14, title, subtitle, form, login, error);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(32));
        box.setMaxWidth(460);
        box.getStyleClass().add("login-box");
        root = new StackPane(box);
        root.setId("login-view");
        root.getStyleClass().add("login");
    }

    public Node node() {
        return root;
    }

    /** Focus the first empty field: the password when the user name is remembered. */
    public void focus() {
        (username.getText() == null || username.getText().isBlank() ? username : password).requestFocus();
    }
}
