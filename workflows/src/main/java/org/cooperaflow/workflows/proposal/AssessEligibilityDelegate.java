package org.cooperaflow.workflows.proposal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.RecordEligibilityAssessmentCommand;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.support.ProcessCommandSender;
import org.springframework.stereotype.Component;

/**
 * Evaluates the FCD eligibility rules ({@code fcd-eligibility.dmn}, hit policy collect: each
 * failed criterion is a reason) on the proposal as it stands, and records the decision's key,
 * version, inputs and reasons on the proposal. The eligibility officer then confirms or
 * overrides the result.
 */
@Component(ProposalLifecycleProcess.Delegates.ASSESS_ELIGIBILITY)
public class AssessEligibilityDelegate implements JavaDelegate {

    private final DecisionService decisions;
    private final CaseFacts facts;
    private final ProcessCommandSender commands;

    public AssessEligibilityDelegate(DecisionService decisions, CaseFacts facts, ProcessCommandSender commands) {
        this.decisions = decisions;
        this.facts = facts;
        this.commands = commands;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposalId = (String) execution.getVariable(ProposalLifecycleProcess.Variables.PROPOSAL_ID);
        ProposalDetails details = facts.proposalDetails(proposalId);
        Map<String, Object> inputs = inputs(details);
        // the engine's own lookup of a key's latest version, as evaluating by key does: one plain statement, and the
        // definition it reads stays in the command's entity cache for the evaluation below. The query API built the
        // same answer through its general query with its many conditions: 3 % of a screening completion (ADR 0033)
        DecisionDefinition decision = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedLatestDecisionDefinitionByKey(EligibilityDecision.KEY);
        DmnDecisionResult result = decisions.evaluateDecisionById(decision.getId()).variables(inputs).evaluate();
        List<String> reasons = result.collectEntries(EligibilityDecision.REASON).stream()
                .map(Object::toString).distinct().toList();
        commands.send(execution, new RecordEligibilityAssessmentCommand(proposalId, decision.getKey(),
                decision.getVersion(), recordable(inputs), reasons), "eligibility rules evaluated");
    }

    private Map<String, Object> inputs(ProposalDetails details) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(EligibilityDecision.Inputs.REQUESTED_AMOUNT,
                details.requestedAmount() == null ? BigDecimal.ZERO : details.requestedAmount().amount());
        inputs.put(EligibilityDecision.Inputs.ACCOUNT_CEILING, facts.account(details.accountId())
                .map(account -> account.projectCeiling() == null ? null : account.projectCeiling().amount())
                .orElse(null));
        inputs.put(EligibilityDecision.Inputs.MEASURE_COUNT, details.measures().size());
        inputs.put(EligibilityDecision.Inputs.SDG_COUNT, details.sdgs().size());
        inputs.put(EligibilityDecision.Inputs.DURATION_MONTHS,
                details.durationMonths() == null ? 0 : details.durationMonths());
        return inputs;
    }

    /** The inputs as the event keeps them: decimals as strings, so they survive JSON exactly. */
    private static Map<String, Object> recordable(Map<String, Object> inputs) {
        Map<String, Object> recorded = new LinkedHashMap<>();
        inputs.forEach((name, value) -> recorded.put(name,
                value instanceof BigDecimal decimal ? decimal.toPlainString() : value));
        return recorded;
    }
}
