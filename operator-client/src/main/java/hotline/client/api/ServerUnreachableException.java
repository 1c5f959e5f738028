package hotline.client.api;

import java.io.IOException;

/** No answer from the server (refused, timed out, connection dropped): the request may be retried. */
public final class ServerUnreachableException extends RuntimeException {
    public ServerUnreachableException(String serverUrl, IOException cause) {
        super("cannot reach " + serverUrl + ": " + cause.getMessage(), cause);
    }
}
