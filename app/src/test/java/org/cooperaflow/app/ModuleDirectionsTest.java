package org.cooperaflow.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module directions of STYLE.md: app -> workflows, projections -> domain; workflows -> bpmn;
 * the domain imports no Spring, Camunda or persistence API; nothing imports app.
 */
class ModuleDirectionsTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cooperaflow");
    }

    @Test
    void theDomainKnowsNoFrameworkButAxonModelling() {
        noClasses().that().resideInAPackage("org.cooperaflow.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.camunda..", "jakarta.persistence..", "javax.persistence..",
                        "org.cooperaflow.workflows..", "org.cooperaflow.projections..", "org.cooperaflow.app..")
                .check(classes);
    }

    @Test
    void projectionsNeverImportWorkflows() {
        noClasses().that().resideInAPackage("org.cooperaflow.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cooperaflow.workflows..", "org.camunda..",
                        "org.cooperaflow.app..")
                .check(classes);
    }

    @Test
    void workflowsTalkToProjectionsOnlyThroughMessages() {
        noClasses().that().resideInAPackage("org.cooperaflow.workflows..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cooperaflow.projections..",
                        "org.cooperaflow.app..")
                .check(classes);
    }

    @Test
    void nothingImportsTheApplication() {
        noClasses().that().resideOutsideOfPackage("org.cooperaflow.app..")
                .should().dependOnClassesThat().resideInAPackage("org.cooperaflow.app..")
                .check(classes);
    }
}
