package dev.dunning.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where the PostgreSQL of {@link #URL} answers, and says so when it is skipped. In CI
 * ({@code CI=true}) the test always runs, so a missing database fails the build instead of hiding the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {
    String URL = System.getenv().getOrDefault("DUNNING_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    String USER = System.getenv().getOrDefault("DUNNING_TEST_PG_USER", "postgres");

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests always run in CI");
            }
            DriverManager.setLoginTimeout(3);
            try (var connection = DriverManager.getConnection(URL, USER, "")) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
            } catch (SQLException e) {
                String reason = "SKIPPED " + context.getDisplayName() + ": PostgreSQL is not reachable at " + URL + " as "
                        + USER + " (" + e.getMessage() + "). Start PostgreSQL or set DUNNING_TEST_PG_URL to run it.";
                System.err.println(reason);
                return ConditionEvaluationResult.disabled(reason);
            }
        }
    }
}
