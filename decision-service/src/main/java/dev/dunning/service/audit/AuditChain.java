package dev.dunning.service.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log's table. Appending locks the chain's head row, so that writers (threads here or other instances on the
 * same database) append one after the other, and stamps each entry with the time it is appended.
 */
@Component
class AuditChain {
    static final String COLUMNS = "seq, kind, recorded_at, actor, subject, request_id, request_fingerprint, account_id, as_of, "
            + "step, channel, rule_set_version, rule_set_hash, model_version, fired_rules, content, content_hash, "
            + "previous_hash, entry_hash";
    private static final String INSERT = "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final RowMapper<ChainedEntry> ROWS = (rs, n) -> read(rs);
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditChain(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The last entry's seq and hash, locked until the current transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Head lockHead() {
        return jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    /** The last entry's seq and hash, as committed. */
    Head head() {
        return jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    /** Appends {@code entries} in order, in the current transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ChainedEntry> append(List<LogEntry> entries) {
        return appendAfter(lockHead(), entries);
    }

    private List<ChainedEntry> appendAfter(Head last, List<LogEntry> entries) {
        Head head = last;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<ChainedEntry> chained = new ArrayList<>(entries.size());
        for (LogEntry entry : entries) {
            ChainedEntry link = ChainedEntry.link(head.seq() + 1, entry.at(now), head.hash());
            chained.add(link);
            head = new Head(link.seq(), link.entryHash());
        }
        jdbc.batchUpdate(INSERT, chained, chained.size(), AuditChain::write);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", head.seq(), head.hash());
        return chained;
    }

    /**
     * Appends {@code entries} in order, in the current transaction, except decisions whose request id is already in
     * the log (or earlier in {@code entries}): those are answered with the entry already there.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Appended> appendOnce(List<LogEntry> entries) {
        Head head = lockHead();
        Map<String, ChainedEntry> logged = new HashMap<>();
        byRequestIds(entries.stream().map(AuditChain::requestId).filter(Objects::nonNull).toList())
                .forEach(e -> logged.put(requestId(e.entry()), e));
        Set<String> taken = new HashSet<>(logged.keySet());
        Iterator<ChainedEntry> appended = appendAfter(head, entries.stream()
                .filter(e -> requestId(e) == null || taken.add(requestId(e))).toList()).iterator();
        List<Appended> results = new ArrayList<>(entries.size());
        for (LogEntry entry : entries) {
            String id = requestId(entry);
            if (id != null && logged.containsKey(id)) {
                results.add(new Appended(logged.get(id), true));
            } else {
                ChainedEntry next = appended.next();
                results.add(new Appended(next, false));
                if (id != null) {
                    logged.put(id, next);
                }
            }
        }
        return results;
    }

    private static String requestId(LogEntry entry) {
        return entry.facts().requestId();
    }

    Optional<ChainedEntry> bySubject(EntryKind kind, String subject) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE kind = ? AND subject = ?", ROWS, kind.name(), subject)
                .stream().findFirst();
    }

    /**
     * The entries logged for {@code requestIds}. The list of ids is padded to a power of two (repeating the last), so
     * that a few statement texts serve any group: each is parsed and planned once, and every plan uses the index.
     */
    List<ChainedEntry> byRequestIds(Collection<String> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(requestIds);
        int padded = Integer.highestOneBit(ids.size() - 1) << 1;
        while (ids.size() < Math.max(padded, 1)) {
            ids.add(ids.getLast());
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE request_id IN (" + marks + ")", ROWS,
                ids.toArray());
    }

    /** Up to {@code limit} entries after {@code afterSeq}, in chain order. */
    List<ChainedEntry> after(long afterSeq, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_entry WHERE seq > ? ORDER BY seq FETCH FIRST " + limit + " ROWS ONLY",
                ROWS, afterSeq);
    }

    record Head(long seq, String hash) {
    }

    private static void write(PreparedStatement ps, ChainedEntry c) throws SQLException {
        LogEntry e = c.entry();
        LogEntry.Facts d = e.facts();
        ps.setLong(1, c.seq());
        ps.setString(2, e.kind().name());
        ps.setObject(3, utc(e.recordedAt()));
        ps.setString(4, e.actor());
        ps.setString(5, e.subject());
        ps.setString(6, d.requestId());
        ps.setString(7, d.requestFingerprint());
        ps.setString(8, d.accountId());
        ps.setObject(9, utc(d.asOf()));
        ps.setString(10, d.step());
        ps.setString(11, d.channel());
        ps.setString(12, d.ruleSetVersion());
        ps.setString(13, d.ruleSetHash());
        ps.setString(14, d.modelVersion());
        ps.setString(15, d.firedRules());
        ps.setString(16, e.content());
        ps.setString(17, c.contentHash());
        ps.setString(18, c.previousHash());
        ps.setString(19, c.entryHash());
    }

    private static ChainedEntry read(ResultSet rs) throws SQLException {
        var decision = new LogEntry.Facts(rs.getString("request_id"), rs.getString("request_fingerprint"),
                rs.getString("account_id"), instant(rs, "as_of"), rs.getString("step"), rs.getString("channel"),
                rs.getString("rule_set_version"), rs.getString("rule_set_hash"), rs.getString("model_version"),
                rs.getString("fired_rules"));
        var entry = new LogEntry(EntryKind.valueOf(rs.getString("kind")), instant(rs, "recorded_at"), rs.getString("actor"),
                rs.getString("subject"), decision, rs.getString("content"));
        return new ChainedEntry(rs.getLong("seq"), entry, rs.getString("content_hash"), rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
