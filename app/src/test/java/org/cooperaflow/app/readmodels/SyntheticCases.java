package org.cooperaflow.app.readmodels;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.cooperaflow.domain.fund.api.ContributionAllocatedEvent;
import org.cooperaflow.domain.fund.api.ContributionKind;
import org.cooperaflow.domain.fund.api.ContributionPledgeCancelledEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.fund.api.ContributorType;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.CooperationOfferDraftedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferPublishedEvent;
import org.cooperaflow.domain.offer.api.CooperationOfferSubmittedEvent;
import org.cooperaflow.domain.offer.api.OfferCapacity;
import org.cooperaflow.domain.offer.api.OfferModality;
import org.cooperaflow.domain.offer.api.Offerer;
import org.cooperaflow.domain.proposal.api.BoardReviewOpenedEvent;
import org.cooperaflow.domain.proposal.api.BoardTally;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.BoardVoteCastEvent;
import org.cooperaflow.domain.proposal.api.EligibilityConfirmedEvent;
import org.cooperaflow.domain.proposal.api.FinalEvaluationCompletedEvent;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProgressReportAcceptedEvent;
import org.cooperaflow.domain.proposal.api.ProjectStartedEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalFoundIneligibleEvent;
import org.cooperaflow.domain.proposal.api.ProposalFundedEvent;
import org.cooperaflow.domain.proposal.api.ProposalRejectedEvent;
import org.cooperaflow.domain.proposal.api.ProposalResubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalResumedEvent;
import org.cooperaflow.domain.proposal.api.ProposalReturnedForRevisionEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreenedEvent;
import org.cooperaflow.domain.proposal.api.ProposalScreeningBegunEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.ProposalSubmittedEvent;
import org.cooperaflow.domain.proposal.api.ProposalSuspendedEvent;
import org.cooperaflow.domain.proposal.api.ProposalWithdrawnEvent;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.proposal.api.ScreeningOutcome;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.CooperationRequestDiagnosisBegunEvent;
import org.cooperaflow.domain.request.api.CooperationRequestDraftedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestPublishedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestSubmittedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestValidatedEvent;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;

/**
 * Generates whole case histories fast, straight into the event store with realistic timestamps
 * (spread over the past months), for the read-model tests. The cases follow the domain's rules
 * (legal transitions, allocations within receipts and approvals) but have no workflow: the
 * {@code workflow} processor is paused while they are appended and its token moved past them,
 * so no process starts for them (nothing else appends during a test: the ITs run one by one).
 */
public final class SyntheticCases {

    private static final List<String> STATES = List.of("JM", "CO", "BR", "MX", "CL", "PE", "AR", "US", "CA", "GT");
    private static final List<String> MEASURES = List.of("1.1", "1.2", "2.1", "2.3", "2.4", "3.1", "4.2", "5.1", "5.3");
    private static final CidiPriority[] PRIORITIES = CidiPriority.values();
    private static final Map<String, Object> SYSTEM = Map.of("actor", "system", "actorRoles", "");

    private final Random random;
    private final Instant now;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final List<String> proposalIds = new ArrayList<>();
    private final List<String> accountIds = new ArrayList<>();
    private final Set<ProposalStage> finalStages = new HashSet<>();

    public SyntheticCases(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
    }

    public List<String> proposalIds() {
        return proposalIds;
    }

    public List<String> accountIds() {
        return accountIds;
    }

    /** The stages the generated proposals stand in now. */
    public Set<ProposalStage> finalStages() {
        return finalStages;
    }

    public int eventCount() {
        return events.size();
    }

    /** Accounts, contributions (some in CAD, some cancelled), proposals along every path, and published needs. */
    public SyntheticCases generate(int accounts, int contributions, int proposals, int needs) {
        Instant start = now.minus(Duration.ofDays(420));
        List<String[]> contributionPool = new ArrayList<>(); // id, account, received, allocated
        for (int a = 0; a < accounts; a++) {
            String id = "syn-acc-" + UUID.randomUUID();
            accountIds.add(id);
            append("ThematicAccount", id, 0, start.plus(Duration.ofHours(a)), new ThematicAccountOpenedEvent(id,
                    "Window " + a, List.of(PRIORITIES[a % PRIORITIES.length], PRIORITIES[(a + 3) % PRIORITIES.length]),
                    Money.usd("250000.00")));
        }
        for (int c = 0; c < contributions; c++) {
            String id = "syn-con-" + UUID.randomUUID();
            String account = c % 5 == 4 ? null : accountIds.get(c % accountIds.size());
            ContributorType type = ContributorType.values()[c % ContributorType.values().length];
            Contributor contributor = switch (type) {
                case MEMBER_STATE -> Contributor.ofMemberState(pick(STATES));
                case PERMANENT_OBSERVER -> Contributor.ofPermanentObserver("ES");
                default -> Contributor.ofOrganisation(type, "Donor " + c);
            };
            boolean cad = c % 3 == 1;
            Money pledged = Money.of(amount(200_000, 900_000), cad ? "CAD" : "USD");
            Instant at = start.plus(Duration.ofDays(2 + c % 30)).plus(Duration.ofMinutes(random.nextInt(600)));
            int seq = 0;
            append("FundContribution", id, seq++, at, new ContributionPledgedEvent(id, contributor, account,
                    Modality.MULTILATERAL, ContributionKind.CASH, pledged));
            if (c % 11 == 10) {
                append("FundContribution", id, seq, at.plus(Duration.ofDays(3)), new ContributionPledgeCancelledEvent(id));
                continue;
            }
            if (c % 7 == 6) {
                continue; // pledged, nothing received yet
            }
            BigDecimal rate = cad ? new BigDecimal("0.7" + (1 + random.nextInt(8))) : null;
            Money total = Money.zero(pledged.currency());
            Money totalUsd = Money.zero(Money.USD);
            int receipts = 1 + random.nextInt(2);
            for (int r = 0; r < receipts; r++) {
                Money part = Money.of(pledged.amount().divide(BigDecimal.valueOf(receipts + 1), 2,
                        java.math.RoundingMode.DOWN).toPlainString(), pledged.currency());
                Money usd = part.toUsd(rate);
                total = total.plus(part);
                totalUsd = totalUsd.plus(usd);
                at = at.plus(Duration.ofDays(5 + random.nextInt(20)));
                append("FundContribution", id, seq++, at, new ContributionReceivedEvent(id, part,
                        LocalDate.ofInstant(at, ZoneOffset.UTC), rate, usd, total, totalUsd));
            }
            contributionPool.add(new String[] {id, account, totalUsd.amount().toPlainString(), "0.00",
                    String.valueOf(seq), at.toString()});
        }
        for (int p = 0; p < proposals; p++) {
            proposal(start, contributionPool);
        }
        for (int n = 0; n < needs; n++) {
            need(start);
            offer(start);
        }
        events.sort(java.util.Comparator.comparing(DomainEventMessage::getTimestamp));
        return this;
    }

    private void need(Instant start) {
        String id = "syn-req-" + UUID.randomUUID();
        Instant at = start.plus(Duration.ofDays(random.nextInt(380)));
        CooperationRequestDetails details = new CooperationRequestDetails(pick(STATES), "Need " + id.substring(8, 16),
                "A need of the synthetic data set", PRIORITIES[random.nextInt(PRIORITIES.length)],
                List.of(1 + random.nextInt(17)), "National plan 2030", Modality.SOUTH_SOUTH,
                Money.usd(amount(50_000, 300_000)));
        append("CooperationRequest", id, 0, at, new CooperationRequestDraftedEvent(id, details));
        append("CooperationRequest", id, 1, at = at.plus(Duration.ofHours(3)),
                new CooperationRequestSubmittedEvent(id, details.memberState(), details.title()));
        append("CooperationRequest", id, 2, at = at.plus(Duration.ofHours(1)), new CooperationRequestDiagnosisBegunEvent(id));
        append("CooperationRequest", id, 3, at = at.plus(Duration.ofDays(4)), new CooperationRequestValidatedEvent(id));
        append("CooperationRequest", id, 4, at.plus(Duration.ofHours(2)), new CooperationRequestPublishedEvent(id));
    }

    /** A published offer of a random state, one for each need. */
    private void offer(Instant start) {
        String id = "syn-off-" + UUID.randomUUID();
        Instant at = start.plus(Duration.ofDays(random.nextInt(380)));
        CooperationOfferDetails details = new CooperationOfferDetails("Offer " + id.substring(8, 16),
                "An offer of the synthetic data set", Offerer.ofMemberState(pick(STATES)),
                PRIORITIES[random.nextInt(PRIORITIES.length)], List.of(1 + random.nextInt(17)), List.of(pick(MEASURES)),
                OfferModality.values()[random.nextInt(OfferModality.values().length)], List.of("en", "es"),
                new OfferCapacity(1 + random.nextInt(50), null), LocalDate.ofInstant(at, ZoneOffset.UTC),
                LocalDate.ofInstant(at, ZoneOffset.UTC).plusMonths(6));
        append("CooperationOffer", id, 0, at, new CooperationOfferDraftedEvent(id, details));
        append("CooperationOffer", id, 1, at = at.plus(Duration.ofHours(2)),
                new CooperationOfferSubmittedEvent(id, details.title()));
        append("CooperationOffer", id, 2, at.plus(Duration.ofDays(3)), new CooperationOfferPublishedEvent(id));
    }

    /** One proposal along a random path; its stage sequence follows ProjectProposal's rules. */
    private void proposal(Instant start, List<String[]> pool) {
        String id = "syn-pro-" + UUID.randomUUID();
        proposalIds.add(id);
        String state = pick(STATES);
        String account = random.nextInt(6) == 0 ? null : pick(accountIds);
        List<String> measures = random.nextInt(8) == 0 ? List.of() : List.of(pick(MEASURES));
        if (random.nextBoolean() && !measures.isEmpty()) {
            measures = List.of(measures.get(0), pick(MEASURES)).stream().distinct().toList();
        }
        CidiPriority priority = random.nextInt(10) == 0 ? null : PRIORITIES[random.nextInt(PRIORITIES.length)];
        Money requested = Money.usd(amount(40_000, 240_000));
        ProposalDetails details = new ProposalDetails("Synthetic proposal " + proposalIds.size(), "Generated",
                new Proposer(ProposerType.MEMBER_STATE, state, null),
                List.of(new Partner("CO", PartnerRole.PROVIDER), new Partner(state, PartnerRole.BENEFICIARY)),
                Modality.SOUTH_SOUTH, measures, List.of(1 + random.nextInt(17), 1 + random.nextInt(17)).stream()
                        .distinct().toList(), priority, requested, Money.usd("10000.00"), 12, account, List.of(),
                List.of(new Indicator("People trained", "people", BigDecimal.ZERO, BigDecimal.valueOf(100))));
        Cursor c = new Cursor(id, start.plus(Duration.ofMinutes(random.nextInt(400 * 24 * 60))));
        c.add(new ProposalDraftedEvent(id, details));
        if (random.nextInt(3) == 0) {
            c.add(new ProposalDraftUpdatedEvent(id, details));
        }
        ProposalStage stage = ProposalStage.DRAFT;
        if (random.nextInt(25) == 0) {
            finalStages.add(stage);
            return;
        }
        c.add(new ProposalSubmittedEvent(id, state, details.title()));
        stage = ProposalStage.SUBMITTED;
        int screenings = 0;
        int rounds = 0;
        while (true) {
            if (stop(c, 20)) {
                finalStages.add(stage);
                return;
            }
            if (random.nextInt(30) == 0) {
                c.add(new ProposalWithdrawnEvent(id));
                finalStages.add(ProposalStage.WITHDRAWN);
                return;
            }
            c.add(new ProposalScreeningBegunEvent(id, ++screenings));
            stage = ProposalStage.SCREENING;
            if (stop(c, 15)) {
                finalStages.add(stage);
                return;
            }
            if (random.nextInt(6) == 0) {
                c.add(new ProposalScreenedEvent(id, ScreeningOutcome.INCOMPLETE));
                stage = ProposalStage.RETURNED_FOR_REVISION;
                if (stop(c, 4)) {
                    finalStages.add(stage);
                    return;
                }
                c.add(new ProposalResubmittedEvent(id));
                stage = ProposalStage.SUBMITTED;
                continue;
            }
            c.add(new ProposalScreenedEvent(id, ScreeningOutcome.COMPLETE));
            stage = ProposalStage.ELIGIBILITY;
            if (stop(c, 12)) {
                finalStages.add(stage);
                return;
            }
            if (random.nextInt(10) == 0) {
                c.add(new ProposalFoundIneligibleEvent(id, List.of("ceiling"), false, null));
                finalStages.add(ProposalStage.INELIGIBLE);
                return;
            }
            c.add(new EligibilityConfirmedEvent(id, false, null));
            c.same(new BoardReviewOpenedEvent(id, ++rounds));
            stage = ProposalStage.BOARD_REVIEW;
            for (String voter : List.of("board2", "board3", "board4")) {
                c.add(new BoardVoteCastEvent(id, rounds, voter, "BR", BoardVote.APPROVE, 4));
            }
            if (stop(c, 12)) {
                finalStages.add(stage);
                return;
            }
            int decision = random.nextInt(8);
            if (decision == 0) {
                c.add(new ProposalRejectedEvent(id, rounds, new BoardTally(0, 3, 0, 0)));
                finalStages.add(ProposalStage.REJECTED);
                return;
            }
            if (decision == 1 && rounds < 3) {
                c.add(new ProposalReturnedForRevisionEvent(id, rounds, "Revise the budget"));
                stage = ProposalStage.RETURNED_FOR_REVISION;
                if (stop(c, 4)) {
                    finalStages.add(stage);
                    return;
                }
                c.add(new ProposalResubmittedEvent(id));
                stage = ProposalStage.SUBMITTED;
                continue;
            }
            break;
        }
        Money approved = requested;
        c.add(new ProposalApprovedEvent(id, rounds, approved, "none", new BoardTally(3, 0, 0, 0)));
        stage = ProposalStage.APPROVED;
        if (random.nextInt(12) == 0) {
            c.add(new ProposalSuspendedEvent(id, stage));
            if (random.nextBoolean()) {
                finalStages.add(ProposalStage.SUSPENDED);
                return;
            }
            c.add(new ProposalResumedEvent(id, stage));
        }
        // allocate from contributions of the same account, within what each has received
        Money allocated = Money.zero(Money.USD);
        boolean wantsFull = random.nextInt(4) != 0;
        for (String[] contribution : pool) {
            if (!java.util.Objects.equals(contribution[1], account) || allocated.compareTo(approved) == 0) {
                continue;
            }
            BigDecimal free = new BigDecimal(contribution[2]).subtract(new BigDecimal(contribution[3]));
            BigDecimal need = approved.amount().subtract(allocated.amount());
            if (!wantsFull) {
                need = need.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
            }
            BigDecimal take = free.min(need);
            if (take.signum() <= 0) {
                continue;
            }
            Instant at = c.next(1);
            Instant contributionAt = Instant.parse(contribution[5]);
            if (!at.isAfter(contributionAt)) {
                continue;
            }
            Money amount = Money.usd(take.toPlainString());
            allocated = allocated.plus(amount);
            BigDecimal newTotal = new BigDecimal(contribution[3]).add(take);
            contribution[3] = newTotal.toPlainString();
            int seq = Integer.parseInt(contribution[4]);
            contribution[4] = String.valueOf(seq + 1);
            contribution[5] = at.toString();
            append("FundContribution", contribution[0], seq, at, new ContributionAllocatedEvent(contribution[0], id,
                    amount, Money.usd(newTotal.toPlainString())));
            c.at(at, new FundsAllocatedToProposalEvent(id, contribution[0], amount, allocated));
            if (!wantsFull) {
                break;
            }
        }
        if (allocated.compareTo(approved) != 0) {
            finalStages.add(stage);
            return;
        }
        c.same(new ProposalFundedEvent(id, allocated));
        stage = ProposalStage.FUNDED;
        if (stop(c, 5)) {
            finalStages.add(stage);
            return;
        }
        c.add(new ProjectStartedEvent(id, LocalDate.ofInstant(c.time, ZoneOffset.UTC)));
        stage = ProposalStage.IN_EXECUTION;
        if (random.nextInt(10) == 0) {
            c.add(new ProposalSuspendedEvent(id, stage));
            c.add(new ProposalResumedEvent(id, stage));
        }
        if (stop(c, 3)) {
            finalStages.add(stage);
            return;
        }
        c.add(new org.cooperaflow.domain.proposal.api.ProgressReportSubmittedEvent(id, "P1", Money.usd("1000.00"),
                List.of(new org.cooperaflow.domain.proposal.api.IndicatorValue("Teachers trained", BigDecimal.TEN)),
                true));
        c.add(new ProgressReportAcceptedEvent(id, "P1", true));
        stage = ProposalStage.FINAL_EVALUATION;
        if (stop(c, 3)) {
            finalStages.add(stage);
            return;
        }
        c.add(new FinalEvaluationCompletedEvent(id, Map.of()));
        finalStages.add(ProposalStage.CLOSED);
    }

    /** Stops the case here with a chance of 1 in {@code odds}, or when it has reached the present. */
    private boolean stop(Cursor c, int odds) {
        return random.nextInt(odds) == 0 || c.time.isAfter(now.minus(Duration.ofDays(3)));
    }

    /** Appends events of one proposal at increasing times. */
    private final class Cursor {
        final String id;
        Instant time;
        int seq;

        Cursor(String id, Instant time) {
            this.id = id;
            this.time = time;
        }

        /** The next moment: hours to weeks later, never past now. */
        Instant next(int minHours) {
            long hours = minHours + (long) Math.abs(random.nextGaussian() * 24 * 9);
            Instant candidate = time.plus(Duration.ofHours(hours)).plusMillis(random.nextInt(3_600_000));
            if (candidate.isAfter(now.minusSeconds(60))) {
                candidate = time.plusMillis(1 + random.nextInt(1000));
            }
            return candidate;
        }

        void add(Object event) {
            at(next(1), event);
        }

        /** At the same moment as the previous event (events of one command). */
        void same(Object event) {
            append("ProjectProposal", id, seq++, time, event);
        }

        void at(Instant at, Object event) {
            time = at;
            append("ProjectProposal", id, seq++, at, event);
        }
    }

    private void append(String type, String aggregateId, long seq, Instant at, Object payload) {
        events.add(new GenericDomainEventMessage<>(type, aggregateId, seq, payload, SYSTEM,
                UUID.randomUUID().toString(), at.truncatedTo(ChronoUnit.MILLIS)));
    }

    private String amount(int min, int max) {
        return BigDecimal.valueOf(min + random.nextInt(max - min), 0).add(BigDecimal.valueOf(random.nextInt(100), 2))
                .toPlainString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /**
     * Appends the generated events in batches, with the {@code workflow} processor paused, then
     * moves that processor's token past them: synthetic cases have no process.
     */
    public void appendTo(EventStorageEngine storage, EventProcessingConfiguration processing, TokenStore tokens,
                         org.springframework.jdbc.core.JdbcTemplate jdbc) {
        StreamingEventProcessor workflow = processing.eventProcessor("workflow", StreamingEventProcessor.class)
                .orElseThrow();
        workflow.shutDown();
        try {
            for (int from = 0; from < events.size(); from += 500) {
                storage.appendEvents(events.subList(from, Math.min(events.size(), from + 500)));
            }
            Long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM domainevententry", Long.class);
            for (int segment : tokens.fetchSegments("workflow")) {
                tokens.storeToken(GapAwareTrackingToken.newInstance(head, List.of()), "workflow", segment);
            }
        } finally {
            workflow.start();
        }
    }

    /**
     * Waits until every tracking processor has handled the event store's head. (A processor's
     * "caught up" flag stays set once it has caught up, so it says nothing about a bulk append.)
     */
    public static void awaitAllProcessed(EventProcessingConfiguration processing,
                                         org.springframework.jdbc.core.JdbcTemplate jdbc) {
        org.cooperaflow.app.support.IntegrationTest.awaitProcessorsCaughtUp(processing, jdbc, Duration.ofMinutes(5));
    }
}
