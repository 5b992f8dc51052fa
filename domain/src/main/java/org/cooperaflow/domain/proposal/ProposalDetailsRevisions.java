package org.cooperaflow.domain.proposal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;

/**
 * What each proposal event makes of the proposal's details: the one fold of what a proposal says (title, proposer,
 * partners, amounts, indicators, ...), used by the aggregate, the facts the process steps decide on and the case
 * readers. The draft sets the details and each update of the draft replaces them whole; no other event changes them.
 * Written as a table by event type, like {@link ProposalStageTransitions}, so that a reader can skip, from the type
 * alone, the payloads that cannot change them ({@link #mayRevise(Class)}).
 */
public final class ProposalDetailsRevisions {

    private static final Map<Class<? extends ProposalEvent>, Function<ProposalEvent, ProposalDetails>> REVISIONS =
            Map.of(
                    ProposalDraftedEvent.class, e -> ((ProposalDraftedEvent) e).details(),
                    ProposalDraftUpdatedEvent.class, e -> ((ProposalDraftUpdatedEvent) e).details());

    private ProposalDetailsRevisions() {
    }

    /** The details as the event leaves them, or empty when the event does not change them. */
    public static Optional<ProposalDetails> detailsAfter(ProposalEvent event) {
        Function<ProposalEvent, ProposalDetails> revision = REVISIONS.get(event.getClass());
        return revision == null ? Optional.empty() : Optional.of(revision.apply(event));
    }

    /** Whether an event of this type may change the details; of any other type, {@link #detailsAfter} is empty. */
    public static boolean mayRevise(Class<?> eventType) {
        return REVISIONS.containsKey(eventType);
    }
}
