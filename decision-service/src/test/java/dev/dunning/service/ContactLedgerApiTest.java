package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The contact ledger over REST with the README example: the service remembers the contact it planned and what
 * happened to it, and later decisions for the account see it without the billing system sending it. Each test uses
 * accounts of its own.
 */
@AutoConfigureObservability
@ActiveProfiles("demo")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:contact-ledger-test;DB_CLOSE_DELAY=-1")
class ContactLedgerApiTest {
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPlannedContactIsRecordedWithItsDecisionAndLaterDecisionsOfTheAccountSeeIt() throws Exception {
        String first = example("LEDGER-1", "ledger-1-a", null, true);
        ResponseEntity<String> decided = decide(first);
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String contactId = json.readTree(decided.getBody()).path("decisionId").asText();

        JsonNode contact = body(call("billing", HttpMethod.GET, "/api/v1/contacts/" + contactId, null), HttpStatus.OK);
        assertThat(contact.path("accountId").asText()).isEqualTo("LEDGER-1");
        assertThat(contact.path("step").asText()).isEqualTo("SECOND_REMINDER");
        assertThat(contact.path("channel").asText()).isEqualTo("WECHAT");
        assertThat(contact.path("templateId").asText()).isEqualTo("second-reminder.residential.gentle");
        assertThat(contact.path("sendAt").asText()).isEqualTo("2026-12-20T19:00:00+08:00");
        assertThat(contact.path("sendHour").asInt()).isEqualTo(19);
        assertThat(contact.path("decidedAt").asText()).isEqualTo("2026-12-20T10:00:00+08:00");
        assertThat(contact.path("riskBand").asText()).isEqualTo("MEDIUM");
        assertThat(contact.path("ruleSetVersion").asText()).isEqualTo("2026.11-default");
        assertThat(contact.path("modelVersion").asText()).startsWith("risk-");
        assertThat(contact.path("events")).isEmpty();
        assertThat(contact.toString()).as("no message text, no name").doesNotContain("message", "刘先生");

        assertThat(event(contactId, "DELIVERED", "2026-12-20T19:02:00+08:00").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> opened = event(contactId, "OPENED", "2026-12-20T19:30:00+08:00");
        assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(body(opened, HttpStatus.CREATED).path("events").findValuesAsText("type")).containsExactly("DELIVERED", "OPENED");
        assertThat(body(opened, HttpStatus.CREATED).at("/events/0/recordedBy").asText()).isEqualTo("billing");

        JsonNode noon = json.readTree(decide(example("LEDGER-1", "ledger-1-b", "2026-12-20T12:00:00+08:00", false)).getBody());
        assertThat(noon.at("/contact/send").asBoolean()).isFalse();
        assertThat(noon.at("/contact/suppressedBecause").asText()).startsWith("a contact is already planned");

        ResponseEntity<String> nextDay = decide(example("LEDGER-1", "ledger-1-c", "2026-12-21T10:00:00+08:00", false));
        JsonNode waiting = body(nextDay, HttpStatus.CREATED);
        assertThat(waiting.at("/escalation/step").asText()).isEqualTo("SECOND_REMINDER");
        assertThat(waiting.at("/escalation/action").asText()).isEqualTo("NONE");

        ResponseEntity<String> again = decide(first);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).isEqualTo(decided.getBody());

        JsonNode replay = body(call("auditor", HttpMethod.POST,
                "/api/v1/decisions/" + waiting.path("decisionId").asText() + "/replay", null), HttpStatus.OK);
        assertThat(replay.path("differences")).isEmpty();
        assertThat(replay.path("identical").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select content from audit_entry where request_id = 'ledger-1-c'", String.class))
                .contains("\"ledgerContacts\":[{\"at\":\"2026-12-20T19:00:00+08:00\"", "\"contactHistory\":[]");
        assertThat(jdbc.queryForObject("select count(*) from contact where account_id = 'LEDGER-1'", Integer.class))
                .as("the retry and the decisions that planned nothing recorded no contact").isEqualTo(1);
    }

    @Test
    void aContactTheRequestAlreadyListsIsNotAddedTwice() throws Exception {
        String contactId = json.readTree(decide(example("LEDGER-2", "ledger-2-a", null, true)).getBody())
                .path("decisionId").asText();
        ObjectNode later = (ObjectNode) json.readTree(example("LEDGER-2", "ledger-2-b", "2026-12-21T10:00:00+08:00", true));
        later.withArray("contactHistory").addObject().put("at", "2026-12-20T11:00:00Z").put("channel", "WECHAT")
                .put("step", "SECOND_REMINDER").put("delivered", true);
        assertThat(decide(json.writeValueAsString(later)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("select content from audit_entry where request_id = 'ledger-2-b'", String.class))
                .as("the same channel, step and instant, in another offset").doesNotContain("ledgerContacts");
        assertThat(contactId).isNotBlank();
    }

    @Test
    void aFailedContactIsNotPendingSoTheNextDecisionPlansAgain() throws Exception {
        String contactId = json.readTree(decide(example("LEDGER-3", "ledger-3-a", null, true)).getBody())
                .path("decisionId").asText();
        assertThat(event(contactId, "FAILED", "2026-12-20T19:01:00+08:00").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode noon = json.readTree(decide(example("LEDGER-3", "ledger-3-b", "2026-12-20T12:00:00+08:00", true)).getBody());
        assertThat(noon.at("/contact/send").asBoolean()).isTrue();
        JsonNode contacts = body(call("auditor", HttpMethod.GET, "/api/v1/contacts?accountId=LEDGER-3", null), HttpStatus.OK);
        assertThat(contacts).hasSize(2);
        assertThat(contacts.findValuesAsText("contactId"))
                .as("newest first").containsExactly(noon.path("decisionId").asText(), contactId);
    }

    @Test
    void eachBadEventIsAProblemWithItsStatusAndNeverA500() throws Exception {
        String contactId = json.readTree(decide(example("LEDGER-4", "ledger-4-a", null, true)).getBody())
                .path("decisionId").asText();
        String path = "/api/v1/contacts/" + contactId + "/events";
        assertThat(event(contactId, "DELIVERED", "2026-12-20T19:02:00+08:00").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> same = event(contactId, "DELIVERED", "2026-12-20T11:02:00Z");
        assertThat(same.getStatusCode()).as("the same instant again is a replay").isEqualTo(HttpStatus.OK);
        assertThat(body(same, HttpStatus.OK).path("events")).hasSize(1);
        problem(event(contactId, "DELIVERED", "2026-12-20T19:05:00+08:00"), HttpStatus.CONFLICT, null);
        problem(event(contactId, "FAILED", "2026-12-20T19:05:00+08:00"), HttpStatus.CONFLICT, null);
        problem(event("no-such-contact", "DELIVERED", "2026-12-20T19:02:00+08:00"), HttpStatus.NOT_FOUND, null);
        problem(call("billing", HttpMethod.POST, path, "{\"at\":\"2026-12-20T19:02:00+08:00\"}"), HttpStatus.BAD_REQUEST, "type");
        problem(call("billing", HttpMethod.POST, path, "{\"type\":\"SEEN\",\"at\":\"2026-12-20T19:02:00+08:00\"}"),
                HttpStatus.BAD_REQUEST, "type");
        problem(call("billing", HttpMethod.POST, path, "{\"type\":\"OPENED\"}"), HttpStatus.BAD_REQUEST, "at");
        problem(call("billing", HttpMethod.POST, path, "{\"type\":\"OPENED\",\"at\":\"tonight\"}"), HttpStatus.BAD_REQUEST, "at");
        problem(event(contactId, "OPENED", "2026-12-20T09:59:00+08:00"), HttpStatus.BAD_REQUEST, "at");
        problem(call("billing", HttpMethod.GET, "/api/v1/contacts", null), HttpStatus.BAD_REQUEST, "accountId");
        problem(call("billing", HttpMethod.GET, "/api/v1/contacts/no-such-contact", null), HttpStatus.NOT_FOUND, null);
        assertThat(call("auditor", HttpMethod.POST, path, "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void plannedContactsAndEventsAreCountedByChannelStepTemplateAndType() throws Exception {
        String contactId = json.readTree(decide(example("LEDGER-5", "ledger-5-a", null, true)).getBody())
                .path("decisionId").asText();
        event(contactId, "PAID", "2026-12-22T08:00:00+08:00");
        assertThat(http.getForObject("/actuator/prometheus", String.class))
                .contains("dunning_contacts_planned_total{channel=\"WECHAT\",step=\"SECOND_REMINDER\",template=\"second-reminder.residential.gentle\"")
                .contains("dunning_contact_events_total{channel=\"WECHAT\",type=\"PAID\"");
    }

    /**
     * A month of one household, as {@code docs/examples/household-month.sh} shows it: the billing system lists only the
     * calls of its own call centre, the service plans every message and hears back what happened to it.
     */
    @Test
    void aHouseholdsMonthClimbsTheLadderWithinTheCapOutsideQuietHoursToAFieldVisitAfterThreeOpenedReminders()
            throws Exception {
        JsonNode preDue = month("2026-11-27T10:00:00+08:00", false);
        assertThat(planned(preDue)).isEqualTo("PRE_DUE_REMINDER WECHAT 2026-11-27T19:00:00+08:00");
        reported(preDue, "DELIVERED", "2026-11-27T19:00:04+08:00", "OPENED", "2026-11-27T19:12:00+08:00");
        assertThat(month("2026-11-27T12:00:00+08:00", false).at("/contact/suppressedBecause").asText())
                .startsWith("a contact is already planned: PRE_DUE_REMINDER by WECHAT");

        JsonNode first = month("2026-12-01T10:00:00+08:00", false);
        assertThat(planned(first)).isEqualTo("FIRST_REMINDER WECHAT 2026-12-01T19:00:00+08:00");
        reported(first, "DELIVERED", "2026-12-01T19:00:03+08:00", "OPENED", "2026-12-01T20:03:00+08:00");
        assertThat(month("2026-12-08T10:00:00+08:00", false).at("/escalation/action").asText()).isEqualTo("NONE");

        JsonNode capped = month("2026-12-15T22:30:00+08:00", true);
        assertThat(capped.at("/escalation/step").asText()).isEqualTo("SECOND_REMINDER");
        assertThat(capped.at("/contact/send").asBoolean()).isFalse();
        assertThat(capped.at("/contact/nextAllowedAt").asText()).isEqualTo("2026-12-17T10:00:00+08:00");
        JsonNode second = month("2026-12-17T22:40:00+08:00", true);
        assertThat(planned(second)).as("decided in quiet hours, sent in the next evening window")
                .isEqualTo("SECOND_REMINDER WECHAT 2026-12-18T19:00:00+08:00");
        reported(second, "DELIVERED", "2026-12-18T19:00:02+08:00", "OPENED", "2026-12-18T19:20:00+08:00");

        JsonNode demand = month("2026-12-30T10:00:00+08:00", true);
        assertThat(planned(demand)).isEqualTo("DEMAND_NOTICE FIELD_VISIT 2026-12-30T10:00:00+08:00");
        assertThat(demand.at("/contact/electronicCopy/channel").asText()).isEqualTo("WECHAT");
        assertThat(demand.at("/trace/matchedRows/2/rowId").asText()).isEqualTo("channel-visit-written-notice");
        reported(demand, "DELIVERED", "2026-12-30T15:10:00+08:00", "PAID", "2027-01-02T09:00:00+08:00");

        JsonNode contacts = body(call("billing", HttpMethod.GET, "/api/v1/contacts?accountId=MONTH-1", null), HttpStatus.OK);
        assertThat(contacts.findValuesAsText("step"))
                .containsExactly("DEMAND_NOTICE", "SECOND_REMINDER", "FIRST_REMINDER", "PRE_DUE_REMINDER");
        assertThat(contacts.get(0).path("events").findValuesAsText("type")).containsExactly("DELIVERED", "PAID");
    }

    /** The README household as account MONTH-1 at {@code asOf}, with the call centre's three calls or none. */
    private JsonNode month(String asOf, boolean withCalls) throws Exception {
        ObjectNode request = (ObjectNode) json.readTree(example("MONTH-1", "month-1-" + asOf, asOf, false));
        var history = request.putArray("contactHistory");
        if (withCalls) {
            for (String day : new String[] {"10", "12", "14"}) {
                history.addObject().put("at", "2026-12-" + day + "T10:00:00+08:00").put("channel", "PHONE")
                        .put("step", "FIRST_REMINDER").put("delivered", true);
            }
        }
        return body(decide(json.writeValueAsString(request)), HttpStatus.CREATED);
    }

    private static String planned(JsonNode decision) {
        assertThat(decision.at("/contact/send").asBoolean()).as(decision.at("/contact").toString()).isTrue();
        return decision.at("/escalation/step").asText() + " " + decision.at("/contact/channel").asText() + " "
                + decision.at("/contact/sendAt").asText();
    }

    private void reported(JsonNode decision, String type, String at, String laterType, String laterAt) {
        String contactId = decision.path("decisionId").asText();
        assertThat(event(contactId, type, at).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(event(contactId, laterType, laterAt).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** The README example for {@code account} as {@code requestId}, at {@code asOf} (or its own), with or without its contact history. */
    private String example(String account, String requestId, String asOf, boolean withHistory) throws Exception {
        ObjectNode request = (ObjectNode) json.readTree(Examples.heatingBeijing().replace("BJ-0001", account));
        request.put("requestId", requestId);
        if (asOf != null) {
            request.put("asOf", asOf);
        }
        if (!withHistory) {
            request.remove("contactHistory");
        }
        return json.writeValueAsString(request);
    }

    private ResponseEntity<String> decide(String request) {
        return new DecisionCalls(http).post("billing", request);
    }

    private ResponseEntity<String> event(String contactId, String type, String at) {
        return call("billing", HttpMethod.POST, "/api/v1/contacts/" + contactId + "/events",
                "{\"type\":\"" + type + "\",\"at\":\"" + at + "\"}");
    }

    private ResponseEntity<String> call(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user + "-demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode body(ResponseEntity<String> response, HttpStatus status) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        return json.readTree(response.getBody());
    }

    private void problem(ResponseEntity<String> response, HttpStatus status, String field) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        if (field != null) {
            assertThat(json.readTree(response.getBody()).path("errors").findValuesAsText("field")).containsExactly(field);
        }
    }
}
