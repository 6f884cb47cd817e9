package dev.dunning.rules.compiler;

import dev.dunning.rules.compiler.FeelCheck.Finding;
import java.util.ArrayList;
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
    private FeelTokens() {
    }

    static Optional<Finding> check(List<? extends Token> all, FeelCheck seen) {
        List<Token> tokens = all.stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).map(Token.class::cast).toList();
        int iterations = 0;
        Map<String, Integer> regexCalls = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            switch (token.getType()) {
                case FEEL_1_1Lexer.FUNCTION, FEEL_1_1Lexer.EXTERNAL -> {
                    return finding(token, "function definitions and external functions are not allowed");
                }
                case FEEL_1_1Lexer.FOR, FEEL_1_1Lexer.SOME, FEEL_1_1Lexer.EVERY -> iterations++;
                case FEEL_1_1Lexer.Identifier -> {
                    Optional<Finding> finding = identifier(tokens, i, regexCalls);
                    if (finding.isPresent()) {
                        return finding;
                    }
                }
                default -> {
                }
            }
        }
        if (iterations > seen.iterations || regexCalls.entrySet().stream().anyMatch(e -> e.getValue() > seen.calls.getOrDefault(e.getKey(), 0))) {
            return finding(tokens.getFirst(), "the text can be read in more than one way (a name holding a keyword or a"
                    + " function name?): rename so that iterations and calls are unambiguous");
        }
        return Optional.empty();
    }

    private static Optional<Finding> identifier(List<Token> tokens, int i, Map<String, Integer> regexCalls) {
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
