package hotline.client.support;

import hotline.client.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs "background" work at once on the calling thread, so view-model tests need no toolkit and no waiting. */
public final class SyncTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
