package org.cooperaflow.projections.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.cooperaflow.domain.proposal.api.BoardReviewOpenedEvent;
import org.cooperaflow.domain.proposal.api.BoardReviewRoundClosedEvent;
import org.cooperaflow.domain.proposal.api.BoardTally;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.BoardVoteCastEvent;
import org.cooperaflow.domain.proposal.api.EligibilityAssessedEvent;
import org.cooperaflow.domain.proposal.api.EligibilityConfirmedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalFundedEvent;
import org.cooperaflow.domain.proposal.api.ProposalReturnedForRevisionEvent;
import org.cooperaflow.domain.proposal.api.ProposalResubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreeningBegunEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.proposal.api.ScreeningOutcome;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dossier a proposal's events tell: rounds with every vote and decision, rulings, allocations, and as-of. */
class ProposalDossierReaderTest {

    private static final String ID = "proposal-1";
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private EventStore eventStore;
    private ProposalDossierReader reader;
    private final List<EventMessage<?>> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        reader = new ProposalDossierReader(eventStore);
    }

    @Test
    void aProposalNeverDraftedHasNoDossier() {
        assertThat(reader.read("nothing")).isEmpty();
    }

    @Test
    void tellsEveryRoundWithItsVotesAbsencesAndTheChairsDecision() {
        twoRoundsThenFunded();

        ProposalDossier dossier = reader.read(ID).orElseThrow();

        assertThat(dossier.stage()).isEqualTo(ProposalStage.FUNDED);
        assertThat(dossier.rounds()).hasSize(2);
        ProposalDossier.ReviewRound first = dossier.rounds().get(0);
        assertThat(first.votes()).extracting(ProposalDossier.Vote::voter, ProposalDossier.Vote::vote,
                        ProposalDossier.Vote::score, ProposalDossier.Vote::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("board1", "RECUSE", null, "my state is a partner"),
                        org.assertj.core.groups.Tuple.tuple("board2", "REJECT", 2, "budget unclear"));
        assertThat(first.closeReason()).isEqualTo("deadline");
        assertThat(first.notVoted()).containsExactly("board3", "board4", "chair");
        assertThat(first.decision().decision()).isEqualTo("REVISE");
        assertThat(first.decision().conditions()).isEqualTo("Detail the budget");
        assertThat(first.decision().actor()).isEqualTo("chair");

        ProposalDossier.ReviewRound second = dossier.rounds().get(1);
        assertThat(second.votes()).extracting(ProposalDossier.Vote::voter)
                .containsExactly("board1", "board2", "board3", "board4", "chair");
        assertThat(second.decision().decision()).isEqualTo("APPROVE");
        assertThat(second.decision().tally()).isEqualTo(new BoardTally(4, 0, 0, 1));
        assertThat(dossier.approvedAmount()).isEqualTo(Money.usd("150000.00"));
    }

    @Test
    void tellsTheScreeningsTheRulesFindingsAndTheOfficersOverride() {
        twoRoundsThenFunded();

        ProposalDossier dossier = reader.read(ID).orElseThrow();

        assertThat(dossier.screenings()).extracting(ProposalDossier.Screening::round,
                        ProposalDossier.Screening::outcome, ProposalDossier.Screening::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "COMPLETE", "All annexes present"),
                        org.assertj.core.groups.Tuple.tuple(2, "COMPLETE", null));
        assertThat(dossier.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.eligibleByRules()).isFalse();
            assertThat(finding.reasons()).containsExactly("requested amount above the account's ceiling");
        });
        assertThat(dossier.rulings()).singleElement().satisfies(ruling -> {
            assertThat(ruling.eligible()).isTrue();
            assertThat(ruling.overridesRules()).isTrue();
            assertThat(ruling.justification()).isEqualTo("The ceiling is being raised");
            assertThat(ruling.actor()).isEqualTo("eligibility");
        });
    }

    @Test
    void tellsTheAllocationsWithTheirContributionsAndTheTimeInEachStage() {
        twoRoundsThenFunded();

        ProposalDossier dossier = reader.read(ID).orElseThrow();

        assertThat(dossier.allocations()).extracting(ProposalDossier.Allocation::contributionId,
                        ProposalDossier.Allocation::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("contribution-us", Money.usd("100000.00")),
                        org.assertj.core.groups.Tuple.tuple("contribution-ca", Money.usd("50000.00")));
        assertThat(dossier.allocatedTotal()).isEqualTo(Money.usd("150000.00"));
        assertThat(dossier.timeline()).extracting(ProposalDossier.StageStay::stage).containsExactly(
                ProposalStage.DRAFT, ProposalStage.SUBMITTED, ProposalStage.SCREENING, ProposalStage.ELIGIBILITY,
                ProposalStage.BOARD_REVIEW, ProposalStage.RETURNED_FOR_REVISION, ProposalStage.SUBMITTED,
                ProposalStage.SCREENING, ProposalStage.ELIGIBILITY, ProposalStage.BOARD_REVIEW,
                ProposalStage.APPROVED, ProposalStage.FUNDED);
        assertThat(dossier.timeline().get(0).enteredAt()).isEqualTo(START);
        assertThat(dossier.timeline().get(0).leftAt()).isEqualTo(START.plusSeconds(3600));
        assertThat(dossier.timeline().get(dossier.timeline().size() - 1).leftAt()).isNull();
    }

    @Test
    void asOfAMomentShowsTheDossierBeforeTheLaterDecisions() {
        twoRoundsThenFunded();
        ProposalDossier now = reader.read(ID).orElseThrow();
        ProposalDossier.Moment lastVote = now.moments().stream().filter(m -> m.what().equals("BoardVoteCastEvent"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(lastVote.actor()).isEqualTo("chair");

        ProposalDossier beforeLastVote = reader.read(ID, lastVote.at().minusMillis(1)).orElseThrow();

        assertThat(beforeLastVote.stage()).isEqualTo(ProposalStage.BOARD_REVIEW);
        assertThat(beforeLastVote.asOf()).isEqualTo(lastVote.at().minusMillis(1));
        assertThat(beforeLastVote.rounds().get(1).votes()).extracting(ProposalDossier.Vote::voter)
                .containsExactly("board1", "board2", "board3", "board4");
        assertThat(beforeLastVote.rounds().get(1).decision()).isNull();
        assertThat(beforeLastVote.allocations()).isEmpty();
    }

    private void twoRoundsThenFunded() {
        ProposalDetails details = new ProposalDetails("Teacher training", "Colombia shares its model with Jamaica",
                new Proposer(ProposerType.MEMBER_STATE, "JM", null),
                List.of(new Partner("CO", PartnerRole.PROVIDER), new Partner("JM", PartnerRole.BENEFICIARY)),
                Modality.SOUTH_SOUTH, List.of("2.4"), List.of(4), CidiPriority.EDUCATION, Money.usd("150000.00"),
                null, 18, "account-1", List.of(), List.of());
        append(new ProposalDraftedEvent(ID, details), "officer-jm", null);
        append(new ProposalSubmittedEvent(ID, "JM", "Teacher training"), "officer-jm", null);
        append(new ProposalScreeningBegunEvent(ID, 1), "system", null);
        append(new ProposalScreenedEvent(ID, ScreeningOutcome.COMPLETE), "secretariat", "All annexes present");
        append(new EligibilityAssessedEvent(ID, "fcd-eligibility", 1, Map.of("requestedUsd", "150000.00"),
                List.of("requested amount above the account's ceiling"), false), "system", null);
        append(new EligibilityConfirmedEvent(ID, true, "The ceiling is being raised"), "eligibility", null);
        append(new BoardReviewOpenedEvent(ID, 1), "eligibility", null);
        append(new BoardVoteCastEvent(ID, 1, "board1", "JM", BoardVote.RECUSE, null), "board1", "my state is a partner");
        append(new BoardVoteCastEvent(ID, 1, "board2", "BR", BoardVote.REJECT, 2), "board2", "budget unclear");
        append(new BoardReviewRoundClosedEvent(ID, 1, "deadline", List.of("board3", "board4", "chair")), "system", null);
        append(new ProposalReturnedForRevisionEvent(ID, 1, "Detail the budget"), "chair", null);
        append(new ProposalResubmittedEvent(ID), "officer-jm", null);
        append(new ProposalScreeningBegunEvent(ID, 2), "system", null);
        append(new ProposalScreenedEvent(ID, ScreeningOutcome.COMPLETE), "secretariat", null);
        append(new BoardReviewOpenedEvent(ID, 2), "eligibility", null);
        append(new BoardVoteCastEvent(ID, 2, "board1", "JM", BoardVote.RECUSE, null), "board1", null);
        for (String member : List.of("board2", "board3", "board4", "chair")) {
            append(new BoardVoteCastEvent(ID, 2, member, "XX", BoardVote.APPROVE, 4), member, null);
        }
        append(new ProposalApprovedEvent(ID, 2, Money.usd("150000.00"), "Quarterly reports",
                new BoardTally(4, 0, 0, 1)), "chair", null);
        append(new FundsAllocatedToProposalEvent(ID, "contribution-us", Money.usd("100000.00"),
                Money.usd("100000.00")), "fund", null);
        append(new FundsAllocatedToProposalEvent(ID, "contribution-ca", Money.usd("50000.00"),
                Money.usd("150000.00")), "fund", null);
        append(new ProposalFundedEvent(ID, Money.usd("150000.00")), "fund", null);
        eventStore.publish(events);
    }

    /** One event an hour after the one before, by the actor, with their comment. */
    private void append(Object payload, String actor, String comment) {
        Map<String, Object> metaData = new java.util.HashMap<>();
        metaData.put(AuditMetadata.ACTOR, actor);
        if (comment != null) {
            metaData.put(AuditMetadata.REASON, comment);
        }
        long sequence = events.size();
        events.add(new GenericDomainEventMessage<>("ProjectProposal", ID, sequence, payload, metaData,
                java.util.UUID.randomUUID().toString(), START.plusSeconds(3600 * sequence)));
    }
}
