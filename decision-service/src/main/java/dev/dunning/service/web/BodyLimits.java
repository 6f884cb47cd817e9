package dev.dunning.service.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the service reads ({@code dunning.limits}); a larger one is answered 413 before it is read
 * whole.
 *
 * @param jsonBody        a JSON body: the largest request the field bounds allow is under 1 MB
 * @param batchBody       the JSON array of {@code POST /api/v1/decisions/batch} (1,000 requests of a few KB each)
 * @param policyUpload    a multipart upload of policy files or a bundle (the default pack is 0.4 MB)
 * @param portfolioUpload a portfolio CSV for a batch job or a simulation (about 2 KB an account: 500,000 accounts)
 */
@ConfigurationProperties("dunning.limits")
public record BodyLimits(@DefaultValue("2MB") DataSize jsonBody, @DefaultValue("16MB") DataSize batchBody,
                         @DefaultValue("5MB") DataSize policyUpload, @DefaultValue("1GB") DataSize portfolioUpload) {

    /** The limit of a request to {@code path}, and the property that sets it. */
    Limit of(String path, boolean multipart) {
        if (path.startsWith("/api/v1/rulesets") && multipart) {
            return new Limit("dunning.limits.policy-upload", policyUpload);
        }
        if (path.equals("/api/v1/batch/jobs") || path.equals("/api/v1/simulations")) {
            return multipart();
        }
        if (path.equals("/api/v1/decisions/batch")) {
            return new Limit("dunning.limits.batch-body", batchBody);
        }
        return new Limit("dunning.limits.json-body", jsonBody);
    }

    /** The largest multipart body the server parses: a portfolio upload. */
    Limit multipart() {
        return new Limit("dunning.limits.portfolio-upload", portfolioUpload);
    }

    /** A limit on the bytes of a body, named by its property. */
    public record Limit(String property, DataSize size) {
        public long bytes() {
            return size.toBytes();
        }

        /** The size in the largest whole unit: {@code 2MB}, {@code 1GB}, {@code 1500KB}. */
        public String readable() {
            long bytes = bytes();
            for (String unit : new String[] {"GB", "MB", "KB"}) {
                long factor = DataSize.parse("1" + unit).toBytes();
                if (bytes % factor == 0) {
                    return bytes / factor + unit;
                }
            }
            return bytes + "B";
        }
    }
}
