package dev.dunning.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A log entry's content as the masked export shows it. */
class MaskingTest {
    private static final String HASH = "a13800138000b13800138000c13800138000d1380013800000ff";
    private static final String DECISION_ID = "01a23cd4-96bb-71fb-8bf0-138001380001";

    @Test
    void namesAndPhoneNumbersAreMaskedButHashesAndIdsStayExact() {
        String content = "{\"decisionId\":\"" + DECISION_ID + "\",\"message\":\"刘先生，您好！请致电+86 138 0013 8000\","
                + "\"request\":{\"account\":{\"name\":\"刘先生\"}},\"ruleSet\":{\"hash\":\"" + HASH + "\"}}";
        assertThat(Masking.content(content)).isEqualTo("{\"decisionId\":\"" + DECISION_ID + "\","
                + "\"message\":\"刘**，您好！请致电+86 138 **** 8000\",\"request\":{\"account\":{\"name\":\"刘**\"}},"
                + "\"ruleSet\":{\"hash\":\"" + HASH + "\"}}");
    }
}
