package dev.dunning.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Module boundaries: the rule engine, models and datasets stay free of Spring and of the service. */
@AnalyzeClasses(packages = "dev.dunning", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule rulesModelsAndDatasetsDoNotUseSpring = noClasses()
            .that().resideInAnyPackage("dev.dunning.rules..", "dev.dunning.models..", "dev.dunning.datasets..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..");

    @ArchTest
    static final ArchRule rulesModelsAndDatasetsDoNotUseTheService = noClasses()
            .that().resideInAnyPackage("dev.dunning.rules..", "dev.dunning.models..", "dev.dunning.datasets..")
            .should().dependOnClassesThat().resideInAPackage("dev.dunning.service..");

    @ArchTest
    static final ArchRule featuresOfTheServiceHaveNoCycles = slices()
            .matching("dev.dunning.service.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule rulesNeverLogOrPrint = noClasses()
            .that().resideInAnyPackage("dev.dunning.rules.decision..", "dev.dunning.rules.facts..", "dev.dunning.rules.request..")
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.io..");
}
