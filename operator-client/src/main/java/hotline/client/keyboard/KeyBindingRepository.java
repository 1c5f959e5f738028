package hotline.client.keyboard;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The key combination of every {@link KeyBinding}, and which binding a key press means in the active scopes. */
public final class KeyBindingRepository {
    private final Map<KeyBinding, KeyCombination> combinations = new EnumMap<>(KeyBinding.class);

    public KeyBindingRepository() {
        for (KeyBinding binding : KeyBinding.values()) {
            combinations.put(binding, parse(binding.defaultKeys()));
        }
    }

    public KeyCombination combination(KeyBinding binding) {
        return combinations.get(binding);
    }

    /** The binding {@code event} triggers among those whose scope is in {@code active}. */
    public Optional<KeyBinding> match(KeyEvent event, Set<KeyScope> active) {
        for (Map.Entry<KeyBinding, KeyCombination> entry : combinations.entrySet()) {
            if (active.contains(entry.getKey().scope()) && entry.getValue().match(event)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** Keys as people read them, e.g. "Ctrl+Enter", "F3", "?". */
    public String display(KeyBinding binding) {
        return combinations.get(binding).getDisplayText();
    }

    /** Single printable characters are matched by the character typed (so "?" works on any keyboard layout). */
    static KeyCombination parse(String keys) {
        return keys.length() == 1 ? new KeyCharacterCombination(keys) : KeyCombination.valueOf(keys);
    }
}
