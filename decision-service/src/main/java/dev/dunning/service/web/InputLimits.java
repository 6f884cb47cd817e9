package dev.dunning.service.web;

import com.fasterxml.jackson.core.StreamReadConstraints;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** What any JSON the service reads may hold, and the server's multipart limits, from {@link BodyLimits}. */
@Configuration(proxyBeanMethods = false)
class InputLimits {
    /**
     * Numbers of at most 100 characters (money needs 17), nesting at most 64 deep (requests need 6), names of at most
     * 1,000 characters. Strings and documents are bounded by the body limits; the decision log reads back what it
     * wrote with the same mapper, so these bounds stay well above anything the service writes.
     */
    static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder()
            .maxNumberLength(100)
            .maxNestingDepth(64)
            .maxNameLength(1_000)
            .maxStringLength(4_000_000)
            .build();

    @Bean
    Jackson2ObjectMapperBuilderCustomizer readConstraints() {
        return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(READ_CONSTRAINTS));
    }

    /** The server parses a multipart body up to the largest upload (a portfolio); policy uploads are checked by part. */
    @Bean
    MultipartConfigElement multipartConfigElement(BodyLimits limits) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(limits.portfolioUpload());
        factory.setMaxRequestSize(limits.portfolioUpload());
        factory.setFileSizeThreshold(DataSize.ofBytes(0));
        return factory.createMultipartConfig();
    }
}
