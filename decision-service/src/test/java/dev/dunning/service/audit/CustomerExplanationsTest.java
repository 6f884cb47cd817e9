package dev.dunning.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.models.features.RiskFeatures;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.decision.BillComponent;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.EscalationAction;
import dev.dunning.rules.decision.RiskFactor;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.Examples;
import dev.dunning.service.audit.CustomerExplanation.Section;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer's explanation of real decisions of the default pack, decided as the service decides them: what a
 * customer would check in each language, and nothing of their personal data beyond the account and bill ids.
 */
class CustomerExplanationsTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    private static final String CJK = ".*[\\p{IsHan}].*";

    private static CompiledRuleSet ruleSet;
    private final CustomerExplanations explanations = new CustomerExplanations();

    @BeforeAll
    static void compileTheDefaultPack() {
        ruleSet = new RuleSetCompiler().compile(PolicyPack.fromDirectory(Path.of("..", "rules", "policy"))).orThrow();
    }

    @Test
    void explainsTheHeatingExampleInChinese() {
        Decision decision = decide(Examples.heatingBeijing());
        String text = explanations.explain(decision, Locale.SIMPLIFIED_CHINESE).text();
        assertThat(text).contains("2035.20元", "逾期20天", "115.20元", "每日3‰", "下一步：第二次缴费提醒",
                "北京市居民供热价格: 城市热网 24 元/m²", "《中华人民共和国个人信息保护法》第二十四条", "有权拒绝",
                decision.decisionId(), decision.ruleSet().version(), "B-2026-HEAT", "如何提出异议");
        assertThat(text).doesNotContain("刘先生");
        assertThat(withoutRuleSetText(text, decision)).doesNotContain("What you owe", "yuan", "day");
    }

    @Test
    void explainsTheHeatingExampleInEnglish() {
        Decision decision = decide(Examples.heatingBeijing());
        CustomerExplanation explanation = explanations.explain(decision, Locale.ENGLISH);
        assertThat(explanation.language()).isEqualTo("en");
        assertThat(explanation.sections()).extracting(Section::heading)
                .containsExactly("What you owe", "Why", "What happens next", "How to dispute", "Your rights");
        assertThat(explanation.text()).contains("2035.20 yuan", "overdue by 20 days", "the late fee is 115.20 yuan",
                "0.3% of the unpaid amount a day", "Next step: a second payment reminder.",
                "(source: 北京市居民供热价格: 城市热网 24 元/m² (policy reference §3))",
                "Personal Information Protection Law of the PRC, Art 24", "refuse a decision made solely by automated means",
                "decision " + decision.decisionId(), "rule set version " + decision.ruleSet().version())
                .doesNotContain("刘先生");
        assertThat(withoutRuleSetText(explanation.text(), decision)).doesNotMatch(CJK);
    }

    @Test
    void showsAnOpenDisputeAndTheHoldItCauses() {
        Decision decision = decide(Examples.waterBeijing());
        assertThat(decision.escalation().action()).isEqualTo(EscalationAction.HOLD);
        String english = explanations.explain(decision, Locale.ENGLISH).text();
        assertThat(english).contains("What protects you", "The customer disputes a bill or a demand notice",
                "Nothing new will be done on your account while your dispute is being handled.",
                "Your dispute is open and is being handled.",
                "Beijing residential tap water, tier 2: 30 m³ × 7.00 yuan = 210.00 yuan.");
        assertThat(withoutRuleSetText(english, decision)).doesNotMatch(CJK);
        assertThat(explanations.explain(decision, Locale.forLanguageTag("zh-Hans")).text())
                .contains("您受到的保护", "在您的异议处理期间，不会对您的账户采取任何新的措施。", "第2阶梯");
    }

    @Test
    void saysAWaivedLateFeeIsWaivedAndWhy() {
        Decision decision = decide(Examples.heatingBeijing()
                .replace("\"hardship\": []", "\"hardship\": [\"MINIMUM_LIVING_ALLOWANCE\"]"));
        String english = explanations.explain(decision, Locale.ENGLISH).text();
        assertThat(english).contains("the late fee is 0.00 yuan. The late fee was waived.",
                "Reason: Waived: The household receives the minimum living allowance",
                "The total due on account BJ-0001 is 1920.00 yuan");
        assertThat(explanations.explain(decision, Locale.SIMPLIFIED_CHINESE).text()).contains("滞纳金已减免。");
    }

    @Test
    void saysAnAutomatedScoreWasUsedItsBandWhatItWeighedAndThatItChangesNoAmountOrProtection() throws Exception {
        RiskAssessment risk = new RiskAssessment("risk-gbm-0123456789ab", new BigDecimal("0.6200"), List.of(
                new RiskFactor("latePaymentsLast6", new BigDecimal("4.0000"), new BigDecimal("0.8100")),
                new RiskFactor("daysLateBill1", new BigDecimal("62.0000"), new BigDecimal("0.4000")),
                new RiskFactor("daysLateBill2", new BigDecimal("31.0000"), new BigDecimal("0.2000"))));
        Decision decision = new DecisionPipeline(ZoneId.of("Asia/Shanghai"))
                .decide(JSON.readValue(Examples.heatingBeijing(), DecisionRequest.class), ruleSet, risk);
        CustomerExplanation english = explanations.explain(decision, Locale.ENGLISH);
        assertThat(english.sections()).extracting(Section::heading).contains("How your payment record was used");
        assertThat(english.text()).contains("An automated model (version risk-gbm-0123456789ab)", "in the band: high.",
                "It weighed these most: late payments among your last six bills, how late your recent bills were paid.",
                "The estimate never changes what you owe, any protection that applies to you");
        assertThat(explanations.explain(decision, Locale.SIMPLIFIED_CHINESE).text())
                .contains("您的缴费记录如何被使用", "归入以下等级：高。", "最近六期账单中的逾期缴费次数", "不会改变您的应缴金额");
    }

    @Test
    void everyFeatureOfTheRiskModelHasCustomerWordingInBothLanguages() {
        for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Wording words = new Wording(language);
            assertThat(RiskFeatures.names()).allSatisfy(feature -> assertThat(
                    words.textOr(RiskSection.wordingKey(feature), null)).as(feature + " in " + language)
                    .isNotBlank());
        }
    }

    @Test
    void mapsTheSupportedLanguageTagsAndNamesAnyOther() {
        assertThat(Stream.of("zh", "zh-CN", "zh-Hans", "zh_CN").map(CustomerExplanations::supported))
                .containsOnly(Locale.SIMPLIFIED_CHINESE);
        assertThat(Stream.of("en", "en-GB", "en-US").map(CustomerExplanations::supported)).containsOnly(Locale.ENGLISH);
        assertThatThrownBy(() -> CustomerExplanations.supported("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fr");
        assertThatThrownBy(() -> CustomerExplanations.supported("zh-TW")).hasMessageContaining("zh-TW");
        assertThatThrownBy(() -> explanations.explain(decide(Examples.heatingBeijing()), Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fr");
    }

    private static Decision decide(String json) {
        try {
            DecisionRequest request = JSON.readValue(json, DecisionRequest.class);
            return new DecisionPipeline(ZoneId.of("Asia/Shanghai")).decide(request, ruleSet);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The text without what the rule set wrote (names, sources, reasons, descriptions), which may be Chinese. */
    private static String withoutRuleSetText(String text, Decision decision) {
        Stream<String> written = Stream.of(
                decision.trace().firedRules().stream().flatMap(r -> Stream.of(r.name(), r.source())),
                decision.trace().matchedRows().stream().map(r -> r.source()),
                decision.protections().stream().flatMap(p -> Stream.of(p.reason(), p.source())),
                decision.charges().lateFees().stream().map(f -> f.reason()),
                decision.charges().currentBill() == null ? Stream.<String>empty()
                        : decision.charges().currentBill().lines().stream().flatMap(l -> Stream.concat(
                                Stream.of(l.description()), l.components().stream().map(BillComponent::name))))
                .flatMap(s -> s).filter(Objects::nonNull);
        return written.reduce(text, (remaining, cited) -> remaining.replace(cited, ""));
    }
}
