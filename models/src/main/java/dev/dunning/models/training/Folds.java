package dev.dunning.models.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** Stratified k-fold assignment: each fold gets its share of each label, shuffled with a fixed seed. */
record Folds(int[] foldOf, int count) {

    static Folds stratified(int[] labels, int count, long seed) {
        int[] foldOf = new int[labels.length];
        Random random = new Random(seed);
        for (int label = 0; label <= 1; label++) {
            int target = label;
            List<Integer> rows = new ArrayList<>(IntStream.range(0, labels.length)
                    .filter(i -> labels[i] == target).boxed().toList());
            Collections.shuffle(rows, random);
            for (int i = 0; i < rows.size(); i++) {
                foldOf[rows.get(i)] = i % count;
            }
        }
        return new Folds(foldOf, count);
    }

    int[] training(int fold) {
        return IntStream.range(0, foldOf.length).filter(i -> foldOf[i] != fold).toArray();
    }

    int[] held(int fold) {
        return IntStream.range(0, foldOf.length).filter(i -> foldOf[i] == fold).toArray();
    }
}
