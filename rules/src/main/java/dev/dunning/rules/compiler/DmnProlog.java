package dev.dunning.rules.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on the raw text of a DMN file, before and independently of any XML parser: no DOCTYPE, DTD or entity
 * declaration (an entity can rewrite the model after it was checked, and KIE's reader expands internal ones), no
 * processing instruction but the XML declaration at the very start, and no declared encoding but UTF-8 (every rule
 * file is decoded as UTF-8 before any reader sees it, so another name is a file read wrongly, or a reader that honours
 * it would see a different document than this gate).
 */
final class DmnProlog {
    private static final Pattern ENCODING = Pattern.compile("\\bencoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final int MAX_REPORTED = 10;

    private DmnProlog() {
    }

    static List<CompileProblem> check(String path, String content) {
        List<CompileProblem> problems = new ArrayList<>();
        int start = content.startsWith("\uFEFF") ? 1 : 0;
        int declarationEnd = declaration(path, content, start, problems);
        declarations(path, content, problems);
        instructions(path, content, declarationEnd, problems);
        return problems;
    }

    private static int declaration(String path, String content, int start, List<CompileProblem> problems) {
        if (!content.startsWith("<?xml", start) || content.length() <= start + 5
                || !Character.isWhitespace(content.charAt(start + 5))) {
            return start;
        }
        int end = content.indexOf("?>", start);
        if (end < 0) {
            return start;
        }
        Matcher encoding = ENCODING.matcher(content.substring(start, end));
        if (encoding.find() && !encoding.group(1).toUpperCase(Locale.ROOT).matches("UTF-?8")) {
            problems.add(refuse(path, content, start, "the XML declaration names encoding \"" + encoding.group(1)
                    + "\", but rule files are read as UTF-8: declare encoding=\"UTF-8\" or none"));
        }
        return end + 2;
    }

    private static void declarations(String path, String content, List<CompileProblem> problems) {
        for (int at = content.indexOf("<!"); at >= 0 && problems.size() < MAX_REPORTED; at = content.indexOf("<!", at + 2)) {
            if (content.startsWith("<!--", at) || content.startsWith("<![CDATA[", at)) {
                continue;
            }
            problems.add(refuse(path, content, at, "DOCTYPE, DTD and entity declarations (here \"" + word(content, at)
                    + "\") are not allowed in DMN files: an entity can change the model after it was checked,"
                    + " read files or expand without bound"));
        }
    }

    private static void instructions(String path, String content, int from, List<CompileProblem> problems) {
        for (int at = content.indexOf("<?", from); at >= 0 && problems.size() < MAX_REPORTED; at = content.indexOf("<?", at + 2)) {
            problems.add(refuse(path, content, at, "processing instructions (here \"" + word(content, at)
                    + "\") are not allowed in DMN files; only the XML declaration, at the very start"));
        }
    }

    private static String word(String content, int at) {
        int end = at + 2;
        while (end < content.length() && end < at + 40 && !Character.isWhitespace(content.charAt(end))
                && content.charAt(end) != '>' && content.charAt(end) != '[') {
            end++;
        }
        return content.substring(at, end);
    }

    private static CompileProblem refuse(String path, String content, int offset, String what) {
        int line = 1;
        int lineStart = 0;
        for (int i = content.indexOf('\n'); i >= 0 && i < offset; i = content.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return CompileProblem.error(path, line, offset - lineStart + 1, "Sandbox: " + what);
    }
}
