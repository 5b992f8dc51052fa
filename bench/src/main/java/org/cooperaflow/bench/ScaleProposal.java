package org.cooperaflow.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cooperaflow.bench.InMemoryDomain.Actor;
import org.cooperaflow.bench.ScaleScript.Account;
import org.cooperaflow.bench.ScaleScript.Allocation;
import org.cooperaflow.bench.ScaleScript.CatalogNeed;
import org.cooperaflow.domain.fund.api.AllocateContributionCommand;
import org.cooperaflow.domain.proposal.api.AllocateFundsCommand;
import org.cooperaflow.domain.proposal.api.BeginScreeningCommand;
import org.cooperaflow.domain.proposal.api.BoardDecision;
import org.cooperaflow.domain.proposal.api.BoardVote;
import org.cooperaflow.domain.proposal.api.CastBoardVoteCommand;
import org.cooperaflow.domain.proposal.api.CloseBoardReviewRoundCommand;
import org.cooperaflow.domain.proposal.api.CompleteFinalEvaluationCommand;
import org.cooperaflow.domain.proposal.api.ConfirmEligibilityCommand;
import org.cooperaflow.domain.proposal.api.ConfirmProjectStartCommand;
import org.cooperaflow.domain.proposal.api.DraftProposalCommand;
import org.cooperaflow.domain.proposal.api.EligibilityOutcome;
import org.cooperaflow.domain.proposal.api.EscalateOverdueReportCommand;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.IndicatorValue;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.proposal.api.RecordBoardDecisionCommand;
import org.cooperaflow.domain.proposal.api.RecordEligibilityAssessmentCommand;
import org.cooperaflow.domain.proposal.api.RemindBoardChairCommand;
import org.cooperaflow.domain.proposal.api.ReportReview;
import org.cooperaflow.domain.proposal.api.ResubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.ReviewProgressReportCommand;
import org.cooperaflow.domain.proposal.api.ScreenProposalCommand;
import org.cooperaflow.domain.proposal.api.ScreeningOutcome;
import org.cooperaflow.domain.proposal.api.SubmitProgressReportCommand;
import org.cooperaflow.domain.proposal.api.SubmitProposalCommand;
import org.cooperaflow.domain.proposal.api.UpdateProposalDraftCommand;
import org.cooperaflow.domain.proposal.api.WithdrawProposalCommand;
import org.cooperaflow.domain.request.api.MarkCooperationRequestAddressedCommand;
import org.cooperaflow.domain.shared.ActionPlanMeasures;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.DacCriterion;
import org.cooperaflow.domain.shared.MemberState;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;

/**
 * One project proposal's life at scale, as the demo agency's {@code ProposalStory} tells one by hand: drafted and
 * submitted by an officer of the proposing state; screened by the secretariat (sometimes returned as incomplete and
 * resubmitted, or withdrawn when it is not); assessed by the eligibility rules and ruled on by the eligibility officer
 * (now and then against the rules, with a justification); reviewed by every Board member (a member of a party's state
 * recuses) and decided by the chair; funded by the fund manager from the contributions received; started, reported on
 * each quarter, evaluated and closed. Where the path goes is drawn once, when the proposal is drafted.
 */
final class ScaleProposal {

    /** Where the proposal ends, unless the horizon comes first. */
    enum Fate { ABANDONED_DRAFT, WITHDRAWN, NOT_RESUBMITTED, INELIGIBLE, REJECTED, CLOSED }

    /** What the eligibility rules would object to. */
    private enum Flaw { NONE, ABOVE_CEILING, TOO_LONG, NO_MEASURE }

    private record Vote(Actor member, BoardVote vote, Integer score) {
    }

    /** {@code EligibilityDecision.KEY} of the workflows, the decision table the rules are read from. */
    private static final String ELIGIBILITY_DECISION = "FcdEligibility";
    private static final int ELIGIBILITY_DECISION_VERSION = 1;
    private static final List<String> BOARD_MEMBER_IDS = ScaleScript.BOARD.stream().map(Actor::name).toList();
    private static final Set<String> BOARD_STATES = Set.of("JM", "BR", "US", "CA", "MX");
    /** The donors of the hemisphere propose no projects for themselves here; they provide. */
    private static final List<MemberState> PROPOSERS = ScaleScript.PARTICIPATING.stream()
            .filter(s -> !Set.of("US", "CA").contains(s.code())).toList();
    private static final List<String> MEASURES = ActionPlanMeasures.all().stream()
            .map(ActionPlanMeasures.Measure::code).toList();

    private static final Map<CidiPriority, List<String>> THEMES = Map.of(
            CidiPriority.EDUCATION, List.of("Digital skills for rural teachers", "Bilingual teacher training",
                    "STEM teaching in secondary schools", "Early childhood reading", "Technical and vocational training"),
            CidiPriority.SOCIAL_DEVELOPMENT, List.of("Women's cooperatives in agribusiness", "Youth employment services",
                    "Social protection registries", "Community health workers"),
            CidiPriority.ECONOMIC_DIVERSIFICATION, List.of("Export readiness for small firms",
                    "Specialty coffee traceability", "Financial literacy for micro-entrepreneurs", "Digital port logistics"),
            CidiPriority.SCIENCE_AND_TECHNOLOGY, List.of("Cybersecurity incident response", "Telemedicine for rural clinics",
                    "Open data for municipalities", "Broadband in public libraries"),
            CidiPriority.DEMOCRATIC_INSTITUTIONS, List.of("E-justice for rural courts", "Land registry modernisation",
                    "Training for electoral observers", "Municipal transparency portals"),
            CidiPriority.SUSTAINABLE_TOURISM, List.of("Community tourism in rural villages", "Tourism satellite account",
                    "Heritage trails"),
            CidiPriority.SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, List.of("Coral reef restoration",
                    "Municipal climate adaptation plans", "Water harvesting for dry-season farming",
                    "Recycling cooperatives in coastal towns"),
            CidiPriority.CULTURE, List.of("Music heritage archive", "Museum conservation training",
                    "Documentation of indigenous languages"));
    private static final Map<CidiPriority, List<Integer>> SDGS = Map.of(
            CidiPriority.EDUCATION, List.of(4, 10), CidiPriority.SOCIAL_DEVELOPMENT, List.of(1, 5, 8),
            CidiPriority.ECONOMIC_DIVERSIFICATION, List.of(8, 9, 17), CidiPriority.SCIENCE_AND_TECHNOLOGY, List.of(9, 17),
            CidiPriority.DEMOCRATIC_INSTITUTIONS, List.of(16), CidiPriority.SUSTAINABLE_TOURISM, List.of(8, 12),
            CidiPriority.SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, List.of(6, 13, 14, 15), CidiPriority.CULTURE, List.of(11));

    private final ScaleScript script;
    private final String id;
    private final MemberState proposer;
    private final Actor officer;
    private final Fate fate;
    private final Flaw flaw;
    private final Account account;
    private ProposalDetails details;
    private final List<CatalogNeed> needs = new ArrayList<>();
    private String processInstanceId;
    private Instant at;
    private boolean returnedByBoard;

    private ScaleProposal(ScaleScript script, Instant drafted, List<Account> accounts) {
        this.script = script;
        this.id = script.uuid();
        this.at = drafted;
        this.proposer = script.pick(PROPOSERS);
        this.officer = Actor.officerOf(proposer.code());
        double fateDraw = script.random.nextDouble();
        this.fate = fateDraw < 0.02 ? Fate.ABANDONED_DRAFT : fateDraw < 0.06 ? Fate.WITHDRAWN
                : fateDraw < 0.08 ? Fate.NOT_RESUBMITTED : fateDraw < 0.14 ? Fate.INELIGIBLE
                : fateDraw < 0.23 ? Fate.REJECTED : Fate.CLOSED;
        CidiPriority priority = script.pick(List.of(CidiPriority.values()));
        List<Account> serving = accounts.stream().filter(a -> a.priorities().contains(priority)).toList();
        this.account = serving.isEmpty() || script.chance(0.1) ? null : script.pick(serving);
        this.flaw = flaw();
        this.details = details(priority);
    }

    /** A proposal drafted at that moment, played through its path. */
    static ScaleProposal play(ScaleScript script, Instant drafted, List<Account> accounts) {
        ScaleProposal proposal = new ScaleProposal(script, drafted, accounts);
        proposal.play();
        return proposal;
    }

    static List<Integer> sdgsFor(CidiPriority priority, ScaleScript script) {
        List<Integer> goals = new ArrayList<>(SDGS.get(priority));
        Collections.shuffle(goals, script.random);
        return List.copyOf(goals.subList(0, 1 + script.random.nextInt(goals.size())));
    }

    private Flaw flaw() {
        boolean flawed = fate == Fate.INELIGIBLE ? script.chance(0.75) : fate == Fate.CLOSED && script.chance(0.03);
        if (!flawed) {
            return Flaw.NONE;
        }
        if (account != null && (fate == Fate.CLOSED || script.chance(0.5))) {
            return Flaw.ABOVE_CEILING;
        }
        return script.chance(0.5) ? Flaw.TOO_LONG : Flaw.NO_MEASURE;
    }

    // ---- what the proposal says ----

    private ProposalDetails details(CidiPriority priority) {
        Modality modality = modality();
        List<Partner> partners = partners(modality);
        MemberState provider = MemberStates.get(partners.get(0).memberState());
        String theme = script.pick(THEMES.get(priority));
        BigDecimal ceiling = account == null ? new BigDecimal("300000") : account.ceilingUsd();
        BigDecimal requested = flaw == Flaw.ABOVE_CEILING
                ? ceiling.add(BigDecimal.valueOf(10_000L * (1 + script.random.nextInt(10))))
                : BigDecimal.valueOf(5_000L * (8 + script.random.nextInt(ceiling.intValue() / 5_000 - 7)));
        BigDecimal coFinancing = requested.multiply(BigDecimal.valueOf(script.random.nextInt(4) * 5L))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
        int months = flaw == Flaw.TOO_LONG ? 60 : 12 + 3 * script.random.nextInt(7);
        List<String> measures = flaw == Flaw.NO_MEASURE ? List.of() : measures();
        return new ProposalDetails(theme + " in " + proposer.nameEn(),
                provider.nameEn() + " shares its experience with " + proposer.nameEn() + ": " + theme + ".",
                new Proposer(ProposerType.MEMBER_STATE, proposer.code(), null), partners, modality, measures,
                sdgsFor(priority, script), priority, usd(requested), usd(coFinancing), months,
                account == null ? null : account.id(), List.of(), indicators(theme));
    }

    private Modality modality() {
        double draw = script.random.nextDouble();
        return draw < 0.6 ? Modality.SOUTH_SOUTH : draw < 0.75 ? Modality.BILATERAL
                : draw < 0.9 ? Modality.TRIANGULAR : Modality.MULTILATERAL;
    }

    /**
     * The provider first, the proposer as beneficiary, and a facilitator in triangular cooperation; at most two of the
     * parties are states of Board members, so that three members are left to vote.
     */
    private List<Partner> partners(Modality modality) {
        while (true) {
            MemberState provider = script.pick(ScaleScript.PARTICIPATING);
            MemberState facilitator = script.pick(ScaleScript.PARTICIPATING);
            if (provider.equals(proposer) || facilitator.equals(proposer) || facilitator.equals(provider)) {
                continue;
            }
            List<Partner> partners = new ArrayList<>(List.of(new Partner(provider.code(), PartnerRole.PROVIDER),
                    new Partner(proposer.code(), PartnerRole.BENEFICIARY)));
            if (modality == Modality.TRIANGULAR) {
                partners.add(new Partner(facilitator.code(), PartnerRole.FACILITATOR));
            }
            Set<String> parties = new HashSet<>(List.of(proposer.code()));
            partners.forEach(p -> parties.add(p.memberState()));
            if (parties.stream().filter(BOARD_STATES::contains).count() <= 2) {
                return List.copyOf(partners);
            }
        }
    }

    private List<String> measures() {
        List<String> codes = new ArrayList<>(MEASURES);
        Collections.shuffle(codes, script.random);
        return List.copyOf(codes.subList(0, 1 + script.random.nextInt(2)));
    }

    private List<Indicator> indicators(String theme) {
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(new Indicator("People trained", "people", BigDecimal.ZERO,
                BigDecimal.valueOf(50L * (2 + script.random.nextInt(40)))));
        if (script.chance(0.6)) {
            indicators.add(new Indicator("Institutions applying " + theme.toLowerCase(Locale.ROOT),
                    "institutions", BigDecimal.valueOf(script.random.nextInt(5)),
                    BigDecimal.valueOf(10L + script.random.nextInt(40))));
        }
        return indicators;
    }

    private static Money usd(BigDecimal amount) {
        return new Money(amount, Money.USD);
    }

    // ---- the path ----

    private boolean next(double fromDays, double toDays, Actor actor, Object command, Map<String, ?> metaData) {
        at = script.after(at, script.days(fromDays, toDays));
        return script.add(at, actor, command, metaData);
    }

    /** A process step, a moment after the user's step that set it off. */
    private boolean then(Object command, String reason) {
        at = ScaleScript.moments(at, 2);
        return script.add(at, Actor.SYSTEM, command, ScaleScript.processStep(processInstanceId, reason));
    }

    private void play() {
        if (script.chance(0.3)) {
            CatalogNeed need = script.catalogNeed(proposer.code(), at);
            if (need != null) {
                needs.add(need);
                details = withNeeds(details, List.of(need.id()));
            }
        }
        if (!script.add(at, officer, new DraftProposalCommand(id, details), ScaleScript.NO_MORE)) {
            return;
        }
        if (script.chance(0.25) && !next(0.5, 6, officer, new UpdateProposalDraftCommand(id, details = revised(details,
                "Adds the national counterpart's letter of support.")), ScaleScript.NO_MORE)) {
            return;
        }
        if (fate == Fate.ABANDONED_DRAFT) {
            return;
        }
        boolean withdrawsEarly = fate == Fate.WITHDRAWN && script.chance(0.3);
        if (withdrawsEarly && script.chance(0.3)) {
            next(2, 20, officer, new WithdrawProposalCommand(id), ScaleScript.NO_MORE);
            return;
        }
        if (!next(1, 10, officer, new SubmitProposalCommand(id), ScaleScript.NO_MORE)) {
            return;
        }
        processInstanceId = script.uuid();
        if (!then(new BeginScreeningCommand(id), "screening opened by the lifecycle process")) {
            return;
        }
        if (withdrawsEarly) {
            next(1, 6, officer, new WithdrawProposalCommand(id), ScaleScript.NO_MORE);
            return;
        }
        if (fate == Fate.NOT_RESUBMITTED || script.chance(0.12)) {
            if (!next(1, 8, ScaleScript.SECRETARIAT, new ScreenProposalCommand(id, ScreeningOutcome.INCOMPLETE),
                    script.task(processInstanceId, script.pick(List.of(
                            "The results framework has no measured baseline; please give one",
                            "No letter from the partner institution; please attach it",
                            "The budget does not add up to the amount requested"))))) {
                return;
            }
            if (fate == Fate.NOT_RESUBMITTED) {
                at = script.after(at, 30);
                script.add(at, Actor.SYSTEM, new WithdrawProposalCommand(id),
                        ScaleScript.processStep(processInstanceId, "not resubmitted within P30D"));
                return;
            }
            if (!resubmit(3, 25, "Gives the missing baseline and the partner's letter.")) {
                return;
            }
        }
        if (!screenedAndRuled()) {
            return;
        }
        if (fate == Fate.INELIGIBLE) {
            return;
        }
        if (fate != Fate.WITHDRAWN && script.chance(0.06)) {
            returnedByBoard = true;
            if (!boardReview(BoardDecision.REVISE) || !resubmit(5, 28, "Explains how the partners keep it running "
                    + "without the provider.") || !screenedAndRuled()) {
                return;
            }
        }
        if (!boardReview(fate == Fate.REJECTED ? BoardDecision.REJECT : BoardDecision.APPROVE)
                || fate != Fate.CLOSED) {
            return;
        }
        execute();
    }

    private boolean resubmit(double fromDays, double toDays, String revision) {
        if (!next(fromDays, toDays, officer, new UpdateProposalDraftCommand(id, details = revised(details, revision)),
                ScaleScript.NO_MORE)) {
            return false;
        }
        at = script.after(at, 0.02);
        return script.add(at, officer, new ResubmitProposalCommand(id), ScaleScript.NO_MORE)
                && then(new BeginScreeningCommand(id), "screening opened by the lifecycle process");
    }

    /** Screened complete, assessed by the rules, ruled on by the eligibility officer; false where the path ends. */
    private boolean screenedAndRuled() {
        if (!next(1, 8, ScaleScript.SECRETARIAT, new ScreenProposalCommand(id, ScreeningOutcome.COMPLETE),
                script.task(processInstanceId, script.pick(List.of(
                        "All annexes present; the results framework is measurable",
                        "Complete: budget, work plan and letters of the partners attached",
                        "Complete; the co-financing letter is signed"))))) {
            return false;
        }
        List<String> reasons = ruleReasons();
        if (!then(new RecordEligibilityAssessmentCommand(id, ELIGIBILITY_DECISION, ELIGIBILITY_DECISION_VERSION,
                ruleInputs(), reasons), "eligibility rules evaluated")) {
            return false;
        }
        if (fate == Fate.WITHDRAWN && script.chance(0.4)) {
            next(1, 8, officer, new WithdrawProposalCommand(id), ScaleScript.NO_MORE);
            return false;
        }
        boolean eligible = fate != Fate.INELIGIBLE || returnedByBoard;
        String justification = eligible == reasons.isEmpty() ? null : eligible
                ? "The account's ceiling is waived: the Board's co-financing rule covers the difference"
                : "Port and road works are outside the Fund's technical-cooperation mandate";
        String comment = justification != null ? justification : eligible
                ? script.pick(List.of("Meets the Fund's criteria; within the account's ceiling",
                "Eligible: aligned with the action plan and the account's priorities"))
                : "As the rules found: " + String.join(", ", reasons);
        Map<String, Object> metaData = script.task(processInstanceId, comment);
        return next(2, 12, ScaleScript.ELIGIBILITY, new ConfirmEligibilityCommand(id,
                eligible ? EligibilityOutcome.ELIGIBLE : EligibilityOutcome.INELIGIBLE, justification), metaData)
                && eligible;
    }

    /** The Board's round: votes, the chair's reminder and the deadline where the decision is late, the decision. */
    private boolean boardReview(BoardDecision decision) {
        Instant opened = at;
        List<Vote> votes = votes(decision);
        boolean withdrawn = fate == Fate.WITHDRAWN;
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            times.add(script.after(opened, script.days(0.3, 9)));
        }
        Collections.sort(times);
        for (int i = 0; i < votes.size(); i++) {
            if (withdrawn && i == votes.size() / 2) {
                at = script.after(times.get(i), 0.2);
                script.add(at, officer, new WithdrawProposalCommand(id), ScaleScript.NO_MORE);
                return false;
            }
            Vote vote = votes.get(i);
            at = times.get(i);
            if (!script.add(at, vote.member(), new CastBoardVoteCommand(id, vote.vote(), vote.score()),
                    script.task(processInstanceId, voteComment(vote.vote())))) {
                return false;
            }
        }
        double late = script.random.nextDouble();
        Instant decided = late < 0.04 ? script.after(opened, script.days(14.1, 20))
                : late < 0.14 ? script.after(opened, script.days(10.1, 13.9))
                : script.after(times.isEmpty() ? opened : times.get(times.size() - 1), script.days(0.2, 0.9));
        if (late < 0.14) {
            at = script.after(opened, 10);
            if (!script.add(at, Actor.SYSTEM, new RemindBoardChairCommand(id),
                    ScaleScript.processStep(processInstanceId, "reviews still open at the reminder"))) {
                return false;
            }
        }
        if (late < 0.04) {
            at = script.after(opened, 14);
            if (!script.add(at, Actor.SYSTEM, new CloseBoardReviewRoundCommand(id, "deadline", BOARD_MEMBER_IDS),
                    ScaleScript.processStep(processInstanceId, "review deadline passed with reviews still open"))) {
                return false;
            }
        }
        at = decided.isAfter(at) ? decided : script.after(at, 0.1);
        String conditions = switch (decision) {
            case APPROVE -> script.pick(List.of("Report the co-financing received each period",
                    "The partners' letters of commitment before the first allocation", ""));
            case REVISE -> "Show how the partners keep it running without the provider";
            case REJECT -> null;
        };
        String comment = switch (decision) {
            case APPROVE -> "Approved by the Board";
            case REVISE -> "The Board asks for a revision";
            case REJECT -> script.pick(List.of("Outcomes are not measurable as proposed",
                    "Too costly for the expected results", "Duplicates work already financed by other donors"));
        };
        if (!script.add(at, ScaleScript.CHAIR, new RecordBoardDecisionCommand(id, decision,
                conditions == null || conditions.isEmpty() ? null : conditions, null),
                script.task(processInstanceId, comment))) {
            return false;
        }
        if (decision == BoardDecision.APPROVE) {
            for (CatalogNeed need : needs) {
                at = ScaleScript.moments(at, 3);
                if (!script.add(at, Actor.SYSTEM, new MarkCooperationRequestAddressedCommand(need.id(), id),
                        ScaleScript.processStep("", "addressed by approved proposal " + id))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The members' votes for the decision the chair will record: an approval has three or more votes that are not
     * recusals and more in favour than against. A member of a party's state recuses; now and then a member does not
     * vote at all.
     */
    private List<Vote> votes(BoardDecision decision) {
        Set<String> parties = new HashSet<>(List.of(proposer.code()));
        details.partners().forEach(p -> parties.add(p.memberState()));
        while (true) {
            List<Vote> votes = new ArrayList<>();
            int cast = 0;
            int approve = 0;
            int reject = 0;
            for (Actor member : ScaleScript.BOARD) {
                if (parties.contains(member.memberState())) {
                    if (script.chance(0.9)) {
                        votes.add(new Vote(member, BoardVote.RECUSE, null));
                    }
                    continue;
                }
                if (script.chance(0.07)) {
                    continue;
                }
                double draw = script.random.nextDouble();
                BoardVote vote = switch (decision) {
                    case APPROVE -> draw < 0.75 ? BoardVote.APPROVE : draw < 0.87 ? BoardVote.ABSTAIN : BoardVote.REJECT;
                    case REJECT -> draw < 0.7 ? BoardVote.REJECT : draw < 0.85 ? BoardVote.ABSTAIN : BoardVote.APPROVE;
                    case REVISE -> draw < 0.4 ? BoardVote.APPROVE : draw < 0.7 ? BoardVote.ABSTAIN : BoardVote.REJECT;
                };
                cast++;
                approve += vote == BoardVote.APPROVE ? 1 : 0;
                reject += vote == BoardVote.REJECT ? 1 : 0;
                Integer score = switch (vote) {
                    case APPROVE -> 3 + script.random.nextInt(3);
                    case REJECT -> 1 + script.random.nextInt(2);
                    default -> null;
                };
                votes.add(new Vote(member, vote, score));
            }
            if (decision != BoardDecision.APPROVE || (cast >= 3 && approve > reject)) {
                Collections.shuffle(votes, script.random);
                return votes;
            }
        }
    }

    private String voteComment(BoardVote vote) {
        return switch (vote) {
            case APPROVE -> script.pick(List.of("Strong alignment with the action plan; credible partners",
                    "Good value for money and a clear exit strategy", "Well-designed results framework"));
            case REJECT -> script.pick(List.of("Outcomes are not measurable as proposed",
                    "Too costly for the expected results"));
            case ABSTAIN -> "No strong view either way";
            case RECUSE -> "Recused: my state is a party to this proposal";
        };
    }

    /** Funded, started, reported on each quarter, evaluated and closed. */
    private void execute() {
        BigDecimal approved = details.requestedAmount().amount();
        BigDecimal firstTranche = script.chance(0.12)
                ? approved.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN) : approved;
        if (!allocate(3, 20, firstTranche)
                || firstTranche.compareTo(approved) < 0 && !allocate(10, 40, approved.subtract(firstTranche))) {
            return;
        }
        Map<String, Object> started = script.task(processInstanceId, "Inception workshop held with the partners");
        at = script.after(at, script.days(5, 40));
        LocalDate startDate = ScaleScript.date(at);
        if (!script.add(at, officer, new ConfirmProjectStartCommand(id, startDate), started)) {
            return;
        }
        int reports = Math.min(12, Math.max(2, (details.durationMonths() + 2) / 3));
        LocalDate periodStart = startDate;
        BigDecimal spent = BigDecimal.ZERO;
        for (int number = 1; number <= reports; number++) {
            boolean last = number == reports;
            Instant taskOpened = at;
            if (script.chance(0.06)) {
                at = script.after(taskOpened, 91);
                LocalDate due = ScaleScript.date(at);
                if (!script.add(at, Actor.SYSTEM, new EscalateOverdueReportCommand(id, due),
                        ScaleScript.processStep(processInstanceId, "progress report not submitted by " + due))) {
                    return;
                }
                at = script.after(at, script.days(3, 20));
            } else {
                at = script.after(taskOpened, script.days(75, 90));
            }
            String period = periodStart + "/" + ScaleScript.date(at);
            BigDecimal expenditure = last
                    ? approved.multiply(new BigDecimal("0.94")).subtract(spent).setScale(2, RoundingMode.HALF_EVEN)
                    : approved.multiply(BigDecimal.valueOf(script.days(0.8, 0.95) / reports))
                    .setScale(2, RoundingMode.HALF_EVEN);
            SubmitProgressReportCommand report = new SubmitProgressReportCommand(id, period, usd(expenditure),
                    indicatorValues(number, reports), last);
            String reportComment = last ? "Final report, with the completion survey"
                    : "Report " + number + " for " + period;
            if (!script.add(at, officer, report, script.task(processInstanceId, reportComment))) {
                return;
            }
            if (script.chance(0.1)) {
                if (!next(2, 14, ScaleScript.SECRETARIAT, new ReviewProgressReportCommand(id,
                        ReportReview.REQUEST_CHANGES), script.task(processInstanceId,
                        "Please attach the receipts for the workshop costs"))
                        || !next(3, 12, officer, report, script.task(processInstanceId, reportComment))) {
                    return;
                }
            }
            if (!next(2, 14, ScaleScript.SECRETARIAT, new ReviewProgressReportCommand(id, ReportReview.ACCEPT),
                    script.task(processInstanceId, script.pick(List.of("Accepted: indicators on track",
                            "Accepted; expenditure consistent with the work plan"))))) {
                return;
            }
            spent = spent.add(expenditure);
            periodStart = LocalDate.parse(period.substring(period.indexOf('/') + 1));
        }
        Map<DacCriterion, Integer> ratings = new EnumMap<>(DacCriterion.class);
        for (DacCriterion criterion : DacCriterion.values()) {
            ratings.put(criterion, 3 + script.random.nextInt(4));
        }
        next(20, 75, ScaleScript.SECRETARIAT, new CompleteFinalEvaluationCommand(id, ratings),
                script.task(processInstanceId, "Final evaluation with the partners' self-assessment"));
    }

    /** The fund manager's allocation task: from each contribution, to the contribution and then to the proposal. */
    private boolean allocate(double fromDays, double toDays, BigDecimal usd) {
        at = script.after(at, script.days(fromDays, toDays));
        Map<String, Object> metaData = script.task(processInstanceId,
                script.pick(List.of("Allocated from the account's receipts", "Funds allocated as approved")));
        String accountId = details.accountId();
        for (Allocation allocation : script.allocate(accountId, usd)) {
            Money amount = usd(allocation.usd());
            if (!script.add(at, ScaleScript.FUND, new AllocateContributionCommand(allocation.contributionId(), id,
                    amount, accountId), metaData)
                    || !script.add(at, ScaleScript.FUND, new AllocateFundsCommand(id, allocation.contributionId(),
                    amount), metaData)) {
                return false;
            }
        }
        return true;
    }

    private List<IndicatorValue> indicatorValues(int number, int reports) {
        List<IndicatorValue> values = new ArrayList<>();
        BigDecimal progress = number == reports ? BigDecimal.ONE
                : BigDecimal.valueOf(Math.min(0.9, (double) number / reports));
        for (Indicator indicator : details.indicators()) {
            values.add(new IndicatorValue(indicator.name(), indicator.baseline()
                    .add(indicator.target().subtract(indicator.baseline()).multiply(progress))
                    .setScale(0, RoundingMode.HALF_UP)));
        }
        return values;
    }

    // ---- the eligibility rules' view ----

    /** The inputs as {@code AssessEligibilityDelegate} records them: decimals as strings. */
    private Map<String, Object> ruleInputs() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("requestedAmount", details.requestedAmount().amount().toPlainString());
        inputs.put("accountCeiling", account == null ? null : account.ceilingUsd().toPlainString());
        inputs.put("measureCount", details.measures().size());
        inputs.put("sdgCount", details.sdgs().size());
        inputs.put("durationMonths", details.durationMonths());
        return inputs;
    }

    /** What {@code fcd-eligibility.dmn} finds against the proposal, one reason per failed rule. */
    private List<String> ruleReasons() {
        List<String> reasons = new ArrayList<>();
        if (account != null && details.requestedAmount().amount().compareTo(account.ceilingUsd()) > 0) {
            reasons.add("above-account-ceiling");
        }
        if (details.measures().isEmpty()) {
            reasons.add("no-action-plan-measure");
        }
        if (details.durationMonths() > 48) {
            reasons.add("duration-above-48-months");
        }
        return reasons;
    }

    private static ProposalDetails revised(ProposalDetails d, String note) {
        return new ProposalDetails(d.title(), d.summary() + " " + note, d.proposer(), d.partners(), d.modality(),
                d.measures(), d.sdgs(), d.priority(), d.requestedAmount(), d.coFinancing(), d.durationMonths(),
                d.accountId(), d.cooperationRequestIds(), d.indicators());
    }

    private static ProposalDetails withNeeds(ProposalDetails d, List<String> needIds) {
        return new ProposalDetails(d.title(), d.summary(), d.proposer(), d.partners(), d.modality(), d.measures(),
                d.sdgs(), d.priority(), d.requestedAmount(), d.coFinancing(), d.durationMonths(), d.accountId(),
                needIds, d.indicators());
    }
}
