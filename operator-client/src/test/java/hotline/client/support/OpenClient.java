package hotline.client.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Opens real clients for a test and closes them after it: {@code @RegisterExtension final OpenClient client}. */
public final class OpenClient implements AfterEachCallback {
    private final List<ClientUi> opened = new ArrayList<>();

    public ClientUi open(String serverUrl) {
        ClientUi ui = new ClientUi(serverUrl);
        opened.add(ui);
        return ui;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(ClientUi::close);
        opened.clear();
    }
}
