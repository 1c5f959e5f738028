package hotline.client.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.client.common.Messages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyBindingTest {
    /** Scopes that are active at the same moment: a key press must mean one thing in each such set. */
    private static final List<Set<KeyScope>> ACTIVE_TOGETHER = List.of(
            EnumSet.of(KeyScope.GLOBAL, KeyScope.INTAKE, KeyScope.OUTSIDE_TEXT),
            EnumSet.of(KeyScope.POPUP),
            EnumSet.of(KeyScope.GLOBAL, KeyScope.OUTSIDE_TEXT, KeyScope.MAP),
            EnumSet.of(KeyScope.GLOBAL, KeyScope.INTAKE, KeyScope.MAP));

    private final KeyBindingRepository keys = new KeyBindingRepository();

    @Test
    void noTwoShortcutsThatCanBeActiveTogetherShareKeys() {
        List<String> clashes = new ArrayList<>();
        for (Set<KeyScope> active : ACTIVE_TOGETHER) {
            for (KeyBinding a : KeyBinding.values()) {
                for (KeyBinding b : KeyBinding.values()) {
                    if (a.ordinal() < b.ordinal() && active.contains(a.scope()) && active.contains(b.scope())
                            && keys.combination(a).equals(keys.combination(b))) {
                        clashes.add(a + " and " + b + " both " + keys.display(a));
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void theCheckCatchesAClash() {
        assertThat(KeyBindingRepository.parse("F3")).isEqualTo(KeyBindingRepository.parse("F3"));
        assertThat(KeyBindingRepository.parse("Shortcut+Enter")).isNotEqualTo(KeyBindingRepository.parse("Enter"));
    }

    @Test
    void everyShortcutIsDescribedInBothLanguages() {
        for (Messages messages : List.of(new Messages(Messages.CHINESE), new Messages(Messages.ENGLISH))) {
            for (KeyBinding binding : KeyBinding.values()) {
                assertThat(messages.has(binding.messageKey())).as(binding + " in " + messages.locale()).isTrue();
                assertThat(messages.has("scope." + binding.scope().name())).isTrue();
            }
        }
    }

    @Test
    void theIntakeTypesAreSingleKeys() {
        for (KeyBinding binding : EnumSet.range(KeyBinding.TYPE_CONSULTATION, KeyBinding.CYCLE_URGENCY)) {
            assertThat(binding.defaultKeys()).as(binding.name()).matches("F\\d+");
        }
    }
}
