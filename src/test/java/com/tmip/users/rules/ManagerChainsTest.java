package com.tmip.users.rules;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static com.tmip.users.rules.ManagerChains.Problem.CYCLE;
import static com.tmip.users.rules.ManagerChains.Problem.MANAGER_NOT_KEPT;
import static com.tmip.users.rules.ManagerChains.Problem.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

class ManagerChainsTest {

    @Test
    void managersMayComeLaterOrExistAlready() {
        Map<String, String> managers = new LinkedHashMap<>();
        managers.put("ada", "grace");   // named before grace's own row
        managers.put("grace", "boss");  // boss exists in the database
        managers.put("linus", null);
        assertThat(ManagerChains.resolve(managers, Set.of("boss"))).isEmpty();
    }

    @Test
    void unknownManagersAndEveryoneBelowThemAreDropped() {
        Map<String, String> managers = new LinkedHashMap<>();
        managers.put("c", "b");
        managers.put("b", "a");
        managers.put("a", "nobody");
        managers.put("d", null);
        assertThat(ManagerChains.resolve(managers, Set.of()))
                .containsOnly(Map.entry("a", UNKNOWN), Map.entry("b", MANAGER_NOT_KEPT), Map.entry("c", MANAGER_NOT_KEPT));
    }

    @Test
    void loopsAreFoundAndWhatHangsBelowThemIsDropped() {
        Map<String, String> managers = new LinkedHashMap<>();
        managers.put("x", "y");
        managers.put("y", "z");
        managers.put("z", "x");
        managers.put("under", "y");
        managers.put("fine", "ok");
        managers.put("ok", null);
        assertThat(ManagerChains.resolve(managers, Set.of())).containsOnly(Map.entry("x", CYCLE),
                Map.entry("y", CYCLE), Map.entry("z", CYCLE), Map.entry("under", MANAGER_NOT_KEPT));
    }

    @Test
    void aLongChainNeedsNoDeepStack() {
        Map<String, String> managers = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            managers.put("u" + i, i == 199_999 ? null : "u" + (i + 1));
        }
        assertThat(ManagerChains.resolve(managers, Set.of())).isEmpty();
        managers.put("u199999", "u0");
        assertThat(ManagerChains.resolve(managers, Set.of())).hasSize(200_000).containsValue(CYCLE)
                .doesNotContainValue(MANAGER_NOT_KEPT);
    }
}
