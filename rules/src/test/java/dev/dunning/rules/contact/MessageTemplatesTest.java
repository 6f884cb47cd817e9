package dev.dunning.rules.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.request.CustomerType;
import dev.dunning.rules.request.EscalationStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The default pack's message templates render in Chinese and English for a sample account. */
class MessageTemplatesTest {
    private static final MessageTemplates TEMPLATES = TemplateFiles.read(DefaultPolicyPack.SOURCE.files()).templates();
    private static final Locale ZH = Locale.forLanguageTag("zh-CN");
    private static final Locale EN = Locale.ENGLISH;
    private static final MessageValues LIU = values("刘先生");
    private static final MessageValues FACTORY = values("临沂宏达商贸有限公司");

    private static MessageValues values(String name) {
        return new MessageValues(name, "BJ-0001", new BigDecimal("2035.2"), LocalDate.of(2026, 12, 27), 5,
                LocalDate.of(2026, 12, 29), new BigDecimal("0.003"), "https://pay.example.cn/BJ-0001", "96069");
    }

    @Test
    void theDefaultPackReadsWithoutProblems() {
        assertThat(TemplateFiles.read(DefaultPolicyPack.SOURCE.files()).problems()).isEmpty();
    }

    @Test
    void everyStepThatContactsACustomerHasATemplateForEachCustomerType() {
        var contacting = EnumSet.complementOf(EnumSet.of(EscalationStep.NONE, EscalationStep.RESTRICTION));
        for (EscalationStep step : contacting) {
            for (CustomerType type : CustomerType.values()) {
                assertThat(TEMPLATES.all()).as(step + " " + type)
                        .anyMatch(t -> t.step() == step && t.customerType() == type);
            }
        }
    }

    @Test
    void everyTemplateRendersInChineseAndEnglishWithEveryPlaceholderFilled() {
        for (MessageTemplate template : TEMPLATES.all()) {
            for (Locale locale : List.of(ZH, EN)) {
                assertThat(template.render(locale, LIU)).as(template.id() + " " + locale)
                        .isNotBlank().doesNotContain("{", "}");
            }
        }
    }

    @Test
    void rendersTheResidentialFirstReminderInChinese() {
        assertThat(render(EscalationStep.FIRST_REMINDER, CustomerType.RESIDENTIAL, Tone.GENTLE, ZH, LIU)).isEqualTo(
                "刘先生，您好！您的户号BJ-0001有2035.20元费用已过缴费期限，尚未缴纳。逾期将按日加收欠费金额3‰的滞纳金，"
                        + "请于2026年12月27日前缴清。在线缴费：https://pay.example.cn/BJ-0001。如已缴费，请忽略本提醒；"
                        + "如有疑问，请致电96069。");
    }

    @Test
    void rendersTheBusinessDemandNoticeInChinese() {
        assertThat(render(EscalationStep.DEMAND_NOTICE, CustomerType.NON_RESIDENTIAL, Tone.FIRM, ZH, FACTORY)).isEqualTo(
                "尊敬的临沂宏达商贸有限公司财务负责人：您好！经核实，贵单位户号BJ-0001截至目前欠缴费用共计2035.20元。"
                        + "现书面催告贵单位于5个工作日内（2026年12月27日前）缴清，逾期我们将依照有关规定采取进一步措施。"
                        + "如对欠费有异议，贵单位有权致电96069提出，异议核实期间我们将暂停催缴。"
                        + "在线缴费：https://pay.example.cn/BJ-0001。");
    }

    @Test
    void rendersTheResidentialPreDueReminderInEnglish() {
        assertThat(render(EscalationStep.PRE_DUE_REMINDER, CustomerType.RESIDENTIAL, Tone.GENTLE, EN, values("Mr Liu")))
                .isEqualTo("Dear Mr Liu, 2,035.20 yuan is due on account BJ-0001 by 27 December 2026. Please pay on time "
                        + "to avoid a late fee. Pay online: https://pay.example.cn/BJ-0001. If you have already paid, "
                        + "please ignore this reminder; for questions, call 96069.");
    }

    @Test
    void rendersTheBusinessRestrictionNoticeInEnglish() {
        assertThat(render(EscalationStep.RESTRICTION_NOTICE, CustomerType.NON_RESIDENTIAL, Tone.FIRM, EN, values("Hongda Trading")))
                .isEqualTo("Dear finance officer of Hongda Trading, 2,035.20 yuan on account BJ-0001 is still unpaid after "
                        + "several reminders. If it is not paid within 5 working days (by 27 December 2026), we will "
                        + "restrict supply to your premises as the regulations allow; supply is restored promptly once "
                        + "you pay. If you disagree with the amount, you have the right to dispute it by calling 96069; "
                        + "supply is not restricted while we look into it. Pay online: https://pay.example.cn/BJ-0001.");
    }

    @Test
    void residentialChineseTextAddressesTheCustomerByName() {
        templatesFor(CustomerType.RESIDENTIAL).forEach(t ->
                assertThat(t.render(ZH, LIU)).as(t.id()).startsWith("刘先生，您好！"));
    }

    @Test
    void businessChineseTextAddressesTheFinanceOfficerWithADeadlineInWorkingDays() {
        templatesFor(CustomerType.NON_RESIDENTIAL).forEach(t -> {
            String text = t.render(ZH, FACTORY);
            assertThat(text).as(t.id()).startsWith("尊敬的临沂宏达商贸有限公司财务负责人：").contains("2035.20元");
            if (t.step() != EscalationStep.FIELD_VISIT) {
                assertThat(text).as(t.id()).contains("5个工作日内（2026年12月27日前）");
            }
        });
    }

    @Test
    void demandAndRestrictionNoticesStateTheRightToDisputeAndTheHotline() {
        TEMPLATES.all().stream()
                .filter(t -> t.step() == EscalationStep.DEMAND_NOTICE || t.step() == EscalationStep.RESTRICTION_NOTICE)
                .forEach(t -> {
                    assertThat(t.render(ZH, LIU)).as(t.id()).contains("有异议", "有权致电96069");
                    assertThat(t.render(EN, LIU)).as(t.id()).contains("right to dispute", "96069");
                });
    }

    @Test
    void aMissingValueIsAnErrorNamingItsPlaceholder() {
        var noAmount = new MessageValues("刘先生", "BJ-0001", null, LocalDate.of(2026, 12, 27), 5, null,
                new BigDecimal("0.003"), "https://pay.example.cn/BJ-0001", "96069");
        var template = TEMPLATES.byId("first-reminder.residential.gentle").orElseThrow();
        assertThatThrownBy(() -> template.render(ZH, noAmount))
                .isInstanceOf(MessageValueMissing.class).hasMessageContaining("{amount}");
        assertThatThrownBy(() -> template.render(EN, values(" ")))
                .isInstanceOf(MessageValueMissing.class).hasMessageContaining("{name}");
    }

    @Test
    void writesMoneyDatesAndRatesInEachLanguagesOneFormat() {
        assertThat(MessageLanguage.ZH_CN.money(new BigDecimal("12035.205"))).isEqualTo("12035.21元");
        assertThat(MessageLanguage.EN.money(new BigDecimal("12035.2"))).isEqualTo("12,035.20 yuan");
        assertThat(MessageLanguage.ZH_CN.date(LocalDate.of(2026, 1, 5))).isEqualTo("2026年1月5日");
        assertThat(MessageLanguage.EN.date(LocalDate.of(2026, 1, 5))).isEqualTo("5 January 2026");
        assertThat(MessageLanguage.ZH_CN.rate(new BigDecimal("0.0005"))).isEqualTo("0.5‰");
        assertThat(MessageLanguage.EN.rate(new BigDecimal("0.0005"))).isEqualTo("0.05%");
        assertThat(MessageLanguage.of(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo(MessageLanguage.ZH_CN);
        assertThat(MessageLanguage.of(Locale.UK)).isEqualTo(MessageLanguage.EN);
    }

    private static String render(EscalationStep step, CustomerType type, Tone tone, Locale locale, MessageValues values) {
        return TEMPLATES.find(step, type, tone).orElseThrow().render(locale, values);
    }

    private static List<MessageTemplate> templatesFor(CustomerType type) {
        return TEMPLATES.all().stream().filter(t -> t.customerType() == type).toList();
    }
}
