package hotline.client.casemap;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded least-recently-used cache; thread-safe, since render threads fill it while the FX thread reads. */
final class TileCache<K, V> {
    private final int capacity;
    private final Map<K, V> entries;

    TileCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > TileCache.this.capacity;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized int size() {
        return entries.size();
    }
}
