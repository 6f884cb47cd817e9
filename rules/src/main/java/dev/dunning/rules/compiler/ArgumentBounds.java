package dev.dunning.rules.compiler;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import java.util.List;
import java.util.Optional;

/**
 * Arguments that decide how much work a pure member does: a scale of a {@code BigDecimal} sets the digits it keeps,
 * so rules give it as a small literal, and division names its rounding.
 */
final class ArgumentBounds {
    private ArgumentBounds() {
    }

    static Optional<String> check(String method, List<Expression> arguments) {
        return switch (method) {
            case "setScale" -> scale(arguments, 0);
            case "divide" -> arguments.size() == 3 ? scale(arguments, 1)
                    : arguments.size() == 2 && !(arguments.get(1) instanceof FieldAccessExpr)
                    ? Optional.of("divide(x, rounding) takes a RoundingMode or MathContext constant") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<String> scale(List<Expression> arguments, int index) {
        boolean small = arguments.size() > index && arguments.get(index) instanceof IntegerLiteralExpr literal
                && literal.getValue().matches("\\d{1,2}") && Integer.parseInt(literal.getValue()) <= DrlCodeCheck.MAX_SCALE_LITERAL;
        return small ? Optional.empty() : Optional.of("a scale is given as a whole-number literal from 0 to "
                + DrlCodeCheck.MAX_SCALE_LITERAL);
    }
}
