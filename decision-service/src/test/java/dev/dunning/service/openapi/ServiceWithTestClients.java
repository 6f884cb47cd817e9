package dev.dunning.service.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service on a random port with its embedded defaults, an in-memory database, and two clients of its own (not
 * the demo ones): a person with HTTP Basic and a system with an API key, both ADMIN. The OpenAPI tests share it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:openapi-test;DB_CLOSE_DELAY=-1",
        "dunning.security.users[0].name=" + ServiceWithTestClients.USER,
        "dunning.security.users[0].password={noop}" + ServiceWithTestClients.PASSWORD,
        "dunning.security.users[0].roles[0]=ADMIN",
        "dunning.security.api-keys[0].name=openapi-test-system",
        "dunning.security.api-keys[0].sha256=" + ServiceWithTestClients.KEY_SHA256,
        "dunning.security.api-keys[0].roles[0]=ADMIN"})
@interface ServiceWithTestClients {
    String USER = "openapi-test-admin";
    String PASSWORD = "openapi-test-password";
    String KEY = "openapi-test-key";
    /** SHA-256 of {@link #KEY}. */
    String KEY_SHA256 = "1911c4ec5e02c2a200a878079ae501c895acdd200adc03442a930a374821fffb";
}
