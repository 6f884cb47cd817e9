package dev.dunning.rules.compiler;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.dmn.feel.lang.ast.ASTNode;
import org.kie.dmn.feel.lang.ast.AtLiteralNode;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.ast.BetweenNode;
import org.kie.dmn.feel.lang.ast.BooleanNode;
import org.kie.dmn.feel.lang.ast.ContextEntryNode;
import org.kie.dmn.feel.lang.ast.ContextNode;
import org.kie.dmn.feel.lang.ast.DashNode;
import org.kie.dmn.feel.lang.ast.FilterExpressionNode;
import org.kie.dmn.feel.lang.ast.ForExpressionNode;
import org.kie.dmn.feel.lang.ast.FunctionDefNode;
import org.kie.dmn.feel.lang.ast.FunctionInvocationNode;
import org.kie.dmn.feel.lang.ast.IfExpressionNode;
import org.kie.dmn.feel.lang.ast.InNode;
import org.kie.dmn.feel.lang.ast.InfixOpNode;
import org.kie.dmn.feel.lang.ast.InfixOperator;
import org.kie.dmn.feel.lang.ast.InstanceOfNode;
import org.kie.dmn.feel.lang.ast.IterationContextNode;
import org.kie.dmn.feel.lang.ast.ListNode;
import org.kie.dmn.feel.lang.ast.NameDefNode;
import org.kie.dmn.feel.lang.ast.NameRefNode;
import org.kie.dmn.feel.lang.ast.NamedParameterNode;
import org.kie.dmn.feel.lang.ast.NullNode;
import org.kie.dmn.feel.lang.ast.NumberNode;
import org.kie.dmn.feel.lang.ast.PathExpressionNode;
import org.kie.dmn.feel.lang.ast.QualifiedNameNode;
import org.kie.dmn.feel.lang.ast.QuantifiedExpressionNode;
import org.kie.dmn.feel.lang.ast.RangeNode;
import org.kie.dmn.feel.lang.ast.SignedUnaryNode;
import org.kie.dmn.feel.lang.ast.StringNode;
import org.kie.dmn.feel.lang.ast.UnaryTestListNode;
import org.kie.dmn.feel.lang.ast.UnaryTestNode;
import org.kie.dmn.feel.lang.ast.UndefinedValueNode;

/**
 * Walks one FEEL syntax tree with an allow-list of node types: no function definitions (external or not), only
 * allowed built-ins and the file's own business knowledge models and decision services as calls, no clock, iteration
 * only over literal lists and ranges within a budget, bounded nesting and list sizes, and regular expressions only as
 * literals that {@link RegexCost} accepts. Also counts what it saw, for {@link FeelTokens} to cross-check.
 */
final class FeelCheck {
    private static final Set<Class<? extends BaseNode>> PLAIN = Set.of(BooleanNode.class, NumberNode.class,
            StringNode.class, NullNode.class, DashNode.class, NameDefNode.class, InfixOpNode.class,
            SignedUnaryNode.class, BetweenNode.class, InNode.class, IfExpressionNode.class, InstanceOfNode.class,
            RangeNode.class, ContextNode.class, ContextEntryNode.class, NamedParameterNode.class,
            PathExpressionNode.class, FilterExpressionNode.class, UnaryTestNode.class, AtLiteralNode.class,
            UndefinedValueNode.class, QualifiedNameNode.class);

    private static final int MAX_DIGITS = 30;
    private static final BigDecimal MAX_EXPONENT = BigDecimal.valueOf(1000);
    private final DmnLimits limits;
    private final Set<String> callable;
    final List<Finding> findings = new ArrayList<>();
    final Set<String> references = new LinkedHashSet<>();
    final Map<String, Integer> calls = new HashMap<>();
    int iterations;
    private boolean tooDeep;

    /** One refusal inside the text: what, and where (line and column inside the text, 1-based and 0-based). */
    record Finding(String message, int line, int column) {
    }

    FeelCheck(DmnLimits limits, Set<String> callable) {
        this.limits = limits;
        this.callable = callable;
    }

    void check(BaseNode ast) {
        node(ast, 1, 1);
    }

    private void node(BaseNode node, int depth, long budget) {
        if (node == null) {
            return;
        }
        if (depth > limits.maxFeelDepth()) {
            if (!tooDeep) {
                refuse(node, "the expression is nested more than " + limits.maxFeelDepth() + " deep");
            }
            tooDeep = true;
            return;
        }
        switch (node) {
            case FunctionDefNode def -> refuse(def, def.isExternal()
                    ? "external functions are not allowed: they call Java code outside the rule set"
                    : "function definitions inside expressions are not allowed: put reusable logic in a business"
                    + " knowledge model");
            case FunctionInvocationNode call -> call(call, depth, budget);
            case ForExpressionNode loop -> iteration(loop, loop.getIterationContexts(), loop.getExpression(), depth, budget);
            case QuantifiedExpressionNode q -> iteration(q, q.getIterationContexts(), q.getExpression(), depth, budget);
            case ListNode list -> list(list, list.getElements().size(), depth, budget);
            case UnaryTestListNode tests -> list(tests, tests.getElements().size(), depth, budget);
            case NameRefNode ref -> reference(ref);
            case NumberNode number -> number(number, number.getValue());
            case InfixOpNode power when power.getOperator() == InfixOperator.POW -> power(power, depth, budget);
            default -> plain(node, depth, budget);
        }
    }

    private void plain(BaseNode node, int depth, long budget) {
        if (!PLAIN.contains(node.getClass())) {
            refuse(node, "the FEEL construct \"" + node.getText() + "\" (" + node.getClass().getSimpleName()
                    + ") is not part of the DMN profile the sandbox can check");
            return;
        }
        children(node, depth, budget);
    }

    private void children(BaseNode node, int depth, long budget) {
        for (ASTNode child : node.getChildrenNode()) {
            node((BaseNode) child, depth + 1, budget);
        }
    }

    private void list(BaseNode node, int size, int depth, long budget) {
        if (size > limits.maxListSize()) {
            refuse(node, "a list of " + size + " items is longer than the " + limits.maxListSize() + " allowed");
            return;
        }
        children(node, depth, budget);
    }

    private void reference(NameRefNode ref) {
        String name = ref.getText();
        if (FeelFunctions.sensitive(name)) {
            refuse(ref, "the function \"" + name + "\" may only be called directly, with literal arguments");
        }
        references.add(name);
    }

    /** Number literals stay within 30 integer and 30 decimal digits, so no literal expands into a huge number. */
    private void number(BaseNode node, BigDecimal value) {
        if (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS) {
            refuse(node, "the number " + node.getText() + " has more than " + MAX_DIGITS + " digits before or after"
                    + " the decimal point");
        }
    }

    /** An exponent is a name (data the request limits bound) or a literal up to 1000, never a computed value. */
    private void power(InfixOpNode power, int depth, long budget) {
        BaseNode exponent = power.getRight();
        BigDecimal literal = exponent instanceof NumberNode n ? n.getValue() : null;
        boolean name = exponent instanceof NameRefNode || exponent instanceof QualifiedNameNode
                || exponent instanceof PathExpressionNode;
        if (!name && (literal == null || literal.abs().compareTo(MAX_EXPONENT) > 0)) {
            refuse(power, "the exponent of ** must be a name or a number up to " + MAX_EXPONENT + ", so that the"
                    + " result cannot grow without bound");
            return;
        }
        plain(power, depth, budget);
    }

    private void call(FunctionInvocationNode call, int depth, long budget) {
        String name = call.getName() instanceof NameRefNode ref ? ref.getText() : null;
        if (name == null) {
            refuse(call, "only built-in functions and this file's business knowledge models can be called, by name");
            return;
        }
        calls.merge(name, 1, Integer::sum);
        references.add(name);
        if (FeelFunctions.REFUSED.containsKey(name)) {
            refuse(call, FeelFunctions.REFUSED.get(name));
        } else if (FeelFunctions.REGEX.contains(name)) {
            FeelRegexArguments.check(name, call.getParams().getElements()).ifPresent(why -> refuse(call, why));
        } else if (!FeelFunctions.ALLOWED.contains(name) && !callable.contains(name)) {
            refuse(call, "\"" + name + "\" is not a function the DMN profile allows: call FEEL built-ins or a business"
                    + " knowledge model of this file");
        }
        node(call.getParams(), depth + 1, budget);
    }

    private void iteration(BaseNode node, List<IterationContextNode> contexts, BaseNode body, int depth, long budget) {
        iterations++;
        long total = budget;
        for (IterationContextNode context : contexts) {
            BigDecimal count = FeelIteration.count(context);
            if (count == null) {
                refuse(context, "for, some and every may only iterate over a literal list or a range with literal"
                        + " bounds, not over \"" + context.getText() + "\"");
                return;
            }
            total = count.compareTo(BigDecimal.valueOf(limits.maxIterations())) > 0 ? Long.MAX_VALUE
                    : Math.multiplyExact(total, Math.max(1, count.longValue()));
            if (total > limits.maxIterations()) {
                refuse(node, "the expression iterates more than " + limits.maxIterations() + " times");
                return;
            }
            node(context.getExpression(), depth + 1, budget);
            node(context.getRangeEndExpr(), depth + 1, budget);
        }
        node(body, depth + 1, total);
    }

    private void refuse(BaseNode node, String message) {
        findings.add(new Finding(message, Math.max(1, node.getStartLine()), Math.max(0, node.getStartColumn())));
    }
}
