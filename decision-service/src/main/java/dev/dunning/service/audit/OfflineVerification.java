package dev.dunning.service.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Walks the chain straight from the database, without the service: for a verifier that trusts nothing running. */
public final class OfflineVerification {
    private OfflineVerification() {
    }

    public static ChainVerification of(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        CanonicalJson json = new CanonicalJson(new ObjectMapper().findAndRegisterModules());
        return new ChainVerifier(new AuditChain(jdbc, Clock.systemUTC()), jdbc, json).verify();
    }
}
