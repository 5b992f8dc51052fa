package org.cooperaflow.workflows.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.CastBoardVoteCommand;
import org.cooperaflow.domain.proposal.api.CompleteFinalEvaluationCommand;
import org.cooperaflow.domain.proposal.api.SubmitProgressReportCommand;
import org.cooperaflow.domain.shared.DacCriterion;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.workflows.proposal.AllocateFundsTask;
import org.cooperaflow.workflows.proposal.ConfirmEligibilityTask;
import org.cooperaflow.workflows.proposal.ConfirmStartTask;
import org.cooperaflow.workflows.proposal.FinalEvaluationTask;
import org.cooperaflow.workflows.proposal.ReviewProposalTask;
import org.cooperaflow.workflows.proposal.SubmitProgressReportTask;
import org.cooperaflow.workflows.request.DiagnoseNeedTask;
import org.cooperaflow.workflows.support.CaseFacts;
import org.junit.jupiter.api.Test;

/** Malformed task data is refused before any command, naming each wrong field. */
class TaskDataTest {

    private static final String CASE = "proposal-1";

    private final TaskData data = new TaskData(new ObjectMapper().findAndRegisterModules(),
            Validation.buildDefaultValidatorFactory().getValidator());

    @Test
    void reviewNeedsAScoreFromOneToFiveToApprove() {
        ReviewProposalTask review = new ReviewProposalTask(data, null);
        assertThat(review.commands(CASE, completion("APPROVE", Map.of("score", 4))))
                .containsExactly(new CastBoardVoteCommand(CASE, org.cooperaflow.domain.proposal.api.BoardVote.APPROVE, 4));
        assertThat(errors(() -> review.commands(CASE, completion("APPROVE", Map.of())))).containsKey("data.score");
        assertThat(errors(() -> review.commands(CASE, completion("REJECT", Map.of("score", 7))))).containsKey("data.score");
        assertThat(errors(() -> review.commands(CASE, completion("APPROVE", Map.of("score", "high")))))
                .containsKey("data.score");
        assertThat(errors(() -> review.commands(CASE, completion("RECUSE", Map.of("score", 3))))).containsKey("data.score");
    }

    @Test
    void finalEvaluationNamesEveryMissingOrUnknownCriterion() {
        FinalEvaluationTask evaluation = new FinalEvaluationTask(data);
        Map<String, Object> ratings = Map.of("RELEVANCE", 5, "COHERENCE", 4, "EFFECTIVENESS", 5,
                "EFFICIENCY", 3, "IMPACT", 4, "SUSTAINABILITY", 6);
        assertThat(evaluation.commands(CASE, completion("COMPLETE", Map.of("ratings", ratings))).get(0))
                .isInstanceOfSatisfying(CompleteFinalEvaluationCommand.class,
                        c -> assertThat(c.ratings()).containsEntry(DacCriterion.SUSTAINABILITY, 6));
        assertThat(errors(() -> evaluation.commands(CASE, completion("COMPLETE",
                Map.of("ratings", Map.of("RELEVANCE", 5, "IMPACT", 7))))))
                .containsKeys("data.ratings.IMPACT", "data.ratings.COHERENCE", "data.ratings.SUSTAINABILITY");
        assertThat(errors(() -> evaluation.commands(CASE, completion("COMPLETE",
                Map.of("ratings", Map.of("BEAUTY", 5)))))).containsKey("data.ratings");
    }

    @Test
    void progressReportRefusesNegativeOrOverPreciseMoneyAndNamesEachField() {
        SubmitProgressReportTask report = new SubmitProgressReportTask(data);
        Map<String, Object> good = Map.of("period", "2027-Q1",
                "expenditure", Map.of("amount", "30000.00", "currency", "USD"),
                "indicators", List.of(Map.of("name", "Teachers trained", "value", "80")), "final", false);
        assertThat(report.commands(CASE, completion("SUBMIT", good)).get(0))
                .isInstanceOfSatisfying(SubmitProgressReportCommand.class,
                        c -> assertThat(c.expenditure()).isEqualTo(Money.usd("30000.00")));
        assertThat(errors(() -> report.commands(CASE, completion("SUBMIT", Map.of(
                "expenditure", Map.of("amount", "-5", "currency", "USD"), "final", true)))))
                .containsKeys("data.period", "data.expenditure.amount");
        assertThat(errors(() -> report.commands(CASE, completion("SUBMIT", Map.of("period", "2027-Q1",
                "expenditure", Map.of("amount", "1.005", "currency", "USD"), "final", true)))))
                .containsOnlyKeys("data.expenditure.amount");
    }

    @Test
    void startNeedsAnIsoDate() {
        ConfirmStartTask start = new ConfirmStartTask(data);
        assertThat(errors(() -> start.commands(CASE, completion("START", Map.of("startDate", "15/01/2027")))))
                .containsOnlyKeys("data.startDate");
        assertThat(errors(() -> start.commands(CASE, completion("START", Map.of())))).containsOnlyKeys("data.startDate");
    }

    @Test
    void rejectingANeedSaysWhy() {
        DiagnoseNeedTask diagnosis = new DiagnoseNeedTask(data);
        assertThat(errors(() -> diagnosis.commands("request-1", completion("REJECT", Map.of())))).containsKey("data.reason");
        assertThat(errors(() -> diagnosis.commands("request-1", completion("REJECT", Map.of("reason", "BORING")))))
                .containsKey("data.reason");
        assertThat(diagnosis.commands("request-1", completion("REJECT", Map.of("reason", "DUPLICATE")))).hasSize(1);
    }

    @Test
    void progressReportWithoutFinalNamesTheContractField() {
        SubmitProgressReportTask report = new SubmitProgressReportTask(data);
        Map<String, String> errors = errors(() -> report.commands(CASE, completion("SUBMIT", Map.of("period", "2027-Q1",
                "expenditure", Map.of("amount", "30000.00", "currency", "USD")))));
        assertThat(errors).containsOnlyKeys("data.final");
    }

    @Test
    void aNumberOrABooleanIsNoText() {
        ConfirmEligibilityTask eligibility = new ConfirmEligibilityTask(data);
        assertThat(errors(() -> eligibility.commands(CASE, completion("ELIGIBLE", Map.of("justification", 42)))))
                .containsOnlyKeys("data.justification");
        assertThat(errors(() -> eligibility.commands(CASE, completion("ELIGIBLE", Map.of("justification", true)))))
                .containsOnlyKeys("data.justification");
        assertThat(eligibility.commands(CASE, completion("ELIGIBLE", Map.of("justification", "Fits measure 2.4"))))
                .hasSize(1);
        SubmitProgressReportTask report = new SubmitProgressReportTask(data);
        assertThat(errors(() -> report.commands(CASE, completion("SUBMIT", Map.of("period", 2027,
                "expenditure", Map.of("amount", "30000.00", "currency", "USD"), "final", false)))))
                .containsOnlyKeys("data.period");
    }

    @Test
    void moneyThatIsNoObjectSaysWhatToSendNotWhichJavaClass() {
        AllocateFundsTask allocate = new AllocateFundsTask(data, org.mockito.Mockito.mock(CaseFacts.class));
        Map<String, String> errors = errors(() -> allocate.commands(CASE, completion("ALLOCATE", Map.of("allocations",
                List.of(Map.of("contributionId", "contribution-1", "amount", "abc"))))));
        assertThat(errors).containsOnlyKeys("data.allocations[0].amount");
        assertThat(errors.get("data.allocations[0].amount"))
                .isEqualTo("expected money such as {\"amount\": \"150000.00\", \"currency\": \"USD\"}")
                .doesNotContain("org.cooperaflow", "MoneyData", "Cannot construct");
    }

    @Test
    void allocationFromAnUnknownContributionNamesIt() {
        CaseFacts facts = org.mockito.Mockito.mock(CaseFacts.class);
        org.mockito.Mockito.when(facts.contributionExists("contribution-1")).thenReturn(true);
        AllocateFundsTask allocate = new AllocateFundsTask(data, facts);
        Map<String, String> errors = errors(() -> allocate.commands(CASE, completion("ALLOCATE", Map.of("allocations",
                List.of(Map.of("contributionId", "contribution-1", "amount", Map.of("amount", "100.00", "currency", "USD")),
                        Map.of("contributionId", "no-such-contribution",
                                "amount", Map.of("amount", "100.00", "currency", "USD")))))));
        assertThat(errors).containsOnlyKeys("data.allocations[1].contributionId");
        assertThat(errors.get("data.allocations[1].contributionId")).contains("no-such-contribution");
    }

    private static TaskCompletion completion(String outcome, Map<String, Object> data) {
        return new TaskCompletion(outcome, null, data);
    }

    private static Map<String, String> errors(Runnable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(InvalidTaskCompletionException.class);
        return ((InvalidTaskCompletionException) thrown).fieldErrors();
    }
}
