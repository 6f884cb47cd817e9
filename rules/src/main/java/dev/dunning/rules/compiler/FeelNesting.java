package dev.dunning.rules.compiler;

/**
 * How deep the brackets of a FEEL text nest, outside string literals: checked before parsing, so that a text made of
 * thousands of opening brackets never reaches the recursive parser.
 */
final class FeelNesting {
    private FeelNesting() {
    }

    static int depth(String text) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }
}
