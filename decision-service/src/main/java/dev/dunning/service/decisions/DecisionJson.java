package dev.dunning.service.decisions;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** A decision's JSON as the decision log holds it, answered as it is rather than written a second time. */
record DecisionJson(@JsonValue @JsonRawValue String json) {
}
