package dev.dunning.rules.compiler;

import java.math.BigDecimal;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.ast.IterationContextNode;
import org.kie.dmn.feel.lang.ast.ListNode;
import org.kie.dmn.feel.lang.ast.NumberNode;
import org.kie.dmn.feel.lang.ast.RangeNode;
import org.kie.dmn.feel.lang.ast.SignedUnaryNode;

/** How many times one iteration context of a {@code for}, {@code some} or {@code every} runs, when it can be known. */
final class FeelIteration {
    private FeelIteration() {
    }

    /** The count for a literal list, {@code a..b} or {@code [a..b]} with literal numbers; null for anything else. */
    static BigDecimal count(IterationContextNode context) {
        if (context.getRangeEndExpr() != null) {
            return span(context.getExpression(), context.getRangeEndExpr());
        }
        return switch (context.getExpression()) {
            case ListNode list -> BigDecimal.valueOf(list.getElements().size());
            case RangeNode range -> span(range.getStart(), range.getEnd());
            case null, default -> null;
        };
    }

    private static BigDecimal span(BaseNode start, BaseNode end) {
        BigDecimal from = literal(start);
        BigDecimal to = literal(end);
        return from == null || to == null ? null : to.subtract(from).abs().add(BigDecimal.ONE);
    }

    private static BigDecimal literal(BaseNode node) {
        return switch (node) {
            case NumberNode number -> number.getValue();
            case SignedUnaryNode signed when signed.getExpression() instanceof NumberNode number ->
                    signed.getSign() == SignedUnaryNode.Sign.NEGATIVE ? number.getValue().negate() : number.getValue();
            case null, default -> null;
        };
    }
}
