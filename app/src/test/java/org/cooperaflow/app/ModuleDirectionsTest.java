package org.cooperaflow.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module directions of STYLE.md: app -> workflows, projections -> domain; workflows -> bpmn;
 * the domain imports no Spring, Camunda or persistence API; a domain api never imports its aggregate's package;
 * nothing imports app; controllers reach neither the event store nor the database; Camunda only in workflows and
 * JDBC only in projections (each with its wiring in app.config).
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

    /**
     * A controller (API or page) asks a service, a query or the command gateway: it never reaches the event store,
     * an aggregate repository or the database itself.
     */
    @Test
    void controllersReachNeitherTheStoreNorTheDatabase() {
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .or().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should().dependOnClassesThat().areAssignableTo(org.axonframework.eventsourcing.eventstore.EventStore.class)
                .orShould().dependOnClassesThat()
                .areAssignableTo(org.axonframework.eventsourcing.eventstore.EventStorageEngine.class)
                .orShould().dependOnClassesThat().areAssignableTo(org.axonframework.modelling.command.Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(org.springframework.jdbc.core.JdbcOperations.class)
                .orShould().dependOnClassesThat()
                .areAssignableTo(org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(javax.sql.DataSource.class)
                .orShould().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }

    /**
     * Commands, events and their values (each aggregate's {@code api} package) are the contract every module reads:
     * they may use other aggregates' messages and the shared kernel, never an aggregate, its rules, folds or
     * upcasters, so a reader of the messages needs nothing behind them.
     */
    @Test
    void domainApisNeverReachBehindTheirMessages() {
        noClasses().that().resideInAPackage("org.cooperaflow.domain.*.api..")
                .should().dependOnClassesThat(resideInAPackage("org.cooperaflow.domain..")
                        .and(not(resideInAnyPackage(
                                "org.cooperaflow.domain.*.api..", "org.cooperaflow.domain.shared..")))
                        .as("reside in a domain package that is neither an api nor the shared kernel"))
                .check(classes);
    }

    /**
     * Camunda is the workflows' business: the engine's types stay in {@code workflows}, and in {@code app.config},
     * which wires the engine into Spring and its consoles into Spring Security. The API, the pages and the demo ask
     * the workflows' services and catch the workflows' exceptions.
     */
    @Test
    void camundaOnlyInTheWorkflowsAndItsWiring() {
        noClasses().that().resideInAPackage("org.cooperaflow..")
                .and().resideOutsideOfPackages("org.cooperaflow.workflows..", "org.cooperaflow.app.config..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(classes);
    }

    /**
     * SQL is written in {@code projections}, each statement in a named class; {@code app.config} wires the
     * database (the embedded server, the pool, the case locks) and tells its failures apart. The event store and
     * Camunda keep their own SQL inside their libraries.
     */
    @Test
    void jdbcOnlyInTheProjectionsAndTheDatabaseWiring() {
        noClasses().that().resideInAPackage("org.cooperaflow..")
                .and().resideOutsideOfPackages("org.cooperaflow.projections..", "org.cooperaflow.app.config..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.springframework.jdbc..")
                .check(classes);
    }
}
