package dev.dunning.models.features;

import java.util.List;

/** A few related features: their names, and their values for one timeline (NaN where a value is missing). */
interface FeatureGroup {
    List<String> names();

    /** Writes {@code names().size()} values into {@code out} from {@code offset}. */
    void write(Timeline timeline, double[] out, int offset);
}
