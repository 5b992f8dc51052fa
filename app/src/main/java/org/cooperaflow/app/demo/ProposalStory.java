package org.cooperaflow.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.DraftProposalCommand;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.proposal.api.ResubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.SubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.UpdateProposalDraftCommand;
import org.cooperaflow.domain.proposal.api.WithdrawProposalCommand;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Outcomes;

/**
 * One project proposal's life, step by step, each step some days after the one before: the officer of
 * the proposing state drafts, submits, revises, starts and reports; the secretariat screens, reviews
 * reports and evaluates; the eligibility officer rules; each Board member votes on their own review;
 * the chair decides; the fund manager allocates. The story also notes the stage each step should
 * leave the proposal in, so that the scenario says where every case ends.
 */
final class ProposalStory {

    /** A Board member's vote on their review task. */
    record Vote(String member, BoardVote vote, Integer score) {
    }

    /** Money the fund manager takes from a contribution for the proposal. */
    record Allocation(ContributionStory contribution, String usd) {
    }

    private static final List<String> SCREENED_COMPLETE = List.of(
            "All annexes present; the results framework is measurable",
            "Complete: budget, work plan and letters of the partners attached",
            "Complete; the co-financing letter is signed");
    private static final List<String> ELIGIBLE = List.of(
            "Meets the Fund's criteria; within the account's ceiling",
            "Eligible: aligned with the action plan and the account's priorities",
            "Eligible; the rules found nothing to object to");
    private static final List<String> APPROVE = List.of(
            "Strong alignment with the action plan; credible partners",
            "Good value for money and a clear exit strategy",
            "Well-designed results framework",
            "Builds on a proven model from the provider country");
    private static final List<String> REJECT = List.of(
            "Outcomes are not measurable as proposed",
            "Too costly for the expected results",
            "Duplicates work already financed by other donors");
    private static final List<String> ABSTAIN = List.of(
            "Abstaining: I would like to see the sustainability plan first",
            "No strong view either way");
    private static final List<String> ACCEPTED = List.of(
            "Accepted: indicators on track",
            "Accepted; expenditure consistent with the work plan",
            "Accepted, with thanks for the photos of the activities");

    private final DemoScript script;
    private final String id = UUID.randomUUID().toString();
    private final String officer;
    private final String proposerState;
    private final String title;
    private String summary;
    private final List<Partner> partners = new ArrayList<>();
    private Modality modality;
    private List<String> measures = List.of();
    private List<Integer> sdgs = List.of();
    private CidiPriority priority;
    private String requestedUsd;
    private String coFinancingUsd;
    private Integer durationMonths;
    private DemoScript.Account account;
    private final List<NeedStory> needs = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();

    private Instant at;
    private ProposalStage stage;
    private BigDecimal allocated = BigDecimal.ZERO;
    private LocalDate periodStart;
    private String periodUnderReview;
    private BigDecimal expenditureUnderReview;
    private boolean finalUnderReview;
    private int acceptedReports;
    private BigDecimal spent = BigDecimal.ZERO;

    ProposalStory(DemoScript script, String officer, String proposerState, String title) {
        this.script = script;
        this.officer = officer;
        this.proposerState = proposerState;
        this.title = title;
    }

    static Vote approve(String member, int score) {
        return new Vote(member, BoardVote.APPROVE, score);
    }

    static Vote reject(String member, int score) {
        return new Vote(member, BoardVote.REJECT, score);
    }

    static Vote abstain(String member) {
        return new Vote(member, BoardVote.ABSTAIN, null);
    }

    /** A member of the proposer's or a partner's state stands aside. */
    static Vote recuse(String member) {
        return new Vote(member, BoardVote.RECUSE, null);
    }

    static Allocation from(ContributionStory contribution, String usd) {
        return new Allocation(contribution, usd);
    }

    static Partner provider(String memberState) {
        return new Partner(memberState, PartnerRole.PROVIDER);
    }

    static Partner beneficiary(String memberState) {
        return new Partner(memberState, PartnerRole.BENEFICIARY);
    }

    static Partner facilitator(String memberState) {
        return new Partner(memberState, PartnerRole.FACILITATOR);
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    String proposerState() {
        return proposerState;
    }

    /** The stage the scenario leaves the proposal in. */
    ProposalStage stage() {
        return stage;
    }

    // ---- what the proposal says ----

    ProposalStory summary(String text) {
        summary = text;
        return this;
    }

    ProposalStory partners(Modality how, Partner... parties) {
        modality = how;
        partners.addAll(Arrays.asList(parties));
        return this;
    }

    ProposalStory priority(CidiPriority value, Integer... goals) {
        priority = value;
        sdgs = Arrays.asList(goals);
        return this;
    }

    ProposalStory measures(String... codes) {
        measures = Arrays.asList(codes);
        return this;
    }

    /** The thematic account asked for; without it the proposal asks for unearmarked funds. */
    ProposalStory account(DemoScript.Account value) {
        account = value;
        return this;
    }

    ProposalStory requests(String usd, String coFinancing, int months) {
        requestedUsd = usd;
        coFinancingUsd = coFinancing;
        durationMonths = months;
        return this;
    }

    ProposalStory indicator(String name, String unit, int baseline, int target) {
        indicators.add(new Indicator(name, unit, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target)));
        return this;
    }

    /** The needs of the catalog the proposal answers; each must be in the catalog when it is drafted. */
    ProposalStory addresses(NeedStory... catalogNeeds) {
        needs.addAll(Arrays.asList(catalogNeeds));
        return this;
    }

    // ---- the proposer ----

    ProposalStory drafted(int daysAgo) {
        at = script.daysAgo(daysAgo);
        for (NeedStory need : needs) {
            if (!need.inCatalogAt(at)) {
                throw new IllegalStateException("Demo scenario: '" + title + "' links the need '" + need.title()
                        + "', which is not in the catalog when the proposal is drafted");
            }
        }
        stage = ProposalStage.DRAFT;
        DraftProposalCommand draft = new DraftProposalCommand(id, details());
        step(officer + " drafts", demo -> demo.send(officer, draft));
        return this;
    }

    /** The officer improves the draft (or the returned proposal): the note is added to the summary. */
    ProposalStory updated(double days, String note) {
        at = script.after(at, days);
        summary = summary + " " + note;
        UpdateProposalDraftCommand update = new UpdateProposalDraftCommand(id, details());
        step(officer + " revises", demo -> demo.send(officer, update));
        return this;
    }

    /** Submitted: the lifecycle process begins the screening at once. */
    ProposalStory submitted(double days) {
        at = script.after(at, days);
        stage = ProposalStage.SCREENING;
        step(officer + " submits", demo -> demo.send(officer, new SubmitProposalCommand(id)));
        return this;
    }

    /** Revised as asked and resubmitted, back to screening. */
    ProposalStory resubmitted(double days, String revision) {
        updated(days, revision);
        at = script.after(at, 0.02);
        stage = ProposalStage.SCREENING;
        step(officer + " resubmits", demo -> demo.send(officer, new ResubmitProposalCommand(id)));
        return this;
    }

    ProposalStory withdrawn(double days) {
        at = script.after(at, days);
        stage = ProposalStage.WITHDRAWN;
        step(officer + " withdraws", demo -> demo.send(officer, new WithdrawProposalCommand(id)));
        return this;
    }

    /** Returned and never resubmitted: the revision timeout withdraws the proposal. */
    ProposalStory revisionTimesOut() {
        script.expectTimer(id, Elements.EVENT_REVISION_TIMED_OUT);
        stage = ProposalStage.WITHDRAWN;
        return this;
    }

    // ---- screening and eligibility ----

    ProposalStory screenedComplete(double days) {
        at = script.after(at, days);
        stage = ProposalStage.ELIGIBILITY;
        task(DemoAgency.SECRETARIAT, Elements.TASK_SCREEN_PROPOSAL, Outcomes.COMPLETE,
                script.comment(SCREENED_COMPLETE), Map.of());
        return this;
    }

    ProposalStory screenedIncomplete(double days, String whatIsMissing) {
        at = script.after(at, days);
        stage = ProposalStage.RETURNED_FOR_REVISION;
        task(DemoAgency.SECRETARIAT, Elements.TASK_SCREEN_PROPOSAL, Outcomes.INCOMPLETE, whatIsMissing, Map.of());
        return this;
    }

    /** Eligible, as the rules found. */
    ProposalStory eligible(double days) {
        at = script.after(at, days);
        stage = ProposalStage.BOARD_REVIEW;
        task(DemoAgency.ELIGIBILITY, Elements.TASK_CONFIRM_ELIGIBILITY, Outcomes.ELIGIBLE,
                script.comment(ELIGIBLE), Map.of());
        return this;
    }

    /** Eligible although the rules found a reason against it: the justification says why. */
    ProposalStory eligibleOverridingTheRules(double days, String justification) {
        at = script.after(at, days);
        stage = ProposalStage.BOARD_REVIEW;
        task(DemoAgency.ELIGIBILITY, Elements.TASK_CONFIRM_ELIGIBILITY, Outcomes.ELIGIBLE, justification,
                Map.of("justification", justification));
        return this;
    }

    /** Ineligible, as the rules found. */
    ProposalStory ineligible(double days, String comment) {
        at = script.after(at, days);
        stage = ProposalStage.INELIGIBLE;
        task(DemoAgency.ELIGIBILITY, Elements.TASK_CONFIRM_ELIGIBILITY, Outcomes.INELIGIBLE, comment, Map.of());
        return this;
    }

    /** Ineligible although the rules found nothing against it: the justification says why. */
    ProposalStory ineligibleOverridingTheRules(double days, String justification) {
        at = script.after(at, days);
        stage = ProposalStage.INELIGIBLE;
        task(DemoAgency.ELIGIBILITY, Elements.TASK_CONFIRM_ELIGIBILITY, Outcomes.INELIGIBLE, justification,
                Map.of("justification", justification));
        return this;
    }

    // ---- the Board ----

    /** The members vote on their reviews, the first some days after the round opened, then one a day. */
    ProposalStory votes(double days, Vote... votes) {
        for (int i = 0; i < votes.length; i++) {
            at = script.after(at, i == 0 ? days : 1);
            Vote vote = votes[i];
            Map<String, Object> data = vote.score() == null ? Map.of() : Map.of("score", vote.score());
            task(vote.member(), Elements.TASK_REVIEW_PROPOSAL, vote.vote().name(), voteComment(vote), data);
        }
        return this;
    }

    /** Nobody decides within the round: the chair is reminded, then the deadline closes the round. */
    ProposalStory reviewDeadlinePasses() {
        script.expectTimer(id, Elements.BOUNDARY_EVENT_REVIEW_REMINDER);
        script.expectTimer(id, Elements.BOUNDARY_EVENT_REVIEW_DEADLINE);
        return this;
    }

    ProposalStory approved(double days, String conditions) {
        at = script.after(at, days);
        stage = ProposalStage.APPROVED;
        needs.forEach(NeedStory::addressed);
        task(DemoAgency.CHAIR, Elements.TASK_RECORD_BOARD_DECISION, Outcomes.APPROVE,
                "Approved by the Board", Map.of("conditions", conditions));
        return this;
    }

    ProposalStory rejected(double days, String comment) {
        at = script.after(at, days);
        stage = ProposalStage.REJECTED;
        task(DemoAgency.CHAIR, Elements.TASK_RECORD_BOARD_DECISION, Outcomes.REJECT, comment, Map.of());
        return this;
    }

    ProposalStory returnedForRevision(double days, String whatToRevise) {
        at = script.after(at, days);
        stage = ProposalStage.RETURNED_FOR_REVISION;
        task(DemoAgency.CHAIR, Elements.TASK_RECORD_BOARD_DECISION, Outcomes.REVISE, "The Board asks for a revision",
                Map.of("conditions", whatToRevise));
        return this;
    }

    // ---- funding and execution ----

    /** The fund manager allocates; the proposal is funded once the allocations reach the approved amount. */
    ProposalStory allocated(double days, Allocation... allocations) {
        at = script.after(at, days);
        List<Map<String, Object>> data = new ArrayList<>();
        for (Allocation allocation : allocations) {
            data.add(Map.of("contributionId", allocation.contribution().id(),
                    "amount", DemoAgency.money(allocation.usd(), Money.USD)));
            allocated = allocated.add(new BigDecimal(allocation.usd()));
        }
        stage = allocated.compareTo(new BigDecimal(requestedUsd)) == 0 ? ProposalStage.FUNDED : ProposalStage.APPROVED;
        task(DemoAgency.FUND, Elements.TASK_ALLOCATE_FUNDS, Outcomes.ALLOCATE,
                script.comment(List.of("Allocated from the account's receipts", "Funds allocated as approved")),
                Map.of("allocations", data));
        return this;
    }

    ProposalStory started(double days) {
        at = script.after(at, days);
        stage = ProposalStage.IN_EXECUTION;
        periodStart = date(at);
        task(officer, Elements.TASK_CONFIRM_START, Outcomes.START, "Inception workshop held with the partners",
                Map.of("startDate", periodStart.toString()));
        return this;
    }

    /** The officer reports on the period that ends that day (or again on the one sent back). */
    ProposalStory reported(double days) {
        return report(days, false);
    }

    /** The project's last report. */
    ProposalStory reportedFinal(double days) {
        return report(days, true);
    }

    private ProposalStory report(double days, boolean last) {
        at = script.after(at, days);
        BigDecimal requested = new BigDecimal(requestedUsd);
        if (periodUnderReview == null) {
            periodUnderReview = periodStart + "/" + date(at);
            expenditureUnderReview = last
                    ? requested.multiply(new BigDecimal("0.94")).subtract(spent).max(requested.multiply(new BigDecimal("0.10")))
                    : requested.multiply(new BigDecimal("0.21"));
            expenditureUnderReview = expenditureUnderReview.setScale(2, RoundingMode.HALF_EVEN);
            finalUnderReview = last;
        }
        int number = acceptedReports + 1;
        List<Map<String, Object>> values = new ArrayList<>();
        for (Indicator indicator : indicators) {
            BigDecimal progress = last ? BigDecimal.ONE : BigDecimal.valueOf(Math.min(0.85, 0.28 * number));
            BigDecimal value = indicator.baseline()
                    .add(indicator.target().subtract(indicator.baseline()).multiply(progress))
                    .setScale(0, RoundingMode.HALF_UP);
            values.add(Map.of("name", indicator.name(), "value", value.toPlainString()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("period", periodUnderReview);
        data.put("expenditure", DemoAgency.money(expenditureUnderReview.toPlainString(), Money.USD));
        data.put("indicators", values);
        data.put("final", finalUnderReview);
        task(officer, Elements.TASK_SUBMIT_PROGRESS_REPORT, Outcomes.SUBMIT,
                finalUnderReview ? "Final report, with the completion survey" : "Report " + number + " for " + periodUnderReview,
                data);
        return this;
    }

    ProposalStory reportAccepted(double days) {
        at = script.after(at, days);
        acceptedReports++;
        spent = spent.add(expenditureUnderReview);
        periodStart = LocalDate.parse(periodUnderReview.substring(periodUnderReview.indexOf('/') + 1));
        if (finalUnderReview) {
            stage = ProposalStage.FINAL_EVALUATION;
        }
        periodUnderReview = null;
        task(DemoAgency.SECRETARIAT, Elements.TASK_REVIEW_PROGRESS_REPORT, Outcomes.ACCEPT,
                script.comment(ACCEPTED), Map.of());
        return this;
    }

    ProposalStory reportChangesRequested(double days, String whichChanges) {
        at = script.after(at, days);
        task(DemoAgency.SECRETARIAT, Elements.TASK_REVIEW_PROGRESS_REPORT, Outcomes.REQUEST_CHANGES, whichChanges,
                Map.of());
        return this;
    }

    /** The open report is not in by its due date: it is escalated to the manager. */
    ProposalStory reportOverdue() {
        script.expectTimer(id, Elements.BOUNDARY_EVENT_REPORT_OVERDUE);
        return this;
    }

    /** The final evaluation, rated 1-6 on relevance, coherence, effectiveness, efficiency, impact and sustainability. */
    ProposalStory evaluated(double days, int relevance, int coherence, int effectiveness, int efficiency, int impact,
                            int sustainability) {
        at = script.after(at, days);
        stage = ProposalStage.CLOSED;
        Map<String, Object> ratings = new LinkedHashMap<>();
        ratings.put("RELEVANCE", relevance);
        ratings.put("COHERENCE", coherence);
        ratings.put("EFFECTIVENESS", effectiveness);
        ratings.put("EFFICIENCY", efficiency);
        ratings.put("IMPACT", impact);
        ratings.put("SUSTAINABILITY", sustainability);
        task(DemoAgency.SECRETARIAT, Elements.TASK_FINAL_EVALUATION, Outcomes.COMPLETE,
                "Final evaluation with the partners' self-assessment", Map.of("ratings", ratings));
        return this;
    }

    // ----

    private ProposalDetails details() {
        return new ProposalDetails(title, summary, new Proposer(ProposerType.MEMBER_STATE, proposerState, null),
                partners, modality, measures, sdgs, priority, Money.usd(requestedUsd),
                coFinancingUsd == null ? null : Money.usd(coFinancingUsd), durationMonths,
                account == null ? null : account.id(), needs.stream().map(NeedStory::id).toList(),
                indicators);
    }

    private String voteComment(Vote vote) {
        return switch (vote.vote()) {
            case APPROVE -> script.comment(APPROVE);
            case REJECT -> script.comment(REJECT);
            case ABSTAIN -> script.comment(ABSTAIN);
            case RECUSE -> "Recused: my state is a party to this proposal";
        };
    }

    private void task(String user, String taskDefinitionKey, String outcome, String comment, Map<String, Object> data) {
        step(user + " completes " + taskDefinitionKey + " " + outcome,
                demo -> demo.complete(user, id, taskDefinitionKey, outcome, comment, data));
    }

    private void step(String what, Consumer<DemoActions> action) {
        script.add(at, what + " '" + title + "' (" + proposerState + ")", action);
    }

    private static LocalDate date(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
