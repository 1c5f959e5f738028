package hotline.server.cases;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Case ids: 26-character ULIDs (48-bit millisecond time + 80 random bits, Crockford base32), so ids can be made
 * on any node without coordination. Monotonic per node: within one millisecond the random part counts up, so
 * ids sort in creation order, which the listing uses to break ties between equal timestamps.
 */
final class CaseIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private long high;
    private long low;

    synchronized String next(Instant at) {
        long millis = at.toEpochMilli();
        if (millis == lastMillis) {
            low = (low + 1) & 0xFF_FFFF_FFFFL;
            if (low == 0) {
                high = (high + 1) & 0xFF_FFFF_FFFFL;
            }
        } else {
            lastMillis = millis;
            high = random.nextLong() & 0xFF_FFFF_FFFFL;
            low = random.nextLong() & 0x7F_FFFF_FFFFL; // headroom so a burst in one millisecond does not wrap
        }
        char[] out = new char[26];
        encode(out, 0, 10, millis);
        encode(out, 10, 8, high);
        encode(out, 18, 8, low);
        return new String(out);
    }

    private static void encode(char[] out, int from, int length, long value) {
        for (int i = from + length - 1; i >= from; i--) {
            out[i] = ALPHABET[(int) (value & 31)];
            value >>>= 5;
        }
    }
}
