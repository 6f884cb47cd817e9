package dev.dunning.models.scoring;

import java.util.ArrayList;
import java.util.List;
import smile.model.cart.InternalNode;

/**
 * One leaf of a tree, for {@link ShapTables}: the splits on its path (split index, side taken, slot of the split's
 * feature among the path's distinct features) and, for every mask of agreed features, each distinct feature's
 * contribution. For distinct path features {@code F} with cover fractions {@code z} (the share of training rows that
 * follow the path's splits on that feature) and agreement {@code o} (1 when the input follows all of them), the
 * contribution of {@code i} is {@code v · (o_i − z_i) · Σ_{S ⊆ F∖{i}} |S|!(|F|−|S|−1)!/|F|! · Π_{S} o · Π_{F∖S∖{i}} z}
 * (Lundberg et al. 2018): the leaf's share of the path-dependent TreeSHAP value.
 */
record LeafTable(int[] path, boolean[] sides, int[] slots, int[] features, double[] table) {

    static LeafTable of(List<InternalNode> splits, List<Integer> path, List<Boolean> sides, List<Double> covers,
                        double value) {
        List<Integer> features = new ArrayList<>();
        int[] slots = new int[path.size()];
        double[] zero = new double[path.size()];
        for (int step = 0; step < path.size(); step++) {
            int feature = splits.get(path.get(step)).feature();
            if (!features.contains(feature)) {
                features.add(feature);
                zero[features.size() - 1] = 1;
            }
            slots[step] = features.indexOf(feature);
            zero[slots[step]] *= covers.get(step);
        }
        boolean[] side = new boolean[sides.size()];
        for (int step = 0; step < side.length; step++) {
            side[step] = sides.get(step);
        }
        return new LeafTable(path.stream().mapToInt(Integer::intValue).toArray(), side, slots,
                features.stream().mapToInt(Integer::intValue).toArray(), table(features.size(), zero, value));
    }

    /**
     * Adds this leaf's contributions for the tree's split sides {@code sides} (bit {@code k} set when the input takes
     * the true side of split {@code k}) into {@code row}, whose entries follow {@code treeFeatures}.
     */
    void add(int sides, int[] treeFeatures, double[] rows, int row) {
        int mask = (1 << features.length) - 1;
        for (int step = 0; step < path.length; step++) {
            boolean taken = (sides >> path[step] & 1) == 1;
            if (taken != this.sides[step]) {
                mask &= ~(1 << slots[step]);
            }
        }
        int at = mask * features.length;
        for (int slot = 0; slot < features.length; slot++) {
            rows[row + indexOf(treeFeatures, features[slot])] += table[at + slot];
        }
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("feature " + value + " is not split on in this tree");
    }

    private static double[] table(int count, double[] zero, double value) {
        double[] table = new double[(1 << count) * count];
        for (int mask = 0; mask < 1 << count; mask++) {
            for (int i = 0; i < count; i++) {
                table[mask * count + i] = value * contribution(count, zero, mask, i);
            }
        }
        return table;
    }

    /** {@code (o_i − z_i) · Σ_S weight(|S|) · Π_S o · Π_rest z}, summing over subsets S of the other features. */
    private static double contribution(int count, double[] zero, int mask, int i) {
        double one = (mask >> i & 1) - zero[i];
        double sum = 0;
        int others = ((1 << count) - 1) & ~(1 << i);
        for (int subset = others; ; subset = (subset - 1) & others) {
            if ((subset & ~mask) == 0) {
                sum += weight(Integer.bitCount(subset), count) * product(zero, others & ~subset);
            }
            if (subset == 0) {
                break;
            }
        }
        return one * sum;
    }

    private static double product(double[] zero, int members) {
        double product = 1;
        for (int j = 0; members >> j != 0; j++) {
            product *= (members >> j & 1) == 1 ? zero[j] : 1;
        }
        return product;
    }

    /** The Shapley weight {@code s! (n − s − 1)! / n!}. */
    private static double weight(int s, int n) {
        return factorial(s) * factorial(n - s - 1) / factorial(n);
    }

    private static double factorial(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) {
            f *= k;
        }
        return f;
    }
}
