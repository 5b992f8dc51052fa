package org.cooperaflow.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is Axon modelling only: no Spring, no Camunda, no persistence mapping. */
@AnalyzeClasses(packages = "org.cooperaflow.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNoFrameworkButAxon = noClasses()
            .that().resideInAPackage("org.cooperaflow.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.camunda..", "jakarta.persistence..", "javax.persistence..")
            .because("the domain module holds Axon aggregates and messages only (STYLE.md, Modules and directions)");

    @ArchTest
    static final ArchRule publicMessagesDoNotReachIntoAggregates = noClasses()
            .that().resideInAPackage("org.cooperaflow.domain..api..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Proposal")
            .orShould().dependOnClassesThat().haveSimpleName("FundContribution")
            .orShould().dependOnClassesThat().haveSimpleName("CooperationRequest")
            .orShould().dependOnClassesThat().haveSimpleName("ThematicAccount")
            .because("commands and events are the public contract; aggregates are not");
}
