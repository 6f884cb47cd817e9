package dev.dunning.service.audit;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds entries of the log: a page at a time for reading, or all of them in chain order for an export. */
@Component
class AuditSearch {
    private static final int CHUNK = 500;
    private final JdbcTemplate jdbc;

    AuditSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AuditPage page(AuditQuery query) {
        AuditQuery.Where where = query.where();
        int size = query.sizeOrDefault();
        List<AuditEntryView> entries = jdbc.query("SELECT " + AuditChain.COLUMNS + " FROM audit_entry WHERE " + where.sql()
                        + " ORDER BY seq DESC OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", AuditChain.ROWS,
                where.argsWith((long) query.pageOrFirst() * size, size)).stream().map(AuditEntryView::of).toList();
        Long total = jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE " + where.sql(), Long.class,
                where.args().toArray());
        return new AuditPage(entries, query.pageOrFirst(), size, total == null ? 0 : total);
    }

    /** Hands every matching entry to {@code each}, oldest first, a chunk at a time (constant memory). */
    void forEach(AuditQuery query, Consumer<ChainedEntry> each) {
        AuditQuery.Where where = query.where();
        long after = 0;
        while (true) {
            List<ChainedEntry> chunk = jdbc.query("SELECT " + AuditChain.COLUMNS + " FROM audit_entry WHERE " + where.sql()
                    + " AND seq > ? ORDER BY seq FETCH FIRST " + CHUNK + " ROWS ONLY", AuditChain.ROWS, where.argsWith(after));
            chunk.forEach(each);
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.getLast().seq();
        }
    }
}
