package dev.debrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.openpdf.layout.breaker.DefaultLineBreakingStrategy;

class LineBreaksTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "word",
        "two words, and punctuation. Then more!",
        "see https://example.com/a/b/c?x=1 for details",
        "path /var/log/app/ and ./rel/dir/ here",
        "http://",
        "ends with http://x",
        "a/b",
        "//leading and trailing//",
        "mixed: ftp://host/p, mailto:a@b.c and C:\\dir/sub",
        "a - b — c – d",
        "中文文本/混合 English/words",
        "  spaces   between/words  ",
        "x://y://z/w",
    })
    void breaksWhereTheEnginesOwnStrategyBreaks(String text) {
        assertEquals(breaks(new DefaultLineBreakingStrategy().getBreakPointsProvider(text, "en", null)),
                breaks(new LineBreaks().getBreakPointsProvider(text, "en", null)));
    }

    @org.junit.jupiter.api.Test
    void breaksLikeTheEnginesOwnStrategyInRandomTextOfSlashesColonsAndSpaces() {
        java.util.Random random = new java.util.Random(9);
        String alphabet = "ab /:.-,\n";
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(breaks(new DefaultLineBreakingStrategy().getBreakPointsProvider(t, "en", null)),
                    breaks(new LineBreaks().getBreakPointsProvider(t, "en", null)), t);
        }
    }

    private static List<Integer> breaks(BreakPointsProvider provider) {
        List<Integer> positions = new ArrayList<>();
        for (BreakPoint bp = provider.next(); bp.getPosition() >= 0; bp = provider.next()) {
            positions.add(bp.getPosition());
        }
        return positions;
    }
}
