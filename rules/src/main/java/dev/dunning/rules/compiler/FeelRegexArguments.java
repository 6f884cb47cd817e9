package dev.dunning.rules.compiler;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.ast.NamedParameterNode;
import org.kie.dmn.feel.lang.ast.StringNode;

/**
 * The pattern and flags of {@code matches}, {@code replace} and {@code split}: both must be string literals, the
 * pattern cheap by {@link RegexCost}, the flags among {@code i s m q}. (KIE hands {@code matches} and {@code replace}
 * to an XQuery engine and splices the flags into the query unescaped, so flags from data would be query injection.)
 */
final class FeelRegexArguments {
    /** Where the pattern and the flags are, by position and by name (flags -1: the function has none). */
    private record Places(int pattern, String patternName, int flags) {
    }

    private static final Map<String, Places> ARGUMENTS = Map.of(
            "matches", new Places(1, "pattern", 2),
            "replace", new Places(1, "pattern", 3),
            "split", new Places(1, "delimiter", -1));

    private FeelRegexArguments() {
    }

    static Optional<String> check(String function, List<BaseNode> arguments) {
        Places places = ARGUMENTS.get(function);
        BaseNode pattern = argument(arguments, places.pattern(), places.patternName());
        if (!(pattern instanceof StringNode literal)) {
            return Optional.of("the pattern of " + function + "() must be a string literal, so that its cost can be"
                    + " checked before it runs");
        }
        Optional<String> cost = RegexCost.check(literal.getValue());
        if (cost.isPresent()) {
            return Optional.of("the regular expression of " + function + "() is refused: " + cost.get());
        }
        BaseNode flags = places.flags() < 0 ? null : argument(arguments, places.flags(), "flags");
        if (flags != null && !(flags instanceof StringNode f && f.getValue().matches("[ismq]{0,4}"))) {
            return Optional.of("the flags of " + function + "() must be a string literal of i, s, m or q");
        }
        return Optional.empty();
    }

    private static BaseNode argument(List<BaseNode> arguments, int position, String name) {
        boolean named = arguments.stream().anyMatch(NamedParameterNode.class::isInstance);
        if (named) {
            return arguments.stream().filter(NamedParameterNode.class::isInstance).map(NamedParameterNode.class::cast)
                    .filter(p -> name.equals(p.getName().getName())).map(NamedParameterNode::getExpression)
                    .findFirst().orElse(null);
        }
        return position >= 0 && position < arguments.size() ? arguments.get(position) : null;
    }
}
