package dev.dunning.service.rulesets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a policy upload ({@code dunning.limits}), counted while the parts and zip entries are read: a zip's
 * declared sizes are not trusted. The default pack has 55 files, 0.4 MB in all, the largest 40 KB.
 *
 * @param policyUpload       the parts of one upload together, as sent (a zip compressed)
 * @param policyFiles        files in one upload (parts, or zip entries including folders)
 * @param policyFileSize     one file, unpacked
 * @param policyUnpackedSize all files of one upload together, unpacked
 */
@ConfigurationProperties("dunning.limits")
public record PolicyUploadLimits(@DefaultValue("5MB") DataSize policyUpload, @DefaultValue("500") int policyFiles,
                                 @DefaultValue("1MB") DataSize policyFileSize,
                                 @DefaultValue("16MB") DataSize policyUnpackedSize) {
}
