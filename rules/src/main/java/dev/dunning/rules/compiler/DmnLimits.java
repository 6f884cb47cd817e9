package dev.dunning.rules.compiler;

/**
 * Safety limits of the DMN sandbox: sizes, not policy. The defaults leave the default pack far inside them (its
 * deepest element is 6 levels down, its longest FEEL text 150 characters, its largest list 3 entries).
 *
 * @param maxElementDepth  how deep XML elements may nest
 * @param maxElements      how many XML elements one file may hold
 * @param maxTextLength    how long one FEEL text (or any other text) may be, in characters
 * @param maxFeelDepth     how deep one FEEL expression may nest (its syntax tree)
 * @param maxListSize      how many items a literal list or a list of unary tests may hold
 * @param maxIterations    how many times one FEEL expression may iterate, nested {@code for}/{@code some}/{@code every}
 *                         multiplied
 */
public record DmnLimits(int maxElementDepth, int maxElements, int maxTextLength, int maxFeelDepth, int maxListSize,
                        int maxIterations) {

    public static final DmnLimits DEFAULTS = new DmnLimits(32, 20_000, 2_000, 24, 256, 1_000);

    public DmnLimits {
        if (maxElementDepth < 8 || maxElements < 1 || maxTextLength < 1 || maxFeelDepth < 4 || maxListSize < 1
                || maxIterations < 1) {
            throw new IllegalArgumentException("DMN limits must be positive (element depth at least 8, FEEL depth"
                    + " at least 4)");
        }
    }
}
