package hotline.client.common;

import hotline.client.api.ApiException;
import hotline.client.api.ServerUnreachableException;

/** What an operator reads when a server call fails: the server's own message, or plain words for no server. */
public final class Failures {
    private Failures() {
    }

    public static String describe(Messages messages, Throwable failure) {
        if (failure instanceof ServerUnreachableException) {
            return messages.get("error.unreachable");
        }
        if (failure instanceof ApiException refusal) {
            return refusal.error().message();
        }
        return String.valueOf(failure.getMessage());
    }
}
