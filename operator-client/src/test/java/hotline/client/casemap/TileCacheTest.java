package hotline.client.casemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TileCacheTest {

    @Test
    void theLeastRecentlyUsedTileLeavesFirst() {
        TileCache<String, Integer> cache = new TileCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");
        cache.put("c", 3);

        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("c")).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aCacheHoldsSomething() {
        assertThatThrownBy(() -> new TileCache<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
