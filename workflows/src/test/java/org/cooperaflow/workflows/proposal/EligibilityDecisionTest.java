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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One case per rule row of {@code fcd-eligibility.dmn}, evaluated through the engine's DecisionService. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = EligibilityDecision.RESOURCE)
class EligibilityDecisionTest {

    ProcessEngine processEngine;

    /** A South-South proposal that meets every criterion; each test breaks one. */
    private final Map<String, Object> proposal = new HashMap<>();

    @BeforeEach
    void eligibleProposal() {
        proposal.put(PROPOSER_PARTICIPATES, true);
        proposal.put(REQUESTED_AMOUNT, new BigDecimal("150000.00"));
        proposal.put(ACCOUNT_CEILING, new BigDecimal("250000.00"));
        proposal.put(MEASURE_COUNT, 1);
        proposal.put(SDG_COUNT, 2);
        proposal.put(DURATION_MONTHS, 18);
        proposal.put(MODALITY, "SOUTH_SOUTH");
        proposal.put(HAS_PROVIDER, true);
        proposal.put(HAS_BENEFICIARY, true);
        proposal.put(HAS_FACILITATOR, false);
    }

    @Test
    void eligibleProposalGivesNoReason() {
        assertThat(reasons()).isEmpty();
    }

    @Test
    void proposerStateThatDoesNotParticipateIsIneligible() {
        proposal.put(PROPOSER_PARTICIPATES, false);
        assertThat(reasons()).containsExactly(PROPOSER_NOT_PARTICIPATING);
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
    void triangularCooperationWithoutProviderIsIneligible() {
        triangularWithAllRoles();
        proposal.put(HAS_PROVIDER, false);
        assertThat(reasons()).containsExactly(TRIANGULAR_WITHOUT_PROVIDER);
    }

    @Test
    void triangularCooperationWithoutBeneficiaryIsIneligible() {
        triangularWithAllRoles();
        proposal.put(HAS_BENEFICIARY, false);
        assertThat(reasons()).containsExactly(TRIANGULAR_WITHOUT_BENEFICIARY);
    }

    @Test
    void triangularCooperationWithoutFacilitatorIsIneligible() {
        triangularWithAllRoles();
        proposal.put(HAS_FACILITATOR, false);
        assertThat(reasons()).containsExactly(TRIANGULAR_WITHOUT_FACILITATOR);
    }

    @Test
    void triangularCooperationWithAllThreeRolesIsEligible() {
        triangularWithAllRoles();
        assertThat(reasons()).isEmpty();
    }

    @Test
    void everyFailedCriterionGivesItsOwnReason() {
        proposal.put(PROPOSER_PARTICIPATES, false);
        proposal.put(SDG_COUNT, 0);
        proposal.put(DURATION_MONTHS, 60);
        assertThat(reasons()).containsExactlyInAnyOrder(PROPOSER_NOT_PARTICIPATING, NO_SDG, DURATION_ABOVE_48_MONTHS);
    }

    @Test
    void decisionIsDeployedWithAVersionAndHistoryTimeToLive() {
        DecisionDefinition decision = processEngine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(EligibilityDecision.KEY).latestVersion().singleResult();
        assertThat(decision.getVersion()).isEqualTo(1);
        assertThat(decision.getHistoryTimeToLive()).isEqualTo(3650);
    }

    private void triangularWithAllRoles() {
        proposal.put(MODALITY, TRIANGULAR);
        proposal.put(HAS_PROVIDER, true);
        proposal.put(HAS_BENEFICIARY, true);
        proposal.put(HAS_FACILITATOR, true);
    }

    private List<Object> reasons() {
        return processEngine.getDecisionService()
                .evaluateDecisionTableByKey(EligibilityDecision.KEY, proposal)
                .collectEntries(EligibilityDecision.REASON);
    }
}
