package dev.dunning.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A switch is true or false; what Spring would have guessed at (1, yes, on, TRUE) is refused. */
class StrictBooleanTest {

    @Test
    void trueAndFalseOnceAreTheOnlyValues() {
        assertThat(StrictBoolean.of(new String[] {"true"})).contains(true);
        assertThat(StrictBoolean.of(new String[] {"false"})).contains(false);
        assertThat(StrictBoolean.of((String[]) null)).isEmpty();
        assertThat(StrictBoolean.of(new String[] {""})).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "yes", "no", "on", "off", "TRUE", "True", " true", "true ", "t", "y"})
    void anythingElseIsRefused(String value) {
        assertThatThrownBy(() -> StrictBoolean.of(new String[] {value})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be true or false, given once");
    }

    @Test
    void aSecondValueIsRefused() {
        assertThatThrownBy(() -> StrictBoolean.of(new String[] {"false", "true"})).isInstanceOf(IllegalArgumentException.class);
    }
}
