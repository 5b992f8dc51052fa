package org.cooperaflow.projections.proposals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.cooperaflow.domain.proposal.ProposalDetailsRevisions;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.BoardChairRemindedEvent;
import org.cooperaflow.domain.proposal.api.BoardReviewOpenedEvent;
import org.cooperaflow.domain.proposal.api.BoardReviewRoundClosedEvent;
import org.cooperaflow.domain.proposal.api.BoardVoteCastEvent;
import org.cooperaflow.domain.proposal.api.EligibilityAssessedEvent;
import org.cooperaflow.domain.proposal.api.EligibilityConfirmedEvent;
import org.cooperaflow.domain.proposal.api.FinalEvaluationCompletedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportChangesRequestedEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportOverdueEvent;
import org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalFoundIneligibleEvent;
import org.cooperaflow.domain.proposal.api.ProposalRejectedEvent;
import org.cooperaflow.domain.proposal.api.ProposalReturnedForRevisionEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreeningBegunEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.Money;
import org.springframework.stereotype.Service;

/**
 * Rebuilds a proposal's whole dossier from its events, now or as it stood at a moment, as {@link ProposalCaseReader}
 * rebuilds its summary: no projection lag for the proposal's own writer, and "what the Board saw when it voted" for
 * anyone who looks back.
 */
@Service
public class ProposalDossierReader {

    /** Events that are a decision someone (or a rule, or a timer) took: the as-of control offers their moments. */
    private static final java.util.Set<Class<?>> DECISIONS = java.util.Set.of(ProposalSubmittedEvent.class,
            ProposalScreenedEvent.class, EligibilityAssessedEvent.class, EligibilityConfirmedEvent.class,
            ProposalFoundIneligibleEvent.class, BoardVoteCastEvent.class, BoardReviewRoundClosedEvent.class,
            ProposalApprovedEvent.class, ProposalRejectedEvent.class, ProposalReturnedForRevisionEvent.class,
            FundsAllocatedToProposalEvent.class, ProjectStartedEvent.class, ProgressReportSubmittedEvent.class,
            ProgressReportAcceptedEvent.class, ProgressReportChangesRequestedEvent.class,
            FinalEvaluationCompletedEvent.class, org.cooperaflow.domain.proposal.api.ProposalResubmittedEvent.class,
            org.cooperaflow.domain.proposal.api.ProposalWithdrawnEvent.class);

    private final EventStore eventStore;

    public ProposalDossierReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<ProposalDossier> read(String proposalId) {
        return read(proposalId, null);
    }

    /** The dossier after every event up to and including {@code asOf} (all of them when null). */
    public Optional<ProposalDossier> read(String proposalId, Instant asOf) {
        DomainEventStream stream = eventStore.readEvents(proposalId, 0);
        Builder b = new Builder();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!(message.getPayload() instanceof ProposalEvent event)) {
                continue;
            }
            if (asOf != null && message.getTimestamp().isAfter(asOf)) {
                break;
            }
            b.apply(event, message.getSequenceNumber(), message.getTimestamp(), message.getMetaData());
        }
        return b.details == null ? Optional.empty() : Optional.of(b.build(proposalId, asOf));
    }

    /** Folds the events in order. */
    private static final class Builder {
        ProposalStage stage;
        ProposalDetails details;
        long version = -1;
        Instant draftedAt;
        Instant submittedAt;
        Instant updatedAt;
        final List<ProposalDossier.StageStay> timeline = new ArrayList<>();
        final List<ProposalDossier.Screening> screenings = new ArrayList<>();
        int screeningRound;
        final List<ProposalDossier.EligibilityFinding> findings = new ArrayList<>();
        final List<ProposalDossier.EligibilityRuling> rulings = new ArrayList<>();
        final List<RoundBuilder> rounds = new ArrayList<>();
        Money approvedAmount;
        String approvalConditions;
        final List<ProposalDossier.Allocation> allocations = new ArrayList<>();
        Money allocatedTotal;
        LocalDate startDate;
        final List<ProposalDossier.ProgressReport> reports = new ArrayList<>();
        final List<ProposalDossier.OverdueReport> overdue = new ArrayList<>();
        ProposalDossier.Evaluation evaluation;
        final List<ProposalDossier.Moment> moments = new ArrayList<>();

        void apply(ProposalEvent event, long sequence, Instant at, MetaData metaData) {
            String actor = text(metaData, AuditMetadata.ACTOR);
            String comment = text(metaData, AuditMetadata.REASON);
            version = sequence;
            updatedAt = at;
            if (DECISIONS.contains(event.getClass())) {
                moments.add(new ProposalDossier.Moment(at, event.getClass().getSimpleName(), actor));
            }
            details = ProposalDetailsRevisions.detailsAfter(event).orElse(details);
            if (event instanceof ProposalDraftedEvent) {
                draftedAt = at;
            } else if (event instanceof ProposalSubmittedEvent && submittedAt == null) {
                submittedAt = at;
            } else if (event instanceof ProposalScreeningBegunEvent begun) {
                screeningRound = begun.round();
            } else if (event instanceof ProposalScreenedEvent screened) {
                screenings.add(new ProposalDossier.Screening(screeningRound, screened.outcome().name(), actor, comment, at));
            } else if (event instanceof EligibilityAssessedEvent assessed) {
                findings.add(new ProposalDossier.EligibilityFinding(assessed.decisionKey(), assessed.decisionVersion(),
                        assessed.eligible(), assessed.reasons(), assessed.inputs(), at));
            } else if (event instanceof EligibilityConfirmedEvent confirmed) {
                rulings.add(new ProposalDossier.EligibilityRuling(true, confirmed.overridesRules(),
                        confirmed.justification(), actor, comment, at));
            } else if (event instanceof ProposalFoundIneligibleEvent ineligible) {
                rulings.add(new ProposalDossier.EligibilityRuling(false, ineligible.overridesRules(),
                        ineligible.justification(), actor, comment, at));
            } else if (event instanceof BoardReviewOpenedEvent opened) {
                rounds.add(new RoundBuilder(opened.round(), at));
            } else if (event instanceof BoardVoteCastEvent cast) {
                round(cast.round()).votes.add(new ProposalDossier.Vote(cast.voter(), cast.voterMemberState(),
                        cast.vote() == null ? null : cast.vote().name(), cast.score(), comment, at));
            } else if (event instanceof BoardChairRemindedEvent reminded) {
                round(reminded.round()).chairReminded = true;
            } else if (event instanceof BoardReviewRoundClosedEvent closed) {
                RoundBuilder round = round(closed.round());
                round.closedAt = at;
                round.closeReason = closed.reason();
                round.notVoted = closed.notVoted();
            } else if (event instanceof ProposalApprovedEvent approved) {
                approvedAmount = approved.approvedAmount();
                approvalConditions = approved.conditions();
                round(approved.round()).decision = new ProposalDossier.Decision("APPROVE", approved.conditions(),
                        approved.tally(), approved.approvedAmount(), actor, comment, at);
            } else if (event instanceof ProposalRejectedEvent rejected) {
                round(rejected.round()).decision = new ProposalDossier.Decision("REJECT", null, rejected.tally(),
                        null, actor, comment, at);
            } else if (event instanceof ProposalReturnedForRevisionEvent returned) {
                round(returned.round()).decision = new ProposalDossier.Decision("REVISE", returned.conditions(), null,
                        null, actor, comment, at);
            } else if (event instanceof FundsAllocatedToProposalEvent allocated) {
                allocations.add(new ProposalDossier.Allocation(allocated.contributionId(), allocated.amount(),
                        allocated.totalAllocated(), actor, at));
                allocatedTotal = allocated.totalAllocated();
            } else if (event instanceof ProjectStartedEvent started) {
                startDate = started.startDate();
            } else if (event instanceof ProgressReportSubmittedEvent submitted) {
                reports.add(new ProposalDossier.ProgressReport(submitted.period(), submitted.expenditure(),
                        submitted.indicatorValues().stream()
                                .map(v -> new ProposalDossier.IndicatorReading(v.name(), v.value())).toList(),
                        submitted.finalReport(), actor, comment, at, null, null, null, null));
            } else if (event instanceof ProgressReportAcceptedEvent accepted) {
                reviewLastReport(accepted.period(), "ACCEPT", actor, comment, at);
            } else if (event instanceof ProgressReportChangesRequestedEvent changes) {
                reviewLastReport(changes.period(), "REQUEST_CHANGES", actor, comment, at);
            } else if (event instanceof ProgressReportOverdueEvent late) {
                overdue.add(new ProposalDossier.OverdueReport(late.period(), late.dueDate(), at));
            } else if (event instanceof FinalEvaluationCompletedEvent evaluated) {
                evaluation = new ProposalDossier.Evaluation(evaluated.ratings(), actor, comment, at);
            }
            Optional<ProposalStage> next = ProposalStageTransitions.stageAfter(event);
            if (next.isPresent()) {
                if (!timeline.isEmpty()) {
                    ProposalDossier.StageStay last = timeline.remove(timeline.size() - 1);
                    timeline.add(new ProposalDossier.StageStay(last.stage(), last.enteredAt(), at));
                }
                timeline.add(new ProposalDossier.StageStay(next.get(), at, null));
                stage = next.get();
            }
        }

        /** The round of a vote or decision; one the events never opened (an old history) is opened by it. */
        private RoundBuilder round(int number) {
            for (RoundBuilder round : rounds) {
                if (round.round == number) {
                    return round;
                }
            }
            RoundBuilder round = new RoundBuilder(number, null);
            rounds.add(round);
            return round;
        }

        private void reviewLastReport(String period, String review, String actor, String comment, Instant at) {
            for (int i = reports.size() - 1; i >= 0; i--) {
                ProposalDossier.ProgressReport report = reports.get(i);
                if (report.period().equals(period) && report.review() == null) {
                    reports.set(i, new ProposalDossier.ProgressReport(report.period(), report.expenditure(),
                            report.indicators(), report.finalReport(), report.submittedBy(), report.comment(),
                            report.submittedAt(), review, actor, comment, at));
                    return;
                }
            }
        }

        ProposalDossier build(String id, Instant asOf) {
            return new ProposalDossier(id, stage, version, details, draftedAt, submittedAt, updatedAt, asOf,
                    List.copyOf(timeline), List.copyOf(screenings), List.copyOf(findings), List.copyOf(rulings),
                    rounds.stream().map(RoundBuilder::build).toList(), approvedAmount, approvalConditions,
                    List.copyOf(allocations), allocatedTotal, startDate, List.copyOf(reports), List.copyOf(overdue),
                    evaluation, List.copyOf(moments));
        }

        private static String text(MetaData metaData, String key) {
            Object value = metaData.get(key);
            return value == null || value.toString().isBlank() ? null : value.toString();
        }
    }

    /** A review round while its events are read. */
    private static final class RoundBuilder {
        final int round;
        final Instant openedAt;
        final List<ProposalDossier.Vote> votes = new ArrayList<>();
        Instant closedAt;
        String closeReason;
        List<String> notVoted = List.of();
        boolean chairReminded;
        ProposalDossier.Decision decision;

        RoundBuilder(int round, Instant openedAt) {
            this.round = round;
            this.openedAt = openedAt;
        }

        ProposalDossier.ReviewRound build() {
            return new ProposalDossier.ReviewRound(round, openedAt, List.copyOf(votes), closedAt, closeReason,
                    notVoted, chairReminded, decision);
        }
    }
}
