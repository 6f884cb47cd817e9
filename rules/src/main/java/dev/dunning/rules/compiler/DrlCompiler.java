package dev.dunning.rules.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Builds the DRL files of a rule set into a KieBase with the executable model, inside the sandbox: the parsed files
 * are checked against the policy profile before anything is built ({@link DrlProfile}), and the generated code
 * before it is loaded ({@link BytecodeGate}). Executable-model errors in generated Java carry no DRL position, so on failure the classic
 * build is run once more to locate them on DRL lines.
 */
final class DrlCompiler {
    /** Files go under the profile's namespace, so that a file's folder matches its package (policy.heating). */
    private static final String RESOURCES = "src/main/resources/" + DrlProfile.NAMESPACE + "/";
    private final KieServices kie = KieServices.Factory.get();
    private final DrlProfile profile = new DrlProfile();
    private final BytecodeGate bytecodeGate = new BytecodeGate();

    record Outcome(KieBase kieBase, List<CompileProblem> problems) {
    }

    /** The policy profile's findings on the files, and where each rule is written. */
    DrlProfile.Outcome profile(Map<String, String> drlFiles) {
        return profile.check(drlFiles);
    }

    /** Builds files that passed the profile ({@code profiled}: their profile outcome, without problems). */
    Outcome compile(String hash, Map<String, String> drlFiles, DrlProfile.Outcome profiled) {
        if (!profiled.problems().isEmpty()) {
            return new Outcome(null, profiled.problems());
        }
        ReleaseId releaseId = kie.newReleaseId("dev.dunning.rulesets", "ruleset-" + hash, "1.0.0");
        List<CompileProblem> problems;
        try {
            KieBuilder builder = kie.newKieBuilder(fileSystem(releaseId, drlFiles)).buildAll(ExecutableModelProject.class);
            problems = new ArrayList<>(problems(builder));
            if (problems.stream().noneMatch(CompileProblem::isError)) {
                problems.addAll(sandboxed(builder, profiled.rules()));
            }
        } catch (RuntimeException e) {
            problems = List.of(CompileProblem.error("", 0, 0, "The executable model could not be built: " + e.getMessage()));
        }
        if (problems.stream().anyMatch(CompileProblem::isError)) {
            kie.getRepository().removeKieModule(releaseId);
            return new Outcome(null, locatedOnDrlLines(releaseId, drlFiles, problems));
        }
        return new Outcome(kie.newKieContainer(releaseId).getKieBase(), problems);
    }

    /** Every reference of the generated code outside the sandbox, located on its rule where the rule is known. */
    private List<CompileProblem> sandboxed(KieBuilder builder, Map<String, DrlProfile.RuleLocation> rules) {
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> classes = new TreeMap<>();
        module.getFileNames().stream().filter(name -> name.endsWith(".class"))
                .forEach(name -> classes.put(name, module.getBytes(name)));
        return bytecodeGate.check(classes).stream().map(violation -> {
            var at = violation.rule() == null ? null : rules.get(violation.rule());
            String rule = violation.rule() == null ? "A rule" : "Rule \"" + violation.rule().substring(
                    violation.rule().lastIndexOf('.') + 1) + "\"";
            return CompileProblem.error(at == null ? "" : at.file(), at == null ? 0 : at.line(), 0, "Sandbox: " + rule
                    + " uses " + violation.reference() + ", which is outside the rule vocabulary (generated code)");
        }).toList();
    }

    private List<CompileProblem> locatedOnDrlLines(ReleaseId releaseId, Map<String, String> drlFiles,
                                                   List<CompileProblem> executableModelProblems) {
        if (executableModelProblems.stream().allMatch(p -> !p.isError() || located(p))) {
            return executableModelProblems;
        }
        try {
            List<CompileProblem> classic = problems(kie.newKieBuilder(fileSystem(releaseId, drlFiles)).buildAll());
            return classic.stream().anyMatch(CompileProblem::isError) ? classic : executableModelProblems;
        } catch (RuntimeException e) {
            return executableModelProblems;
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    private static boolean located(CompileProblem problem) {
        return problem.file().endsWith(".drl") && problem.line() > 0;
    }

    private KieFileSystem fileSystem(ReleaseId releaseId, Map<String, String> drlFiles) {
        KieFileSystem files = kie.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        drlFiles.forEach((path, content) -> files.write(RESOURCES + path, content));
        return files;
    }

    private static List<CompileProblem> problems(KieBuilder builder) {
        List<CompileProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING)) {
            String file = message.getPath() == null ? "" : message.getPath().replace(RESOURCES, "");
            problems.add(message.getLevel() == Message.Level.ERROR
                    ? CompileProblem.error(file, message.getLine(), message.getColumn(), message.getText())
                    : CompileProblem.warning(file, message.getLine(), message.getColumn(), message.getText()));
        }
        return problems;
    }
}
