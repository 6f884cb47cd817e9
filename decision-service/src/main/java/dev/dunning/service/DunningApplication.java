package dev.dunning.service;

import java.time.Clock;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The dunning decision service: decides, for each account that owes money, what is owed and what happens next. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DunningApplication {
    public static void main(String[] args) {
        SpringApplication.run(DunningApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
