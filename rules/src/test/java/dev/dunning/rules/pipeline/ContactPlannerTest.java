package dev.dunning.rules.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.decision.Contact;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.pack.Json;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.request.Account;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ChannelStatus;
import dev.dunning.rules.scenarios.ScenarioFiles;
import dev.dunning.rules.request.DecisionRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The README's Beijing heating household: the exact message and when it goes out. */
class ContactPlannerTest {
    private static final DecisionPipeline PIPELINE = new DecisionPipeline(ZoneId.of("Asia/Shanghai"));

    @Test
    void theReadmeHouseholdGetsTheGentleSecondReminderByWeChatThisEvening() throws Exception {
        DecisionRequest request = Json.json().readValue(
                Files.readString(Path.of("../docs/examples/heating-beijing.json")), DecisionRequest.class);

        Decision decision = PIPELINE.decide(request, DefaultPolicyPack.compiled());

        Contact contact = decision.contact();
        assertThat(contact.send()).isTrue();
        assertThat(contact.channel()).isEqualTo(Channel.WECHAT);
        assertThat(contact.templateId()).isEqualTo("second-reminder.residential.gentle");
        assertThat(contact.sendAt()).isEqualTo(OffsetDateTime.parse("2026-12-20T19:00:00+08:00"));
        assertThat(contact.sendAt().getOffset().getId()).isEqualTo("+08:00");
        assertThat(contact.message()).isEqualTo("刘先生，您好！您的户号BJ-0001欠费2035.20元至今尚未缴纳，滞纳金按日加收欠费金额的3‰。"
                + "请于2026年12月27日前缴清。如暂时缴费有困难，欢迎致电400-000-0000商议分期缴费。在线缴费：https://pay.example.cn。");
    }

    @Test
    void withoutAUsableChannelOrATemplateNoMessageGoesOutAndTheDecisionStands() {
        TreeMap<String, String> files = new TreeMap<>(DefaultPolicyPack.SOURCE.files());
        files.computeIfPresent("contact/contact-channels.dmn", (path, dmn) ->
                dmn.replace("\"EMAIL,SMS,APP_PUSH,LETTER\"", "\"EMAIL\""));
        files.remove("contact/templates/first-reminder.yaml");
        CompiledRuleSet changed = new RuleSetCompiler().compile(RuleSetSource.of("changed", files)).orThrow();
        DecisionRequest business = scenario("A business customer gets the first reminder by email");
        Account noEmail = new Account(business.account().id(), business.account().utility(), business.account().region(),
                business.account().customerType(), business.account().name(), "zh-CN", null, null,
                Map.of(Channel.SMS, new ChannelStatus(true, true)), null, null, null, null, null);

        Contact withoutChannel = PIPELINE.decide(withAccount(business, noEmail), changed).contact();
        Contact withoutTemplate = PIPELINE.decide(business, changed).contact();

        assertThat(withoutChannel).isEqualTo(Contact.suppressed("no reachable consented channel"));
        assertThat(withoutTemplate).isEqualTo(
                Contact.suppressed("no message template for FIRST_REMINDER and NON_RESIDENTIAL"));
    }

    private static DecisionRequest scenario(String name) {
        return ScenarioFiles.read(DefaultPolicyPack.SOURCE).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow().decisionRequest();
    }

    private static DecisionRequest withAccount(DecisionRequest r, Account account) {
        return new DecisionRequest(r.requestId(), r.asOf(), account, r.usage(), r.openBills(), r.paymentHistory(),
                r.contactHistory(), r.disputes(), r.paymentPlan());
    }
}
