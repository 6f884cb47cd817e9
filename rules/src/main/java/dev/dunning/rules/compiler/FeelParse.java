package dev.dunning.rules.compiler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.kie.dmn.api.feel.runtime.events.FEELEvent;
import org.kie.dmn.feel.codegen.feel11.ASTUnaryTestTransform;
import org.kie.dmn.feel.lang.Type;
import org.kie.dmn.feel.lang.ast.BaseNode;
import org.kie.dmn.feel.lang.impl.FEELEventListenersManager;
import org.kie.dmn.feel.parser.feel11.ASTBuilderVisitor;
import org.kie.dmn.feel.parser.feel11.FEELParser;
import org.kie.dmn.feel.parser.feel11.FEEL_1_1Lexer;
import org.kie.dmn.feel.parser.feel11.FEEL_1_1Parser;
import org.kie.dmn.feel.parser.feel11.profiles.KieExtendedFEELProfile;
import org.kie.dmn.feel.runtime.FEELFunction;
import org.kie.dmn.feel.runtime.events.UnknownVariableErrorEvent;

/**
 * Parses one FEEL text exactly as the KIE DMN engine does (kie-dmn-feel's {@code FEELParser} with the extended
 * profile's functions that the DMN runtime registers, {@code compilation_unit} for an expression and
 * {@code unaryTestsRoot} plus KIE's unary-test rewrite for unary tests, {@code ASTBuilderVisitor} for the tree), with
 * the model's names defined so that names with spaces read the same. Unknown names are left to the DMN validator.
 */
final class FeelParse {
    private static final Collection<FEELFunction> PROFILE_FUNCTIONS = new KieExtendedFEELProfile().getFEELFunctions();

    private FeelParse() {
    }

    /** The syntax tree, or the syntax errors (with line and column inside the text) when it does not parse. */
    record Parsed(BaseNode ast, List<FEELEvent> errors, List<? extends Token> tokens) {
        boolean ok() {
            return ast != null && errors.isEmpty();
        }
    }

    static Parsed parse(String text, boolean unaryTests, Map<String, Type> names) {
        List<FEELEvent> errors = new ArrayList<>();
        FEELEventListenersManager events = new FEELEventListenersManager();
        events.addListener(event -> {
            if (event.getSeverity() == FEELEvent.Severity.ERROR && !(event instanceof UnknownVariableErrorEvent)) {
                errors.add(event);
            }
        });
        FEEL_1_1Parser parser = FEELParser.parse(events, text, names, Map.of(), PROFILE_FUNCTIONS, List.of(), null);
        ParseTree tree = unaryTests ? parser.unaryTestsRoot() : parser.compilation_unit();
        BaseNode ast = errors.isEmpty() ? tree.accept(new ASTBuilderVisitor(names, null)) : null;
        if (ast != null && unaryTests) {
            ast = ast.accept(new ASTUnaryTestTransform()).node();
        }
        return new Parsed(ast, errors, new FEEL_1_1Lexer(CharStreams.fromString(text)).getAllTokens());
    }
}
