package dev.dunning.rules.compiler;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * The policy profile for a rule's conditions: patterns over fact-model types joined by and, or, not, exists and
 * forall; constraints checked by {@link DrlCodeCheck}; {@code from} what a bound variable holds;
 * {@code collect} and accumulate with the built-in functions, never inline accumulate code; no {@code eval}, entry
 * points, windows or conditional branches. Collects the variables the conditions bind, for the consequence.
 */
final class DrlConditions {
    /** Each pattern multiplies the matches a rule can make: more than this is a join no policy needs. */
    static final int MAX_PATTERNS = 20;
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("sum", "count", "min", "max", "average",
            "collectList", "collectSet");
    private final Map<String, Class<?>> imports;
    private final Set<String> bindings = new HashSet<>();
    private final List<ProfileFinding> findings = new ArrayList<>();
    private int patterns;

    DrlConditions(Map<String, Class<?>> imports) {
        this.imports = imports;
    }

    List<ProfileFinding> check(AndDescr lhs) {
        element(lhs);
        return findings;
    }

    Set<String> bindings() {
        return Set.copyOf(bindings);
    }

    private void element(BaseDescr element) {
        switch (element) {
            case PatternDescr pattern -> pattern(pattern);
            case AndDescr and -> children(and);
            case OrDescr or -> children(or);
            case NotDescr not -> children(not);
            case ExistsDescr exists -> children(exists);
            case ForallDescr forall -> children(forall);
            case EvalDescr eval -> refuse(eval, "eval(...) is not allowed: write the test as a constraint of a pattern");
            default -> refuse(element, element.getClass().getSimpleName().replace("Descr", "")
                    + " is not allowed in conditions: use patterns with and, or, not, exists, forall, from and collect");
        }
    }

    private void children(ConditionalElementDescr element) {
        element.getDescrs().forEach(child -> element((BaseDescr) child));
    }

    private void pattern(PatternDescr pattern) {
        if (++patterns == MAX_PATTERNS + 1) {
            refuse(pattern, "a rule joins at most " + MAX_PATTERNS + " patterns");
        }
        Optional<Class<?>> type = Optional.ofNullable(imports.get(pattern.getObjectType()));
        if (type.isEmpty()) {
            refuse(pattern, "the pattern type " + pattern.getObjectType() + " is not an imported type of the rule vocabulary");
        }
        if (!pattern.getAnnotations().isEmpty() || !pattern.getBehaviors().isEmpty()) {
            refuse(pattern, "pattern annotations and windows are not allowed");
        }
        if (pattern.getIdentifier() != null) {
            bindings.add(pattern.getIdentifier());
        }
        if (pattern.getSource() != null) {
            source(pattern.getSource(), pattern);
        }
        for (BaseDescr constraint : pattern.getDescrs()) {
            constraint(constraint, type.orElse(null));
        }
    }

    private void constraint(BaseDescr constraint, Class<?> type) {
        if (!(constraint instanceof ExprConstraintDescr expression)) {
            refuse(constraint, "this constraint form is not allowed");
            return;
        }
        bind(expression.getExpression());
        var scope = new DrlCodeCheck.Scope(Set.copyOf(bindings), imports, type);
        findings.addAll(DrlCode.expression(expression.getExpression(), origin(constraint), scope));
    }

    private void bind(String text) {
        try {
            if (DrlxParseUtil.parseExpression(text) instanceof DrlxExpression drlx && drlx.getBind() != null) {
                bindings.add(drlx.getBind().asString());
            }
        } catch (RuntimeException e) {
            // not valid: reported when the constraint is checked
        }
    }

    private void source(BaseDescr source, PatternDescr pattern) {
        switch (source) {
            case FromDescr from -> from(from, pattern);
            case CollectDescr collect -> pattern(collect.getInputPattern());
            case AccumulateDescr accumulate -> accumulate(accumulate, pattern);
            default -> refuse(pattern, source.getClass().getSimpleName().replace("Descr", "")
                    + " is not allowed as a source: use from a bound variable, collect or accumulate");
        }
    }

    /**
     * {@code from $variable.field} or {@code from $variable.member(...)}: what a bound fact holds or computes through
     * the vocabulary, never another expression.
     */
    private void from(FromDescr from, PatternDescr pattern) {
        String text = from.getDataSource().getText();
        Expression source;
        try {
            source = DrlxParseUtil.parseExpression(text).getExpr();
        } catch (RuntimeException e) {
            refuse(pattern, "from " + text + " is not valid");
            return;
        }
        Expression root = source;
        while (root instanceof FieldAccessExpr || root instanceof MethodCallExpr call && call.getScope().isPresent()) {
            root = root instanceof FieldAccessExpr field ? field.getScope() : ((MethodCallExpr) root).getScope().get();
        }
        if (!(root instanceof NameExpr name) || !bindings.contains(name.getNameAsString())) {
            refuse(pattern, "from " + text.strip() + " is not allowed: take facts from a bound variable's fields or"
                    + " members, e.g. from $heating.roomTemperatures");
        } else {
            findings.addAll(DrlCode.expression(text, origin(pattern), new DrlCodeCheck.Scope(Set.copyOf(bindings), imports, null)));
        }
    }

    private void accumulate(AccumulateDescr accumulate, PatternDescr pattern) {
        if (accumulate.getInitCode() != null || accumulate.getActionCode() != null
                || accumulate.getReverseCode() != null || accumulate.getResultCode() != null) {
            refuse(pattern, "inline accumulate code (init, action, reverse, result) is not allowed: use sum, count,"
                    + " min, max, average, collectList or collectSet");
            return;
        }
        element(accumulate.getInput());
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                refuse(pattern, "the accumulate function " + function.getFunction() + " is not allowed");
            }
            if (function.getBind() != null) {
                bindings.add(function.getBind());
            }
            for (String parameter : function.getParams()) {
                findings.addAll(DrlCode.expression(parameter, origin(pattern),
                        new DrlCodeCheck.Scope(Set.copyOf(bindings), imports, null)));
            }
        }
    }

    private static DrlCode.Origin origin(BaseDescr descr) {
        return new DrlCode.Origin(descr.getLine(), descr.getColumn());
    }

    private void refuse(BaseDescr at, String message) {
        findings.add(new ProfileFinding(at.getLine(), at.getColumn(), "conditions", message));
    }
}
