package dev.dunning.rules.compiler;

import dev.dunning.rules.compiler.FeelCheck.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.kie.dmn.feel.parser.feel11.FEEL_1_1Lexer;

/**
 * A second reading of a FEEL text that does not depend on how names are resolved: its tokens. A function keyword,
 * a clock function's name, or more iterations or regular-expression calls than the syntax tree showed mean that the
 * engine could read the text differently from the sandbox, so it is refused.
 */
final class FeelTokens {
    private final List<Token> tokens;
    private final Map<String, Integer> regexCalls = new HashMap<>();
    private int iterations;

    private FeelTokens(List<? extends Token> all) {
        this.tokens = all.stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).map(Token.class::cast).toList();
    }

    static Optional<Finding> check(List<? extends Token> all, FeelCheck seen) {
        FeelTokens reading = new FeelTokens(all);
        for (int i = 0; i < reading.tokens.size(); i++) {
            Optional<Finding> finding = reading.token(i);
            if (finding.isPresent()) {
                return finding;
            }
        }
        boolean moreCalls = reading.regexCalls.entrySet().stream()
                .anyMatch(e -> e.getValue() > seen.calls.getOrDefault(e.getKey(), 0));
        if (reading.iterations > seen.iterations || moreCalls) {
            return finding(reading.tokens.getFirst(), "the text can be read in more than one way (a name holding a"
                    + " keyword or a function name?): rename so that iterations and calls are unambiguous");
        }
        return Optional.empty();
    }

    private Optional<Finding> token(int i) {
        Token token = tokens.get(i);
        return switch (token.getType()) {
            case FEEL_1_1Lexer.FUNCTION, FEEL_1_1Lexer.EXTERNAL ->
                    finding(token, "function definitions and external functions are not allowed");
            case FEEL_1_1Lexer.FOR, FEEL_1_1Lexer.SOME, FEEL_1_1Lexer.EVERY -> {
                iterations++;
                yield Optional.empty();
            }
            case FEEL_1_1Lexer.Identifier -> identifier(i);
            default -> Optional.empty();
        };
    }

    private Optional<Finding> identifier(int i) {
        Token token = tokens.get(i);
        String text = token.getText();
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean decisionTable = text.equals("decision") && next != null && next.getText().equals("table");
        if (FeelFunctions.REFUSED.containsKey(text) || decisionTable) {
            return finding(token, FeelFunctions.REFUSED.get(decisionTable ? "decision table" : text));
        }
        boolean listReplace = text.equals("replace") && i > 0 && tokens.get(i - 1).getText().equals("list");
        if (FeelFunctions.REGEX.contains(text) && !listReplace) {
            if (next == null || next.getType() != FEEL_1_1Lexer.LPAREN) {
                return finding(token, "the function \"" + text + "\" may only be called directly, with literal arguments");
            }
            regexCalls.merge(text, 1, Integer::sum);
        }
        return Optional.empty();
    }

    private static Optional<Finding> finding(Token token, String message) {
        return Optional.of(new Finding(message, token.getLine(), token.getCharPositionInLine()));
    }
}
