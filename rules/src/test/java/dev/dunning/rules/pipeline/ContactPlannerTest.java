package dev.dunning.rules.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.decision.Contact;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.pack.Json;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.DecisionRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
}
