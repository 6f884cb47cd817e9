package dev.dunning.rules.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kie.dmn.feel.lang.types.BuiltInType;

/**
 * The token reading is the backstop for a text the engine could parse differently from the sandbox: it refuses what
 * the syntax tree did not account for, even when the tree looked clean.
 */
class FeelTokensTest {

    @Test
    void refusesAnIterationTheTreeDidNotShow() {
        FeelParse.Parsed parsed = FeelParse.parse("count(for i in [1, 2] return i)", false, Map.of());
        FeelCheck nothingSeen = new FeelCheck(DmnLimits.DEFAULTS, Set.of());
        assertThat(FeelTokens.check(parsed.tokens(), nothingSeen)).hasValueSatisfying(finding ->
                assertThat(finding.message()).contains("can be read in more than one way"));
    }

    @Test
    void refusesAFunctionKeywordAndAClockNameWhateverTheTreeSays() {
        FeelCheck nothingSeen = new FeelCheck(DmnLimits.DEFAULTS, Set.of());
        assertThat(FeelTokens.check(FeelParse.parse("\"a\" + \"b\"", false, Map.of()).tokens(), nothingSeen)).isEmpty();
        var names = Map.of("today", (org.kie.dmn.feel.lang.Type) BuiltInType.UNKNOWN);
        assertThat(FeelTokens.check(FeelParse.parse("today", false, names).tokens(), nothingSeen))
                .hasValueSatisfying(finding -> assertThat(finding.message()).contains("reads the clock"));
        assertThat(FeelTokens.check(FeelParse.parse("{f: function(x) x}", false, Map.of()).tokens(), nothingSeen))
                .hasValueSatisfying(finding -> assertThat(finding.message()).contains("function definitions"));
    }

    @Test
    void acceptsTheCallsTheTreeAccountedFor() {
        FeelParse.Parsed parsed = FeelParse.parse("matches(\"x\", \"^a$\") and list replace([1], 1, 2) = [2]", false, Map.of());
        FeelCheck check = new FeelCheck(DmnLimits.DEFAULTS, Set.of());
        check.check(parsed.ast());
        assertThat(check.findings).isEmpty();
        assertThat(FeelTokens.check(parsed.tokens(), check)).isEmpty();
    }
}
