package dev.dunning.service.rulesets;

import dev.dunning.rules.pack.PolicyPack;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads the policy files of a multipart upload: each {@code files} part under its file name, which is its path in the
 * pack ({@code curl -F "files=@ladder.dmn;filename=escalation/escalation-ladder.dmn"}), or a {@code bundle} zip whose
 * entries are the paths (a single top folder holding {@code pack.yaml} is dropped).
 */
final class UploadedFiles {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");
    private static final int MAX_ENTRIES = 500;

    private UploadedFiles() {
    }

    static Map<String, String> fromParts(List<MultipartFile> parts) {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < parts.size(); i++) {
            String field = "files[" + i + "]";
            String path = checkedPath(field, parts.get(i).getOriginalFilename());
            try {
                files.put(path, new String(parts.get(i).getBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InvalidUpload(field, "could not be read: " + e.getMessage());
            }
        }
        return files;
    }

    static Map<String, String> fromZip(MultipartFile bundle) {
        Map<String, String> entries = new TreeMap<>();
        try (InputStream in = bundle.getInputStream(); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entries.size() < MAX_ENTRIES) {
                    entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
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
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            throw new InvalidUpload(field, "needs a relative path in the pack as its file name, such as"
                    + " escalation/escalation-ladder.dmn; got " + path);
        }
        if (!PolicyPack.isPolicyFile(Path.of(path))) {
            throw new InvalidUpload(field, path + " is not a policy file (.drl, .dmn or .yaml)");
        }
        return path;
    }
}
