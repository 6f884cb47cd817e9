package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.RegexCost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Regular expressions an analyst writes pass; those a backtracking engine can take exponential time on do not. */
class RegexCostTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "^CN-SD-.*", "^\\d{6}$", "^[A-Z]{2}-\\d+$", "(\\d{3})+", "^\\d+(\\.\\d{1,2})?$", "^(?:WATER|GAS|HEATING)$",
            "[a-z]+@[a-z]+\\.[a-z]{2,6}", "a|b|c", "^\\p{L}+$", ",", "\\s*;\\s*", "^CN-SD-(Jinan|Qingdao)(-[a-z]+)?$"})
    void acceptsCheapPatterns(String pattern) {
        assertThat(RegexCost.check(pattern)).as(pattern).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~ ", textBlock = """
            (a+)+ ~ exponential time
            (a*)*b ~ exponential time
            (a|a)* ~ exponential time
            (a|aa)+$ ~ exponential time
            (.*a){12} ~ exponential time
            ^(\\w+\\s?)+$ ~ exponential time
            ^(([a-z])+.)+[A-Z]([a-z])+$ ~ exponential time
            (a?){30}a{30} ~ exponential time
            \\d+\\d+\\d+\\d+x ~ open-ended repetitions
            (a)\\1 ~ backreferences
            (?<n>a)\\k<n> ~ only plain groups
            (?=a)a ~ lookahead and lookbehind
            (?<!a)b ~ lookahead and lookbehind
            (?i)a ~ only plain groups
            a{1000} ~ counted repetition above 100
            a++ ~ possessive
            ((((((a)))))) ~ nested more than 5 deep
            ( ~ not a valid regular expression
            \\Qa+\\E ~ quoting
            """)
    void refusesPatternsThatBacktrackCatastrophically(String pattern, String reason) {
        assertThat(RegexCost.check(pattern)).as(pattern).hasValueSatisfying(why -> assertThat(why).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(ints = {RegexCost.MAX_LENGTH + 1, 10_000})
    void refusesLongPatterns(int length) {
        assertThat(RegexCost.check("a".repeat(length))).hasValueSatisfying(why -> assertThat(why).contains("characters long"));
    }
}
