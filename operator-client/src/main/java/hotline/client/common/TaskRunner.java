package hotline.client.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and hands the result back on it. View-models take one, so tests pass a synchronous
 * runner and the real client a background pool ({@link FxTaskRunner}).
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (now, for the synchronous runner). */
    void onUi(Runnable action);
}
