package org.cooperaflow.workflows.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.util.List;
import java.util.Set;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;
import org.cooperaflow.workflows.support.CaseFacts;
import org.cooperaflow.workflows.tasks.Actor;
import org.cooperaflow.workflows.tasks.TaskData;
import org.cooperaflow.workflows.tasks.TaskField;
import org.junit.jupiter.api.Test;

/** A review offers each Board member the outcomes the proposal allows them, and names each field once. */
class ReviewProposalTaskTest {

    private static final String CASE = "proposal-1";

    private final CaseFacts facts = mock(CaseFacts.class);
    private final ReviewProposalTask review = new ReviewProposalTask(new TaskData(new ObjectMapper().findAndRegisterModules(),
            Validation.buildDefaultValidatorFactory().getValidator()), facts);

    @Test
    void aMemberOfTheProposersOrAPartnersStateMayOnlyRecuse() {
        when(facts.proposalDetails(CASE)).thenReturn(new ProposalDetails("Coastal resilience", "summary",
                new Proposer(ProposerType.MEMBER_STATE, "JM", null),
                List.of(new Partner("CO", PartnerRole.PROVIDER), new Partner("JM", PartnerRole.BENEFICIARY)),
                null, List.of(), List.of(), null, null, null, null, null, List.of(), List.of()));

        assertThat(review.allowedOutcomes(CASE, board("board1", "JM"))).containsExactly(Outcomes.RECUSE);
        assertThat(review.allowedOutcomes(CASE, board("boardCo", "CO"))).containsExactly(Outcomes.RECUSE);
        assertThat(review.allowedOutcomes(CASE, board("board2", "BR")))
                .containsExactly(Outcomes.APPROVE, Outcomes.REJECT, Outcomes.ABSTAIN, Outcomes.RECUSE);
        assertThat(review.allowedOutcomes(CASE, new Actor("admin", Set.of("board"), null)))
                .containsExactly(Outcomes.APPROVE, Outcomes.REJECT, Outcomes.ABSTAIN, Outcomes.RECUSE);
    }

    @Test
    void eachFieldIsNamedOnce() {
        List<String> names = review.fields().stream().map(TaskField::name).toList();
        assertThat(names).doesNotHaveDuplicates().containsExactly("score");
    }

    private static Actor board(String user, String memberState) {
        return new Actor(user, Set.of("board"), memberState);
    }
}
