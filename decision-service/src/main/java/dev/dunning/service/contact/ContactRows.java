package dev.dunning.service.contact;

import dev.dunning.rules.decision.Contact;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.RiskBand;
import dev.dunning.rules.request.Channel;
import dev.dunning.rules.request.EscalationStep;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger's tables. Times are read back in the offset the contact was planned in ({@code zone_offset}), since
 * PostgreSQL keeps only the instant of a {@code TIMESTAMP WITH TIME ZONE}.
 */
@Component
class ContactRows {
    private static final String INSERT = "INSERT INTO contact (contact_id, account_id, step, channel, template_id, "
            + "send_at, zone_offset, send_hour, copy_channel, copy_send_at, risk_band, rule_set_version, model_version, "
            + "decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT contact_id, account_id, step, channel, template_id, send_at, "
            + "zone_offset, send_hour, copy_channel, copy_send_at, risk_band, rule_set_version, model_version, decided_at "
            + "FROM contact ";
    private static final String EVENTS = "SELECT e.contact_id, e.type, e.occurred_at, e.recorded_at, e.recorded_by, "
            + "c.zone_offset FROM contact_event e JOIN contact c ON c.contact_id = e.contact_id ";
    private final JdbcTemplate jdbc;

    ContactRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One row for each decision, in the current transaction. */
    void insert(List<Decision> planned) {
        jdbc.batchUpdate(INSERT, planned, planned.size(), ContactRows::write);
    }

    /** The contact with its events; {@code locked} holds its row until the transaction ends. */
    Optional<ContactView> find(String contactId, boolean locked) {
        List<ContactView> found = jdbc.query(SELECT + "WHERE contact_id = ?" + (locked ? " FOR UPDATE" : ""),
                (rs, n) -> read(rs), contactId);
        return found.stream().findFirst()
                .map(contact -> contact.with(events("WHERE e.contact_id = ?", contactId).getOrDefault(contactId, List.of())));
    }

    /** The account's contacts with their events, newest first. */
    List<ContactView> byAccount(String accountId) {
        List<ContactView> contacts = jdbc.query(SELECT + "WHERE account_id = ? ORDER BY send_at DESC, contact_id DESC",
                (rs, n) -> read(rs), accountId);
        if (contacts.isEmpty()) {
            return contacts;
        }
        Map<String, List<ContactEventView>> events = events("WHERE c.account_id = ?", accountId);
        return contacts.stream().map(c -> c.with(events.getOrDefault(c.contactId(), List.of()))).toList();
    }

    void insertEvent(String contactId, ContactEventType type, OffsetDateTime at, Instant recordedAt, String recordedBy) {
        jdbc.update("INSERT INTO contact_event (contact_id, type, occurred_at, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)",
                contactId, type.name(), at.truncatedTo(ChronoUnit.MICROS),
                recordedAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), recordedBy);
    }

    private Map<String, List<ContactEventView>> events(String where, String key) {
        record Row(String contactId, ContactEventView event) {
        }
        return jdbc.query(EVENTS + where + " ORDER BY e.occurred_at, e.type", (rs, n) -> {
            ZoneOffset offset = ZoneOffset.of(rs.getString("zone_offset"));
            return new Row(rs.getString("contact_id"), new ContactEventView(ContactEventType.valueOf(rs.getString("type")),
                    time(rs, "occurred_at", offset), time(rs, "recorded_at", offset), rs.getString("recorded_by")));
        }, key).stream().collect(Collectors.groupingBy(Row::contactId,
                Collectors.mapping(Row::event, Collectors.toList())));
    }

    private static void write(PreparedStatement ps, Decision decision) throws SQLException {
        Contact contact = decision.contact();
        OffsetDateTime sendAt = contact.sendAt().truncatedTo(ChronoUnit.MICROS);
        ps.setString(1, decision.decisionId());
        ps.setString(2, decision.accountId());
        ps.setString(3, decision.escalation().step().name());
        ps.setString(4, contact.channel().name());
        ps.setString(5, contact.templateId());
        ps.setObject(6, sendAt);
        ps.setString(7, sendAt.getOffset().getId());
        ps.setInt(8, sendAt.getHour());
        ps.setString(9, contact.electronicCopy() == null ? null : contact.electronicCopy().channel().name());
        ps.setObject(10, contact.electronicCopy() == null ? null
                : contact.electronicCopy().sendAt().truncatedTo(ChronoUnit.MICROS));
        ps.setString(11, decision.risk() == null || decision.risk().band() == null ? null : decision.risk().band().name());
        ps.setString(12, decision.ruleSet().version());
        ps.setString(13, decision.model() == null ? null : decision.model().version());
        ps.setObject(14, decision.asOf().truncatedTo(ChronoUnit.MICROS));
    }

    private static ContactView read(ResultSet rs) throws SQLException {
        ZoneOffset offset = ZoneOffset.of(rs.getString("zone_offset"));
        String copyChannel = rs.getString("copy_channel");
        String band = rs.getString("risk_band");
        return new ContactView(rs.getString("contact_id"), rs.getString("account_id"),
                EscalationStep.valueOf(rs.getString("step")), Channel.valueOf(rs.getString("channel")),
                rs.getString("template_id"), time(rs, "send_at", offset), rs.getInt("send_hour"),
                copyChannel == null ? null : new Contact.ElectronicCopy(Channel.valueOf(copyChannel),
                        time(rs, "copy_send_at", offset)),
                band == null ? null : RiskBand.valueOf(band), rs.getString("rule_set_version"),
                rs.getString("model_version"), time(rs, "decided_at", offset), List.of());
    }

    private static OffsetDateTime time(ResultSet rs, String column, ZoneOffset offset) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(offset);
    }
}
