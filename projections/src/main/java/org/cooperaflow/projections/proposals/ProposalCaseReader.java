package org.cooperaflow.projections.proposals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cooperaflow.domain.proposal.ProposalDetailsRevisions;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.BoardReviewOpenedEvent;
import org.cooperaflow.domain.proposal.api.EligibilityAssessedEvent;
import org.cooperaflow.domain.proposal.api.BoardVoteCastEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.springframework.stereotype.Service;

/**
 * Rebuilds one proposal from its events, now or as it stood at a moment. Reading the event
 * store directly gives the proposal's own writer its change at once (no projection lag), and
 * lets an auditor see what a reviewer saw when deciding.
 */
@Service
public class ProposalCaseReader {

    private final EventStore eventStore;

    public ProposalCaseReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<ProposalCase> read(String proposalId) {
        return read(proposalId, null);
    }

    /** The proposal after every event up to and including {@code asOf} (all of them when null). */
    public Optional<ProposalCase> read(String proposalId, Instant asOf) {
        // from sequence 0: readEvents(id) would start at the latest snapshot, which is no event
        DomainEventStream stream = eventStore.readEvents(proposalId, 0);
        ProposalStage stage = null;
        ProposalDetails details = null;
        long version = -1;
        Instant draftedAt = null;
        Instant submittedAt = null;
        Instant updatedAt = null;
        List<ProposalCase.StageVisit> history = new ArrayList<>();
        int reviewRound = 0;
        List<ProposalCase.Vote> votes = new ArrayList<>();
        ProposalCase.EligibilityAssessment eligibility = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof ProposalEvent event)) {
                continue;
            }
            Instant at = message.getTimestamp();
            if (asOf != null && at.isAfter(asOf)) {
                break;
            }
            version = message.getSequenceNumber();
            updatedAt = at;
            details = ProposalDetailsRevisions.detailsAfter(event).orElse(details);
            if (event instanceof ProposalDraftedEvent) {
                draftedAt = at;
            } else if (event instanceof ProposalSubmittedEvent && submittedAt == null) {
                submittedAt = at;
            }
            if (event instanceof EligibilityAssessedEvent assessed) {
                eligibility = new ProposalCase.EligibilityAssessment(assessed.decisionKey(), assessed.decisionVersion(),
                        assessed.eligible(), assessed.reasons(), assessed.inputs(), at);
            }
            if (event instanceof BoardReviewOpenedEvent opened) {
                reviewRound = opened.round();
                votes.clear();
            } else if (event instanceof BoardVoteCastEvent cast && cast.round() == reviewRound) {
                votes.add(new ProposalCase.Vote(cast.voter(), cast.voterMemberState(),
                        cast.vote() == null ? null : cast.vote().name(), cast.score(), at));
            }
            Optional<ProposalStage> next = ProposalStageTransitions.stageAfter(event);
            if (next.isPresent()) {
                if (!history.isEmpty()) {
                    ProposalCase.StageVisit last = history.remove(history.size() - 1);
                    history.add(new ProposalCase.StageVisit(last.stage(), last.enteredAt(), at));
                }
                history.add(new ProposalCase.StageVisit(next.get(), at, null));
                stage = next.get();
            }
        }
        if (details == null) {
            return Optional.empty();
        }
        return Optional.of(new ProposalCase(proposalId, stage, version, details, draftedAt, submittedAt, updatedAt,
                List.copyOf(history), reviewRound, List.copyOf(votes), eligibility));
    }
}
