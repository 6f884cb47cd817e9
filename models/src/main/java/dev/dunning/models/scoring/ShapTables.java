package dev.dunning.models.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.model.cart.InternalNode;
import smile.model.cart.Node;
import smile.model.cart.RegressionNode;
import smile.regression.RegressionTree;

/**
 * Exact (path-dependent) TreeSHAP values of an ensemble of small trees, the values Smile's {@code shap} computes,
 * from tables prepared once per model. A tree's SHAP values depend on the input only through the sides it takes at
 * the tree's splits, so for a tree of at most {@value #MAX_SPLITS} splits each combination of sides gets its row of
 * contributions (summed from the leaves' {@link LeafTable}s). Scoring evaluates each split once and adds one row per
 * tree: no recursion, no allocation per tree.
 */
public final class ShapTables implements Explainer {
    /** Trees with more splits than this would need too large a table (2^splits rows). */
    public static final int MAX_SPLITS = 12;

    private final StructType schema;
    private final InternalNode[] splits;
    private final int[] splitStart;
    private final int[] featureStart;
    private final int[] features;
    private final int[] tableStart;
    private final double[] table;

    /** Tables for {@code trees} (each with at most {@value #MAX_SPLITS} splits), outputs times {@code scale}. */
    public ShapTables(RegressionTree[] trees, StructType schema, double scale) {
        this.schema = schema;
        List<TreeTable> tables = Arrays.stream(trees).map(tree -> TreeTable.of(tree.root(), scale)).toList();
        splits = tables.stream().flatMap(tree -> Arrays.stream(tree.splits())).toArray(InternalNode[]::new);
        splitStart = starts(tables.stream().mapToInt(tree -> tree.splits().length).toArray());
        featureStart = starts(tables.stream().mapToInt(tree -> tree.features().length).toArray());
        tableStart = starts(tables.stream().mapToInt(tree -> tree.table().length).toArray());
        features = tables.stream().flatMapToInt(tree -> Arrays.stream(tree.features())).toArray();
        table = tables.stream().flatMapToDouble(tree -> Arrays.stream(tree.table())).toArray();
    }

    /** True when every tree is small enough for a table. */
    public static boolean fits(RegressionTree[] trees) {
        return Arrays.stream(trees).allMatch(tree -> tree.root().leaves() - 1 <= MAX_SPLITS);
    }

    @Override
    public double[] contributions(double[] x) {
        Tuple tuple = Tuple.of(schema, x);
        double[] phi = new double[x.length];
        for (int tree = 0; tree < splitStart.length - 1; tree++) {
            int sides = 0;
            for (int split = splitStart[tree]; split < splitStart[tree + 1]; split++) {
                sides |= splits[split].branch(tuple) ? 1 << (split - splitStart[tree]) : 0;
            }
            int first = featureStart[tree];
            int count = featureStart[tree + 1] - first;
            int row = tableStart[tree] + sides * count;
            for (int slot = 0; slot < count; slot++) {
                phi[features[first + slot]] += table[row + slot];
            }
        }
        return phi;
    }

    /** Offsets of consecutive blocks of the given lengths, with the total at the end. */
    private static int[] starts(int[] lengths) {
        int[] starts = new int[lengths.length + 1];
        for (int i = 0; i < lengths.length; i++) {
            starts[i + 1] = starts[i] + lengths[i];
        }
        return starts;
    }

    /** One tree: its splits (depth first), its distinct split features, and per combination of sides their values. */
    record TreeTable(InternalNode[] splits, int[] features, double[] table) {

        static TreeTable of(Node root, double scale) {
            List<InternalNode> splits = new ArrayList<>();
            List<LeafTable> leaves = new ArrayList<>();
            walk(root, new Path(), scale, splits, leaves);
            if (splits.size() > MAX_SPLITS) {
                throw new IllegalArgumentException("A tree with " + splits.size() + " splits is too large for a table");
            }
            int[] features = splits.stream().mapToInt(InternalNode::feature).distinct().toArray();
            double[] table = new double[(1 << splits.size()) * features.length];
            for (int sides = 0; sides < 1 << splits.size(); sides++) {
                for (LeafTable leaf : leaves) {
                    leaf.add(sides, features, table, sides * features.length);
                }
            }
            return new TreeTable(splits.toArray(InternalNode[]::new), features, table);
        }
    }

    /** The splits from the root to the current node: split index, side taken, and the share of rows on that side. */
    private record Path(List<Integer> splits, List<Boolean> sides, List<Double> covers) {
        Path() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void push(int split, boolean side, double cover) {
            splits.add(split);
            sides.add(side);
            covers.add(cover);
        }

        void pop() {
            splits.removeLast();
            sides.removeLast();
            covers.removeLast();
        }
    }

    private static void walk(Node node, Path path, double scale, List<InternalNode> splits, List<LeafTable> leaves) {
        if (node instanceof RegressionNode leaf) {
            leaves.add(LeafTable.of(splits, path.splits(), path.sides(), path.covers(), leaf.output() * scale));
            return;
        }
        InternalNode split = (InternalNode) node;
        int index = splits.size();
        splits.add(split);
        for (boolean side : new boolean[] {true, false}) {
            Node child = side ? split.trueChild() : split.falseChild();
            path.push(index, side, child.size() / (double) node.size());
            walk(child, path, scale, splits, leaves);
            path.pop();
        }
    }
}
