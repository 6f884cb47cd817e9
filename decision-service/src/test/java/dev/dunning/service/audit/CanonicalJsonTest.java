package dev.dunning.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.ContactRecord;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.service.Examples;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A decision's content, assembled from its request's JSON, is exactly the canonical JSON of the pair. */
class CanonicalJsonTest {
    private final ObjectMapper service = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    private final CanonicalJson json = new CanonicalJson(service);

    @Test
    void theAssembledDecisionContentIsTheCanonicalJsonOfRequestAndDecision() throws Exception {
        DecisionRequest request = service.readValue(Examples.heatingBeijing(), DecisionRequest.class);
        Decision decision = new DecisionPipeline(ZoneId.of("Asia/Shanghai")).decide(request,
                new RuleSetCompiler().compile(PolicyPack.fromDirectory(Path.of("..", "rules", "policy"))).orThrow());
        String assembled = json.decisionContent(json.write(decision), List.of(), json.write(request));
        assertThat(assembled).isEqualTo(json.write(new DecisionContent(decision, List.of(), request)))
                .doesNotContain("ledgerContacts");
        assertThat(json.read(assembled, DecisionContent.class).decision().charges()).isEqualTo(decision.charges());
        assertThat(json.read(assembled, DecisionContent.class).ledgerContacts()).isEmpty();
    }

    @Test
    void theAssembledDecisionContentHoldsTheLedgerContactsTheDecisionWasMadeWith() throws Exception {
        DecisionRequest request = service.readValue(Examples.heatingBeijing(), DecisionRequest.class);
        Decision decision = new DecisionPipeline(ZoneId.of("Asia/Shanghai")).decide(request,
                new RuleSetCompiler().compile(PolicyPack.fromDirectory(Path.of("..", "rules", "policy"))).orThrow());
        List<ContactRecord> ledger = List.of(new ContactRecord(OffsetDateTime.parse("2026-12-20T19:00:00+08:00"),
                Channel.WECHAT, EscalationStep.SECOND_REMINDER, true, null));
        String assembled = json.decisionContent(json.write(decision), ledger, json.write(request));
        assertThat(assembled).isEqualTo(json.write(new DecisionContent(decision, ledger, request)));
        List<ContactRecord> read = json.read(assembled, DecisionContent.class).ledgerContacts();
        assertThat(read).singleElement().satisfies(contact -> {
            assertThat(contact.at()).isEqualTo(ledger.getFirst().at().toInstant().atOffset(contact.at().getOffset()));
            assertThat(contact.channel()).isEqualTo(Channel.WECHAT);
            assertThat(contact.step()).isEqualTo(EscalationStep.SECOND_REMINDER);
        });
    }
}
