package dev.dunning.models.scoring;

import smile.data.Tuple;
import smile.model.cart.InternalNode;
import smile.model.cart.Node;
import smile.model.cart.RegressionNode;

/**
 * Exact TreeSHAP (Lundberg, Erion and Lee 2018, "Consistent individualized feature attribution for tree ensembles",
 * algorithm 2) over Smile's regression trees, the same values Smile's {@code shap} computes, but into one path buffer
 * per call instead of new arrays at every node: Smile's version allocates about 3 KB per tree and call. One instance
 * serves one call on one thread.
 */
final class TreeShap {
    private final int[] feature;
    private final double[] zero;
    private final double[] one;
    private final double[] weight;

    /** A buffer for trees of at most {@code maxDepth} levels below the root. */
    TreeShap(int maxDepth) {
        int levels = maxDepth + 2;
        int size = levels * (levels + 1) / 2;
        feature = new int[size];
        zero = new double[size];
        one = new double[size];
        weight = new double[size];
    }

    /** Adds {@code scale ×} each feature's SHAP value in the tree under {@code root} to {@code phi}. */
    void add(Node root, Tuple x, double scale, double[] phi) {
        recurse(root, x, scale, phi, 0, 0, 1, 1, -1);
    }

    private void recurse(Node node, Tuple x, double scale, double[] phi, int parent, int depth, double pz, double po,
                         int pi) {
        int path = parent + depth + 1;
        copy(parent, path, depth + 1);
        extend(path, depth, pz, po, pi);
        if (node instanceof RegressionNode leaf) {
            for (int i = 1; i <= depth; i++) {
                int at = path + i;
                phi[feature[at]] += scale * unwoundSum(path, depth, i) * (one[at] - zero[at]) * leaf.output();
            }
            return;
        }
        InternalNode split = (InternalNode) node;
        Node hot = split.branch(x) ? split.trueChild() : split.falseChild();
        Node cold = hot == split.trueChild() ? split.falseChild() : split.trueChild();
        double incomingZero = 1;
        double incomingOne = 1;
        int seen = find(path, depth, split.feature());
        if (seen >= 0) {
            incomingZero = zero[path + seen];
            incomingOne = one[path + seen];
            unwind(path, depth, seen);
            depth--;
        }
        double size = node.size();
        recurse(hot, x, scale, phi, path, depth + 1, incomingZero * hot.size() / size, incomingOne, split.feature());
        recurse(cold, x, scale, phi, path, depth + 1, incomingZero * cold.size() / size, 0, split.feature());
    }

    private int find(int path, int depth, int splitFeature) {
        for (int i = 0; i <= depth; i++) {
            if (feature[path + i] == splitFeature) {
                return i;
            }
        }
        return -1;
    }

    private void copy(int from, int to, int length) {
        System.arraycopy(feature, from, feature, to, length);
        System.arraycopy(zero, from, zero, to, length);
        System.arraycopy(one, from, one, to, length);
        System.arraycopy(weight, from, weight, to, length);
    }

    private void extend(int path, int depth, double pz, double po, int pi) {
        feature[path + depth] = pi;
        zero[path + depth] = pz;
        one[path + depth] = po;
        weight[path + depth] = depth == 0 ? 1 : 0;
        for (int i = depth - 1; i >= 0; i--) {
            weight[path + i + 1] += po * weight[path + i] * (i + 1) / (depth + 1);
            weight[path + i] = pz * weight[path + i] * (depth - i) / (depth + 1);
        }
    }

    private void unwind(int path, int depth, int index) {
        double po = one[path + index];
        double pz = zero[path + index];
        double next = weight[path + depth];
        for (int i = depth - 1; i >= 0; i--) {
            if (po != 0) {
                double previous = weight[path + i];
                weight[path + i] = next * (depth + 1) / ((i + 1) * po);
                next = previous - weight[path + i] * pz * (depth - i) / (depth + 1);
            } else {
                weight[path + i] = weight[path + i] * (depth + 1) / (pz * (depth - i));
            }
        }
        for (int i = index; i < depth; i++) {
            feature[path + i] = feature[path + i + 1];
            zero[path + i] = zero[path + i + 1];
            one[path + i] = one[path + i + 1];
        }
    }

    private double unwoundSum(int path, int depth, int index) {
        double po = one[path + index];
        double pz = zero[path + index];
        double next = weight[path + depth];
        double total = 0;
        for (int i = depth - 1; i >= 0; i--) {
            if (po != 0) {
                double share = next / ((i + 1) * po);
                total += share;
                next = weight[path + i] - share * pz * (depth - i);
            } else {
                total += weight[path + i] / (pz * (depth - i));
            }
        }
        return total * (depth + 1);
    }
}
