package dev.dunning.rules.compiler;

import static org.drools.model.codegen.execmodel.generator.DrlxParseUtil.addCurlyBracesToBlock;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.List;
import java.util.Set;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.printer.PrintUtil;
import org.drools.mvelcompiler.PreprocessCompiler;
import org.drools.util.StringUtils;

/**
 * Parses the code inside a DRL file exactly as the executable model does (constraints with its DRLX parser,
 * consequences with its preprocessing of {@code modify} and its Java parser), so that the profile checks the same
 * tree that is compiled, and hands the tree to {@link DrlCodeCheck}. Positions come back on the DRL's own lines.
 */
final class DrlCode {
    /** Where a piece of code starts in its DRL file: the line of its first character, and its column there. */
    record Origin(int line, int column) {
    }

    private DrlCode() {
    }

    /** Checks a pattern constraint, a {@code from} source or an accumulate argument. */
    static List<ProfileFinding> expression(String text, Origin origin, DrlCodeCheck.Scope scope) {
        Expression parsed;
        try {
            parsed = DrlxParseUtil.parseExpression(text);
        } catch (RuntimeException e) {
            return List.of(new ProfileFinding(origin.line(), origin.column(), "conditions",
                    "\"" + text.strip() + "\" is not a valid condition"));
        }
        return DrlCodeCheck.constraint(parsed, scope).stream().map(f -> at(f, origin)).toList();
    }

    /** Checks a rule's consequence; {@code origin} is where its first statement starts. */
    static List<ProfileFinding> consequence(String text, Origin origin, DrlCodeCheck.Scope scope) {
        String code = text.trim();
        boolean rewritten = StringUtils.indexOfOutOfQuotes(code, "modify") >= 0;
        BlockStmt block;
        try {
            block = DrlxParseUtil.parseBlock(rewritten ? preprocessed(code) : code);
        } catch (RuntimeException e) {
            return List.of(new ProfileFinding(origin.line(), 0, "consequences",
                    "the consequence is not valid rule code: " + firstLine(e.getMessage())));
        }
        int first = origin.line();
        return DrlCodeCheck.consequence(block, scope).stream().map(f -> rewritten
                ? new ProfileFinding(first, 0, f.part(), f.message())
                : new ProfileFinding(first + f.line() - 2, f.column(), f.part(), f.message())).toList();
    }

    /**
     * The executable model's own rewrite of {@code modify} blocks (its {@code Consequence}); the rewritten code has
     * lines of its own, so findings in it are reported on the consequence's first line.
     */
    private static String preprocessed(String consequence) {
        var compiled = new PreprocessCompiler().compile(addCurlyBracesToBlock(consequence), Set.of());
        return PrintUtil.printNode(compiled.statementResults());
    }

    private static ProfileFinding at(ProfileFinding relative, Origin origin) {
        int line = origin.line() + relative.line() - 1;
        int column = relative.line() == 1 ? origin.column() + relative.column() - 1 : relative.column();
        return new ProfileFinding(line, Math.max(column, 0), relative.part(), relative.message());
    }

    static int line(Node node) {
        return Math.max(node.getBegin().map(p -> p.line).orElse(1), 1);
    }

    static int column(Node node) {
        return Math.max(node.getBegin().map(p -> p.column).orElse(1), 1);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
