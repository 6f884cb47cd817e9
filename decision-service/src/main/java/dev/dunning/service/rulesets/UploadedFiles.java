package dev.dunning.service.rulesets;

import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.rules.scenarios.VerificationLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the policy files of a multipart upload: each {@code files} part under its file name, which is its path in the
 * pack ({@code curl -F "files=@ladder.dmn;filename=escalation/escalation-ladder.dmn"}), or a {@code bundle} zip whose
 * entries are the paths (a single top folder holding {@code pack.yaml} is dropped). The upload as sent is bounded by
 * {@link PolicyUploadLimits}; its files, counted while they are read, by the rule set's own size limits
 * ({@link VerificationLimits}), so a zip bomb stops at the first limit it reaches, whatever its entries declare.
 */
final class UploadedFiles {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");
    private static final int MAX_PATH_LENGTH = 200;
    private static final String MAX_FILES = "dunning.rules.limits.verification.max-files";
    private static final String MAX_FILE_SIZE = "dunning.rules.limits.verification.max-file-size";
    private static final String MAX_TOTAL_SIZE = "dunning.rules.limits.verification.max-total-size";
    private final DataSize upload;
    private final VerificationLimits limits;

    UploadedFiles(PolicyUploadLimits upload, VerificationLimits limits) {
        this.upload = upload.policyUpload();
        this.limits = limits;
    }

    Map<String, String> fromParts(List<MultipartFile> parts) {
        if (parts.size() > limits.maxFiles()) {
            throw tooMany("files", parts.size() + " parts");
        }
        Map<String, String> files = new TreeMap<>();
        long total = 0;
        for (int i = 0; i < parts.size(); i++) {
            String field = "files[" + i + "]";
            String path = checkedPath(field, parts.get(i).getOriginalFilename());
            long size = parts.get(i).getSize();
            checkFileSize(field, path, size);
            total += size;
            checkTotal(field, total, upload, "dunning.limits.policy-upload");
            try {
                files.put(path, new String(parts.get(i).getBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InvalidUpload(field, "could not be read: " + e.getMessage());
            }
        }
        return files;
    }

    Map<String, String> fromZip(MultipartFile bundle) {
        checkTotal("bundle", bundle.getSize(), upload, "dunning.limits.policy-upload");
        Map<String, String> entries = new TreeMap<>();
        try (InputStream in = bundle.getInputStream(); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            int count = 0;
            long total = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > limits.maxFiles()) {
                    throw tooMany("bundle", "more than " + limits.maxFiles() + " entries");
                }
                if (!entry.isDirectory()) {
                    byte[] content = readAtMost(zip, entry.getName());
                    total += content.length;
                    checkTotal("bundle", total, DataSize.ofBytes(limits.maxTotalSize()), MAX_TOTAL_SIZE);
                    entries.put(entry.getName(), new String(content, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new InvalidUpload("bundle", "is not a readable zip file: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw new InvalidUpload("bundle", "holds no files");
        }
        String prefix = topFolderHoldingManifest(entries);
        Map<String, String> files = new TreeMap<>();
        entries.forEach((name, content) -> files.put(checkedPath("bundle", name.substring(prefix.length())), content));
        return files;
    }

    /** The bytes of the current entry, refused as soon as they pass the size of one file. */
    private byte[] readAtMost(ZipInputStream zip, String name) throws IOException {
        long max = limits.maxFileSize();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
            content.write(buffer, 0, n);
            if (content.size() > max) {
                checkFileSize("bundle", shortened(name), content.size());
            }
        }
        return content.toByteArray();
    }

    private void checkFileSize(String field, String path, long size) {
        DataSize max = DataSize.ofBytes(limits.maxFileSize());
        if (size > max.toBytes()) {
            throw new UploadTooLarge(field, MAX_FILE_SIZE, max.toBytes(),
                    path + " is larger than " + readable(max) + " unpacked (" + MAX_FILE_SIZE + ")");
        }
    }

    private static void checkTotal(String field, long total, DataSize max, String property) {
        if (total > max.toBytes()) {
            throw new UploadTooLarge(field, property, max.toBytes(), "the upload is larger than " + readable(max)
                    + (property.equals(MAX_TOTAL_SIZE) ? " unpacked" : "") + " (" + property + ")");
        }
    }

    private UploadTooLarge tooMany(String field, String found) {
        return new UploadTooLarge(field, MAX_FILES, limits.maxFiles(), found
                + ": at most " + limits.maxFiles() + " files are accepted in one upload (" + MAX_FILES + ")");
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB"
                : bytes % 1024 == 0 ? bytes / 1024 + "KB" : bytes + " bytes";
    }

    private static String shortened(String name) {
        return name.length() <= MAX_PATH_LENGTH ? name : name.substring(0, MAX_PATH_LENGTH) + "...";
    }

    private static String topFolderHoldingManifest(Map<String, String> entries) {
        String first = entries.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0 || entries.containsKey(PolicyPack.MANIFEST)) {
            return "";
        }
        String prefix = first.substring(0, slash + 1);
        boolean all = entries.keySet().stream().allMatch(n -> n.startsWith(prefix));
        return all && entries.containsKey(prefix + PolicyPack.MANIFEST) ? prefix : "";
    }

    private static String checkedPath(String field, String path) {
        if (path == null || path.length() > MAX_PATH_LENGTH || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            throw new InvalidUpload(field, "needs a relative path in the pack of at most " + MAX_PATH_LENGTH
                    + " characters as its file name, such as escalation/escalation-ladder.dmn; got "
                    + (path == null ? null : shortened(path)));
        }
        if (!PolicyPack.isPolicyFile(Path.of(path))) {
            throw new InvalidUpload(field, path + " is not a policy file (.drl, .dmn or .yaml)");
        }
        return path;
    }
}
