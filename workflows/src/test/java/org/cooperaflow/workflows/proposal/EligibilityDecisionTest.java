package org.cooperaflow.workflows.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperaflow.workflows.proposal.EligibilityDecision.Inputs.*;
import static org.cooperaflow.workflows.proposal.EligibilityDecision.Reasons.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One case per rule row of {@code fcd-eligibility.dmn}, evaluated through the engine's DecisionService. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = EligibilityDecision.RESOURCE)
class EligibilityDecisionTest {

    ProcessEngine processEngine;

    /** A proposal that meets every criterion; each test breaks one. */
    private final Map<String, Object> proposal = new HashMap<>();

    @BeforeEach
    void eligibleProposal() {
        proposal.put(REQUESTED_AMOUNT, new BigDecimal("150000.00"));
        proposal.put(ACCOUNT_CEILING, new BigDecimal("250000.00"));
        proposal.put(MEASURE_COUNT, 1);
        proposal.put(SDG_COUNT, 2);
        proposal.put(DURATION_MONTHS, 18);
    }

    @Test
    void eligibleProposalGivesNoReason() {
        assertThat(reasons()).isEmpty();
    }

    @Test
    void amountAboveTheAccountCeilingIsIneligible() {
        proposal.put(REQUESTED_AMOUNT, new BigDecimal("250000.01"));
        assertThat(reasons()).containsExactly(ABOVE_ACCOUNT_CEILING);
    }

    @Test
    void amountEqualToTheAccountCeilingIsEligible() {
        proposal.put(REQUESTED_AMOUNT, new BigDecimal("250000.00"));
        assertThat(reasons()).isEmpty();
    }

    @Test
    void accountWithoutCeilingAcceptsAnyAmount() {
        proposal.put(ACCOUNT_CEILING, null);
        proposal.put(REQUESTED_AMOUNT, new BigDecimal("9000000.00"));
        assertThat(reasons()).isEmpty();
    }

    @Test
    void proposalServingNoActionPlanMeasureIsIneligible() {
        proposal.put(MEASURE_COUNT, 0);
        assertThat(reasons()).containsExactly(NO_ACTION_PLAN_MEASURE);
    }

    @Test
    void proposalNamingNoSdgIsIneligible() {
        proposal.put(SDG_COUNT, 0);
        assertThat(reasons()).containsExactly(NO_SDG);
    }

    @Test
    void projectLongerThan48MonthsIsIneligible() {
        proposal.put(DURATION_MONTHS, MAX_DURATION_MONTHS + 1);
        assertThat(reasons()).containsExactly(DURATION_ABOVE_48_MONTHS);
    }

    @Test
    void projectOfExactly48MonthsIsEligible() {
        proposal.put(DURATION_MONTHS, MAX_DURATION_MONTHS);
        assertThat(reasons()).isEmpty();
    }

    @Test
    void everyFailedCriterionGivesItsOwnReason() {
        proposal.put(REQUESTED_AMOUNT, new BigDecimal("300000.00"));
        proposal.put(MEASURE_COUNT, 0);
        proposal.put(SDG_COUNT, 0);
        proposal.put(DURATION_MONTHS, 60);
        assertThat(reasons()).containsExactlyInAnyOrder(ABOVE_ACCOUNT_CEILING, NO_ACTION_PLAN_MEASURE, NO_SDG,
                DURATION_ABOVE_48_MONTHS);
    }

    @Test
    void decisionIsDeployedWithAVersionAndHistoryTimeToLive() {
        DecisionDefinition decision = processEngine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(EligibilityDecision.KEY).latestVersion().singleResult();
        assertThat(decision.getVersion()).isEqualTo(1);
        assertThat(decision.getHistoryTimeToLive()).isEqualTo(3650);
    }

    @Test
    void everyRowOfTheTableGivesAReasonTestedHere() {
        DecisionDefinition decision = processEngine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(EligibilityDecision.KEY).latestVersion().singleResult();
        List<String> rows = processEngine.getRepositoryService().getDmnModelInstance(decision.getId())
                .getModelElementsByType(Rule.class).stream()
                .map(rule -> rule.getOutputEntries().iterator().next().getText().getTextContent().replace("\"", ""))
                .toList();
        assertThat(rows).containsExactlyInAnyOrder(ABOVE_ACCOUNT_CEILING, NO_ACTION_PLAN_MEASURE, NO_SDG,
                DURATION_ABOVE_48_MONTHS);
    }

    private List<Object> reasons() {
        return processEngine.getDecisionService()
                .evaluateDecisionTableByKey(EligibilityDecision.KEY, proposal)
                .collectEntries(EligibilityDecision.REASON);
    }
}
