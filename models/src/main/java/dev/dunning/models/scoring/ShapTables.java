package dev.dunning.models.scoring;

import java.util.ArrayList;
import java.util.List;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.model.cart.InternalNode;
import smile.model.cart.Node;
import smile.model.cart.RegressionNode;
import smile.regression.RegressionTree;

/**
 * Exact (path-dependent) TreeSHAP values of a tree ensemble, the values Smile's {@code shap} computes, from tables
 * prepared once per model. Within one leaf's path the Shapley values depend on the input only through which of the
 * path's features the input agrees with (its mask), so each leaf keeps, per mask, the contributions of its path's
 * features. Scoring then evaluates each split once, works out each leaf's mask and adds up table entries: no
 * recursion and no allocation per node.
 */
public final class ShapTables implements Explainer {
    private final StructType schema;
    private final List<TreeTable> trees;

    /** Tables for {@code trees}, whose outputs times {@code scale} are log-odds. */
    public ShapTables(RegressionTree[] trees, StructType schema, double scale) {
        this.schema = schema;
        this.trees = new ArrayList<>(trees.length);
        for (RegressionTree tree : trees) {
            this.trees.add(TreeTable.of(tree.root(), scale));
        }
    }

    @Override
    public double[] contributions(double[] features) {
        Tuple x = Tuple.of(schema, features);
        double[] phi = new double[features.length];
        for (TreeTable tree : trees) {
            tree.add(x, phi);
        }
        return phi;
    }

    /** One tree: its splits (depth first) and, per leaf, the path through them and the table of contributions. */
    record TreeTable(InternalNode[] splits, LeafTable[] leaves) {

        static TreeTable of(Node root, double scale) {
            List<InternalNode> splits = new ArrayList<>();
            List<LeafTable> leaves = new ArrayList<>();
            walk(root, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), scale, splits, leaves);
            return new TreeTable(splits.toArray(InternalNode[]::new), leaves.toArray(LeafTable[]::new));
        }

        private static void walk(Node node, List<Integer> path, List<Boolean> sides, List<Double> covers,
                                 double scale, List<InternalNode> splits, List<LeafTable> leaves) {
            if (node instanceof RegressionNode leaf) {
                leaves.add(LeafTable.of(splits, path, sides, covers, leaf.output() * scale));
                return;
            }
            InternalNode split = (InternalNode) node;
            int index = splits.size();
            splits.add(split);
            for (boolean side : new boolean[] {true, false}) {
                Node child = side ? split.trueChild() : split.falseChild();
                path.add(index);
                sides.add(side);
                covers.add(child.size() / (double) node.size());
                walk(child, path, sides, covers, scale, splits, leaves);
                path.removeLast();
                sides.removeLast();
                covers.removeLast();
            }
        }

        void add(Tuple x, double[] phi) {
            boolean[] taken = new boolean[splits.length];
            for (int i = 0; i < splits.length; i++) {
                taken[i] = splits[i].branch(x);
            }
            for (LeafTable leaf : leaves) {
                leaf.add(taken, phi);
            }
        }
    }
}
