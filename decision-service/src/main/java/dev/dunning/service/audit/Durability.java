package dev.dunning.service.audit;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Makes a committed group durable. PostgreSQL syncs its write-ahead log on commit; H2 writes its store some time
 * after a commit unless told to, so on H2 each group ends with {@code CHECKPOINT SYNC} (written and synced to disk).
 */
@Component
class Durability {
    private final JdbcTemplate jdbc;
    private final boolean h2;

    Durability(JdbcTemplate jdbc, DataSource dataSource) throws Exception {
        this.jdbc = jdbc;
        this.h2 = "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    void sync() {
        if (h2) {
            jdbc.execute("CHECKPOINT SYNC");
        }
    }
}
