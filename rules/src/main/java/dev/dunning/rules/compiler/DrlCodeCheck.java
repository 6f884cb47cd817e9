package dev.dunning.rules.compiler;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
import org.drools.mvel.parser.ast.expr.DrlNameExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;
import org.drools.mvel.parser.printer.PrintUtil;

/**
 * The policy profile for the code inside rules, on its parsed syntax tree: an allow-list of node kinds. Conditions
 * read fact fields, bound variables, parameters and pure members of the {@link Vocabulary}; consequences insert,
 * delete and update facts, build fact-model values and use local variables, without loops, lambdas, method
 * references, exceptions, arrays, reflection or anything outside the vocabulary. Member names are checked here
 * without types; the bytecode gate checks each call against its exact owner.
 */
final class DrlCodeCheck {
    static final int MAX_STRING_LITERAL = 2_000;
    static final int MAX_NUMBER_LITERAL = 24;
    static final int MAX_SCALE_LITERAL = 20;
    private static final Set<String> ENGINE = Set.of("drools", "kcontext", "kieRuntime");
    private static final Set<String> OPERATORS = Set.of("contains", "memberOf", "in", "matches");
    private static final String PLAIN_DECIMAL = "-?\\d{1,18}(\\.\\d{1,12})?";

    /** What names mean where the code stands: the rule's bound variables, the file's imports, the pattern's type. */
    record Scope(Set<String> bindings, Map<String, Class<?>> imports, Class<?> patternType) {
    }

    private final Scope scope;
    private final boolean consequence;
    private final Set<String> locals = new HashSet<>();
    private final List<ProfileFinding> findings = new ArrayList<>();

    private DrlCodeCheck(Scope scope, boolean consequence) {
        this.scope = scope;
        this.consequence = consequence;
    }

    static List<ProfileFinding> constraint(Expression expression, Scope scope) {
        DrlCodeCheck check = new DrlCodeCheck(scope, false);
        check.expression(expression);
        return check.findings;
    }

    static List<ProfileFinding> consequence(BlockStmt block, Scope scope) {
        DrlCodeCheck check = new DrlCodeCheck(scope, true);
        check.statement(block);
        return check.findings;
    }

    // ------------------------------------------------------------------------------------------- statements

    private void statement(Statement statement) {
        switch (statement) {
            case BlockStmt block -> block.getStatements().forEach(this::statement);
            case ExpressionStmt expression -> expression(expression.getExpression());
            case IfStmt branch -> {
                expression(branch.getCondition());
                statement(branch.getThenStmt());
                branch.getElseStmt().ifPresent(this::statement);
            }
            case EmptyStmt empty -> { }
            default -> refuse(statement, describe(statement) + " is not allowed: a consequence inserts, updates and"
                    + " deletes facts, with local variables and if/else at most");
        }
    }

    private static String describe(Statement statement) {
        String kind = statement.getClass().getSimpleName().replace("Stmt", "");
        return switch (kind) {
            case "For", "ForEach", "While", "Do" -> "a loop (" + kind.toLowerCase() + ")";
            case "Try", "Throw" -> "exception handling (" + kind.toLowerCase() + ")";
            case "Return", "Break", "Continue", "Yield" -> "leaving the consequence early (" + kind.toLowerCase() + ")";
            case "LocalClassDeclaration", "LocalRecordDeclaration" -> "declaring a class";
            default -> "a " + kind.toLowerCase() + " statement";
        };
    }

    // ------------------------------------------------------------------------------------------ expressions

    private void expression(Expression expression) {
        switch (expression) {
            case StringLiteralExpr text -> bounded(text, text.getValue().length() <= MAX_STRING_LITERAL,
                    "a text longer than " + MAX_STRING_LITERAL + " characters");
            case IntegerLiteralExpr n -> number(n, n.getValue());
            case LongLiteralExpr n -> number(n, n.getValue());
            case DoubleLiteralExpr n -> number(n, n.getValue());
            case BigDecimalLiteralExpr n -> number(n, n.getValue());
            case BigIntegerLiteralExpr n -> number(n, n.getValue());
            case BooleanLiteralExpr b -> { }
            case NullLiteralExpr n -> { }
            case CharLiteralExpr c -> { }
            case DrlxExpression drlx -> expression(drlx.getExpr());
            case NameExpr name -> name(name);
            case ThisExpr self -> bounded(self, !consequence && self.getTypeName().isEmpty(),
                    "'this' outside a condition");
            case FieldAccessExpr field -> fieldAccess(field, field.getScope(), field.getNameAsString());
            case NullSafeFieldAccessExpr field -> fieldAccess(field, field.getScope(), field.getNameAsString());
            case MethodCallExpr call -> call(call, call.getScope(), call.getNameAsString(), call.getArguments());
            case NullSafeMethodCallExpr call -> call(call, call.getScope(), call.getNameAsString(), call.getArguments());
            case ObjectCreationExpr creation -> creation(creation);
            case BinaryExpr binary -> {
                expression(binary.getLeft());
                expression(binary.getRight());
            }
            case HalfBinaryExpr half -> expression(half.getRight());
            case UnaryExpr unary -> expression(unary.getExpression());
            case EnclosedExpr enclosed -> expression(enclosed.getInner());
            case ConditionalExpr conditional -> {
                expression(conditional.getCondition());
                expression(conditional.getThenExpr());
                expression(conditional.getElseExpr());
            }
            case PointFreeExpr operator -> operator(operator, operator.getOperator().asString(), operator.getRight(),
                    operator.getArg1() == null && operator.getArg2() == null);
            case HalfPointFreeExpr operator -> operator(operator, operator.getOperator().asString(),
                    operator.getRight(), operator.getArg1() == null && operator.getArg2() == null);
            case CastExpr cast -> typed(cast, cast.getType(), cast.getExpression());
            case InlineCastExpr cast -> typed(cast, cast.getType(), cast.getExpression());
            case InstanceOfExpr test -> {
                bounded(test, test.getPattern().isEmpty(), "an instanceof pattern");
                typed(test, test.getType(), test.getExpression());
            }
            case AssignExpr assign -> assignment(assign);
            case VariableDeclarationExpr declaration -> declaration(declaration);
            case LambdaExpr lambda -> refuse(lambda, "a lambda is not allowed: rules are written without functions");
            case MethodReferenceExpr reference -> refuse(reference,
                    "a method reference (" + text(reference) + ") is not allowed: call fact-model members directly");
            default -> refuse(expression, describe(expression) + " is not part of the rule language");
        }
    }

    private static String describe(Expression expression) {
        String kind = expression.getClass().getSimpleName().replace("Expr", "").replace("ession", "");
        return switch (kind) {
            case "Class" -> "a class literal (" + text(expression) + ")";
            case "ArrayAccess", "ArrayCreation", "ArrayInitializer" -> "an array";
            case "TextBlockLiteral" -> "a text block";
            case "Super" -> "'super'";
            case "Switch" -> "a switch";
            case "OOPath" -> "an OOPath";
            default -> "\"" + text(expression) + "\" (" + kind + ")";
        };
    }

    private void name(NameExpr name) {
        String id = name.getNameAsString();
        if (ENGINE.contains(id)) {
            refuse(name, "'" + id + "' is the rule engine itself: consequences use insert, update and delete only");
        } else if (name instanceof DrlNameExpr drl && drl.getBackReferencesCount() > 0) {
            refuse(name, "a back reference (../) is not allowed");
        } else if (!scope.bindings().contains(id) && !locals.contains(id) && !property(id)) {
            refuse(name, "'" + id + "' is not a bound variable, a local variable or a field of "
                    + (scope.patternType() == null ? "the fact" : scope.patternType().getSimpleName()));
        }
    }

    /** A bare name in a condition is a field of the pattern's fact. */
    private boolean property(String id) {
        if (consequence) {
            return false;
        }
        Class<?> type = scope.patternType();
        return type == null ? Vocabulary.MEMBER_NAMES.contains(id) : Vocabulary.allowsProperty(type, id);
    }

    private void fieldAccess(Expression at, Expression target, String field) {
        Optional<Class<?>> type = typeNamed(target);
        if (type.isPresent()) {
            bounded(at, Vocabulary.allows(type.get(), field), type.get().getSimpleName() + "." + field
                    + " is outside the rule vocabulary");
        } else if (qualifiedName(target)) {
            refuse(at, outsideVocabulary(target));
        } else {
            expression(target);
            bounded(at, Vocabulary.MEMBER_NAMES.contains(field), "'" + field + "' is not a member of the rule vocabulary");
        }
    }

    private void call(Expression at, Optional<Expression> target, String method, List<Expression> arguments) {
        if (target.isEmpty()) {
            unqualifiedCall(at, method);
        } else {
            Optional<Class<?>> type = typeNamed(target.get());
            if (type.isPresent()) {
                bounded(at, Vocabulary.allows(type.get(), method), type.get().getSimpleName() + "." + method
                        + " is outside the rule vocabulary");
            } else if (qualifiedName(target.get())) {
                refuse(at, outsideVocabulary(target.get()));
            } else {
                expression(target.get());
                bounded(at, Vocabulary.MEMBER_NAMES.contains(method), "'" + method
                        + "' is not a member of the rule vocabulary");
            }
        }
        ArgumentBounds.check(method, arguments).ifPresent(reason -> refuse(at, reason));
        arguments.forEach(this::expression);
    }

    private void unqualifiedCall(Expression at, String method) {
        if (consequence) {
            bounded(at, Vocabulary.WORKING_MEMORY.contains(method), method + "(...) is not allowed: a consequence may call"
                    + " insert, update and delete, and members of fact-model values");
        } else {
            Class<?> type = scope.patternType();
            bounded(at, type == null ? Vocabulary.MEMBER_NAMES.contains(method) : Vocabulary.allows(type, method),
                    method + "(...) is not a member of " + (type == null ? "the fact" : type.getSimpleName()));
        }
    }

    private void creation(ObjectCreationExpr creation) {
        String name = creation.getType().getNameWithScope();
        Optional<Class<?>> type = Optional.ofNullable(scope.imports().get(name));
        if (creation.getAnonymousClassBody().isPresent()) {
            refuse(creation, "an anonymous class is not allowed");
        } else if (creation.getScope().isPresent() || type.isEmpty()
                || !Vocabulary.isFactType(type.get()) && type.get() != java.math.BigDecimal.class) {
            refuse(creation, "new " + name + "(...) is not allowed: rules create fact-model values and BigDecimal numbers only");
        } else if (type.get() == java.math.BigDecimal.class) {
            bigDecimal(creation);
        }
        creation.getArguments().forEach(this::expression);
    }

    private void bigDecimal(ObjectCreationExpr creation) {
        boolean literal = creation.getArguments().size() == 1 && switch (creation.getArgument(0)) {
            case StringLiteralExpr text -> text.getValue().matches(PLAIN_DECIMAL);
            case IntegerLiteralExpr number -> true;
            default -> false;
        };
        bounded(creation, literal, "new BigDecimal(...) takes one plain decimal literal such as \"0.003\" (up to 18 digits"
                + " and 12 decimals, no exponent)");
    }

    private void operator(Expression at, String operator, List<Expression> right, boolean noArguments) {
        String name = operator.startsWith("not ") ? operator.substring(4) : operator;
        if (!OPERATORS.contains(name) || !noArguments) {
            refuse(at, "the operator '" + operator + "' is not allowed: use ==, !=, <, >, contains, memberOf, in or matches");
        } else if (name.equals("matches")) {
            regex(at, right);
        }
        at.getChildNodes().stream().filter(Expression.class::isInstance).map(Expression.class::cast)
                .forEach(this::expression);
    }

    private void regex(Expression at, List<Expression> right) {
        if (right.size() != 1 || !(right.getFirst() instanceof StringLiteralExpr pattern)) {
            refuse(at, "'matches' needs a literal pattern");
            return;
        }
        RegexCost.check(pattern.getValue()).ifPresent(reason -> refuse(at, "the pattern of 'matches' " + reason));
    }

    private void typed(Node at, Type type, Expression expression) {
        bounded(at, type.isPrimitiveType() || scope.imports().containsKey(type.asString()),
                "the type " + type + " is outside the rule vocabulary");
        expression(expression);
    }

    private void assignment(AssignExpr assign) {
        bounded(assign, assign.getTarget() instanceof NameExpr name && locals.contains(name.getNameAsString()),
                "only local variables may be assigned");
        expression(assign.getValue());
    }

    private void declaration(VariableDeclarationExpr declaration) {
        for (VariableDeclarator variable : declaration.getVariables()) {
            Type type = variable.getType();
            bounded(variable, type.isPrimitiveType() || type.isVarType() || scope.imports().containsKey(type.asString()),
                    "a local variable of type " + type + ", which is outside the rule vocabulary");
            variable.getInitializer().ifPresent(this::expression);
            locals.add(variable.getNameAsString());
        }
    }

    // -------------------------------------------------------------------------------------------- helpers

    /** The vocabulary type a scope names when it is a simple type name imported by the file (not a variable). */
    private Optional<Class<?>> typeNamed(Expression target) {
        if (target instanceof NameExpr name && !scope.bindings().contains(name.getNameAsString())
                && !locals.contains(name.getNameAsString())) {
            return Optional.ofNullable(scope.imports().get(name.getNameAsString()));
        }
        return Optional.empty();
    }

    /** A dotted name whose root is no variable, field or imported type: a package, as in {@code java.lang.System}. */
    private boolean qualifiedName(Expression target) {
        Expression root = target;
        while (root instanceof FieldAccessExpr field) {
            root = field.getScope();
        }
        if (!(root instanceof NameExpr name)) {
            return false;
        }
        String id = name.getNameAsString();
        return !scope.bindings().contains(id) && !locals.contains(id) && !property(id) && !scope.imports().containsKey(id);
    }

    /** Why a dotted name is refused: the engine, a type outside the vocabulary, or a package. */
    private static String outsideVocabulary(Expression target) {
        Expression root = target;
        while (root instanceof FieldAccessExpr field) {
            root = field.getScope();
        }
        String id = root instanceof NameExpr name ? name.getNameAsString() : "";
        if (ENGINE.contains(id)) {
            return "'" + id + "' is the rule engine itself: consequences use insert, update and delete only";
        }
        return !id.isEmpty() && Character.isUpperCase(id.charAt(0))
                ? "'" + id + "' is not a variable, a field or an imported type of the rule vocabulary"
                : "the qualified name " + text(target) + " is not allowed: import fact-model types and use their simple names";
    }

    /** A node as source text (the parser's own printer: the generic one cannot print the rule language's nodes). */
    static String text(Node node) {
        return PrintUtil.printNode(node);
    }

    private void number(Node at, String literal) {
        bounded(at, literal.length() <= MAX_NUMBER_LITERAL && !literal.toLowerCase().contains("e"),
                "the number " + literal + " is too long or has an exponent");
    }

    private void bounded(Node at, boolean allowed, String reason) {
        if (!allowed) {
            refuse(at, reason);
        }
    }

    private void refuse(Node at, String reason) {
        findings.add(new ProfileFinding(DrlCode.line(at), DrlCode.column(at), consequence ? "consequences" : "conditions",
                reason));
    }
}
