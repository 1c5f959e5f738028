package hotline.client.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Calls waiting for the server, one JSON file each under {@code outbox/}, named by a sequence number so they are
 * sent in the order they were taken. A file is written to a temporary name, forced to disk and then renamed, so a
 * client killed at any moment leaves either the whole call or nothing. Refused calls move to {@code rejected/}.
 * Thread-safe.
 */
public final class PendingCaseStore {
    private final Path folder;
    private final Path rejected;
    private final ObjectMapper json;
    private long lastSequence;

    public PendingCaseStore(Path home, ObjectMapper json) {
        this.folder = home.resolve("outbox");
        this.rejected = folder.resolve("rejected");
        this.json = json;
        try {
            Files.createDirectories(rejected);
            this.lastSequence = list().stream().mapToLong(PendingCase::sequence).max().orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the outbox " + folder, e);
        }
    }

    public synchronized PendingCase add(PendingCase pending) {
        PendingCase numbered = new PendingCase(++lastSequence, pending.idempotencyKey(), pending.username(),
                pending.queuedAt(), pending.request());
        Path target = file(numbered);
        Path temp = folder.resolve(target.getFileName() + ".tmp");
        try {
            Files.write(temp, json.writeValueAsBytes(numbered));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the call on disk in " + folder, e);
        }
        return numbered;
    }

    /** Every waiting call, oldest first. */
    public synchronized List<PendingCase> list() {
        List<PendingCase> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                all.add(json.readValue(path.toFile(), PendingCase.class));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the outbox " + folder, e);
        }
        all.sort(Comparator.comparingLong(PendingCase::sequence));
        return all;
    }

    public synchronized Optional<PendingCase> oldest(String username) {
        return list().stream().filter(p -> p.username().equals(username)).findFirst();
    }

    public synchronized int count() {
        return list().size();
    }

    public synchronized void delivered(PendingCase pending) {
        try {
            Files.deleteIfExists(file(pending));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void reject(PendingCase pending) {
        try {
            Files.move(file(pending), rejected.resolve(file(pending).getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized int rejectedCount() {
        try (Stream<Path> files = Files.list(rejected)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".json")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(PendingCase pending) {
        return folder.resolve(String.format("%012d-%s.json", pending.sequence(), pending.idempotencyKey()));
    }
}
