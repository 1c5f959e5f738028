package hotline.server.forwarding;

import java.net.URI;

/** Where a unit's orders are POSTed and the secret their signature is made with. */
public record Endpoint(URI url, String secret) {
}
