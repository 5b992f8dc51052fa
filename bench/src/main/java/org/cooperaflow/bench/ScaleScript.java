package org.cooperaflow.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.cooperaflow.bench.InMemoryDomain.Actor;
import org.cooperaflow.domain.fund.api.CancelPledgeCommand;
import org.cooperaflow.domain.fund.api.ContributionKind;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.fund.api.ContributorType;
import org.cooperaflow.domain.fund.api.OpenThematicAccountCommand;
import org.cooperaflow.domain.fund.api.PledgeContributionCommand;
import org.cooperaflow.domain.fund.api.RecordReceiptCommand;
import org.cooperaflow.domain.fund.api.RemindFundManagerCommand;
import org.cooperaflow.domain.request.api.BeginDiagnosisCommand;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.request.api.DraftCooperationRequestCommand;
import org.cooperaflow.domain.request.api.PublishCooperationRequestCommand;
import org.cooperaflow.domain.request.api.RejectCooperationRequestCommand;
import org.cooperaflow.domain.request.api.RequestRejectionReason;
import org.cooperaflow.domain.request.api.SubmitCooperationRequestCommand;
import org.cooperaflow.domain.request.api.WithdrawCooperationRequestCommand;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.MemberState;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.domain.shared.PermanentObservers;

/**
 * One chunk of the agency's history as dated steps, played in time order: the thematic accounts (opened once, in
 * the first chunk), member states' needs, the proposals ({@link ScaleProposal}) and the contributions that fund
 * their approvals. Each step is a command that one of the agency's users sends, as the API or a workflow task sends
 * it for them, or that a process step sends as {@code system}. A step at or after the horizon (now) does not
 * happen, and its case goes no further: the recent cases are still under way.
 */
final class ScaleScript {

    /** A command sent at a moment; {@code order} keeps the steps of one moment in the order they were written. */
    record Step(Instant at, int order, Consumer<InMemoryDomain> action) {
    }

    /** A thematic account of the fund: the priorities it serves and the most it gives one project. */
    record Account(String id, String name, List<CidiPriority> priorities, BigDecimal ceilingUsd) {
    }

    /** USD taken from one contribution for one proposal. */
    record Allocation(String contributionId, BigDecimal usd) {
    }

    /** A need in the catalog for good (published, never withdrawn), from that moment on. */
    record CatalogNeed(String id, String memberState, Instant publishedAt) {
    }

    static final Actor SECRETARIAT = new Actor("secretariat", "secretariat", null);
    static final Actor ELIGIBILITY = new Actor("eligibility", "eligibility", null);
    static final Actor FUND = new Actor("fund", "fund-manager", null);
    static final Actor CHAIR = new Actor("chair", "board,board-chair", "MX");
    /** A command sent with no more metadata than its actor's, as the API sends most. */
    static final Map<String, Object> NO_MORE = Map.of();
    /** The Board as the demo users sit on it: a member of a party's state recuses. */
    static final List<Actor> BOARD = List.of(new Actor("board1", "board", "JM"), new Actor("board2", "board", "BR"),
            new Actor("board3", "board", "US"), new Actor("board4", "board", "CA"), CHAIR);

    /** Steps a day or more apart happen in the working day of Washington, Kingston and Bogotá: from 08:30 (UTC-5). */
    private static final Duration WORKING_DAY_START = Duration.ofMinutes(13 * 60 + 30);
    /**
     * The member states that take part in the OAS today: every proposer, partner and need is theirs (not Venezuela's,
     * whose membership is disputed).
     */
    static final List<MemberState> PARTICIPATING = MemberStates.all().stream().filter(MemberState::participates)
            .filter(s -> !s.code().equals("VE")).toList();

    final Random random;
    private final Instant horizon;
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Deque<PoolContribution>> pools = new HashMap<>();
    private final Map<String, List<CatalogNeed>> catalogByState = new HashMap<>();
    private final Instant fundedFrom;
    private int contributions;

    /**
     * @param fundedFrom the contributions that fund the chunk's approvals are received before it, so that every
     *                   allocation finds its money in the bank whatever day it is made
     */
    ScaleScript(Random random, Instant horizon, Instant fundedFrom) {
        this.random = random;
        this.horizon = horizon;
        this.fundedFrom = fundedFrom;
    }

    /** The steps in the order they happen. */
    List<Step> steps() {
        return steps.stream().sorted(Comparator.comparing(Step::at).thenComparingInt(Step::order)).toList();
    }

    int contributions() {
        return contributions;
    }

    // ---- writing steps ----

    /** Adds the step unless it would happen at or after the horizon; false then, and its case goes no further. */
    boolean add(Instant at, Actor actor, Object command, Map<String, ?> metaData) {
        if (!at.isBefore(horizon)) {
            return false;
        }
        steps.add(new Step(at, steps.size(), domain -> domain.send(at, actor, command, metaData)));
        return true;
    }

    /** A workflow task completed by its user: the task, its process instance, and the user's comment as reason. */
    Map<String, Object> task(String processInstanceId, String comment) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(AuditMetadata.TASK_ID, uuid());
        metaData.put(AuditMetadata.PROCESS_INSTANCE_ID, processInstanceId);
        if (comment != null && !comment.isBlank()) {
            metaData.put(AuditMetadata.REASON, comment);
        }
        return metaData;
    }

    /** A process step (service task, timer): every audit key set, as {@code ProcessCommandSender} sets them. */
    static Map<String, Object> processStep(String processInstanceId, String reason) {
        return Map.of(AuditMetadata.REASON, reason, AuditMetadata.TASK_ID, "",
                AuditMetadata.PROCESS_INSTANCE_ID, processInstanceId);
    }

    /** A command the user sends with a comment, such as the API's cancellation of a pledge. */
    static Map<String, Object> comment(String reason) {
        return Map.of(AuditMetadata.REASON, reason);
    }

    // ---- time and chance ----

    /** Some days after a moment, in that day's working hours; less than a day after it, exactly that much later. */
    Instant after(Instant at, double days) {
        Instant exactly = at.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
        if (days < 1) {
            return exactly;
        }
        Instant thatDay = exactly.truncatedTo(ChronoUnit.DAYS).plus(WORKING_DAY_START)
                .plus(Duration.ofMinutes(random.nextInt(330)));
        return thatDay.isAfter(at) ? thatDay : exactly;
    }

    /** What a process step does at once in reaction to a user's step: a moment later. */
    static Instant moments(Instant at, int seconds) {
        return at.plusSeconds(seconds);
    }

    double days(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A random (version 4) UUID from the script's seed, so that a run can be repeated. */
    String uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    static LocalDate date(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    // ---- thematic accounts ----

    /** The fund's windows, opened by the fund manager. */
    List<Account> openAccounts(Instant at) {
        List<Account> accounts = List.of(
                new Account(uuid(), "Education and skills window",
                        List.of(CidiPriority.EDUCATION, CidiPriority.SOCIAL_DEVELOPMENT), new BigDecimal("250000.00")),
                new Account(uuid(), "Climate resilience window",
                        List.of(CidiPriority.SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, CidiPriority.SUSTAINABLE_TOURISM),
                        new BigDecimal("300000.00")),
                new Account(uuid(), "Digital transformation and innovation window",
                        List.of(CidiPriority.SCIENCE_AND_TECHNOLOGY, CidiPriority.ECONOMIC_DIVERSIFICATION),
                        new BigDecimal("200000.00")),
                new Account(uuid(), "Democratic governance and culture window",
                        List.of(CidiPriority.DEMOCRATIC_INSTITUTIONS, CidiPriority.CULTURE),
                        new BigDecimal("150000.00")));
        Instant opened = at;
        for (Account account : accounts) {
            add(opened, FUND, new OpenThematicAccountCommand(account.id(), account.name(), account.priorities(),
                    new Money(account.ceilingUsd(), Money.USD)), NO_MORE);
            opened = after(opened, days(1, 3));
        }
        return accounts;
    }

    // ---- contributions ----

    /** What is left of a received contribution to allocate. */
    private static final class PoolContribution {
        private final String id;
        private BigDecimal availableUsd;

        private PoolContribution(String id, BigDecimal availableUsd) {
            this.id = id;
            this.availableUsd = availableUsd;
        }
    }

    private static final List<String> ORGANISATIONS = List.of("Hemispheric Development Finance Corporation",
            "Fundación Puentes del Sur", "Conectividad Andina S.A.", "Caribbean Learning Trust",
            "AquaLab Andina S.A.S.", "Fundação Horizonte Comum", "Pacific Rim Growth Fund", "Banco Solidario del Istmo",
            "Northern Lights Foundation", "Caribbean Renewable Energy Partners");

    /**
     * Money received for the account (null: unearmarked) and not yet allocated, taken in the order it came in; when
     * the pool runs dry the fund manager records a new pledge, received before the chunk's cases need it.
     */
    List<Allocation> allocate(String accountId, BigDecimal usd) {
        Deque<PoolContribution> pool = pools.computeIfAbsent(accountId == null ? "" : accountId,
                k -> new ArrayDeque<>());
        List<Allocation> allocations = new ArrayList<>();
        BigDecimal missing = usd;
        while (missing.signum() > 0) {
            if (pool.isEmpty()) {
                pool.addLast(pledgeReceivedBeforeNeeded(accountId, missing));
            }
            PoolContribution contribution = pool.peekFirst();
            BigDecimal taken = contribution.availableUsd.min(missing);
            contribution.availableUsd = contribution.availableUsd.subtract(taken);
            missing = missing.subtract(taken);
            allocations.add(new Allocation(contribution.id, taken));
            if (contribution.availableUsd.signum() == 0) {
                pool.removeFirst();
            }
        }
        return allocations;
    }

    /** A donor, the currency it pays in and that currency's rate to USD (USD per unit) around the time. */
    private record Donor(Contributor contributor, String currency, BigDecimal usdRate, Modality modality) {
    }

    private Donor donor() {
        int kind = random.nextInt(10);
        if (kind < 5) {
            String state = pick(List.of("US", "CA", "MX", "BR", "AR", "CL", "CO", "PA", "TT", "UY"));
            Modality modality = List.of("MX", "BR", "AR", "CL", "CO").contains(state) && chance(0.5)
                    ? Modality.SOUTH_SOUTH : Modality.MULTILATERAL;
            return switch (state) {
                case "CA" -> new Donor(Contributor.ofMemberState(state), "CAD", rate("0.7350"), modality);
                case "MX" -> new Donor(Contributor.ofMemberState(state), "MXN", rate("0.0590"), modality);
                case "BR" -> new Donor(Contributor.ofMemberState(state), "BRL", rate("0.1850"), modality);
                default -> new Donor(Contributor.ofMemberState(state), Money.USD, null, modality);
            };
        }
        if (kind < 8) {
            String country = pick(List.of("JP", "ES", "EU", "KR", "GB", "DE", "FR", "IT", "NL", "CH", "CN"));
            if (!PermanentObservers.isPermanentObserver(country)) {
                throw new IllegalStateException(country + " is no permanent observer");
            }
            Contributor contributor = Contributor.ofPermanentObserver(country);
            return switch (country) {
                case "JP" -> new Donor(contributor, "JPY", rate("0.006800"), Modality.MULTILATERAL);
                case "KR" -> new Donor(contributor, "KRW", rate("0.000750"), Modality.MULTILATERAL);
                case "GB" -> new Donor(contributor, "GBP", rate("1.2700"), Modality.MULTILATERAL);
                case "CH" -> new Donor(contributor, "CHF", rate("1.1300"), Modality.MULTILATERAL);
                case "CN" -> new Donor(contributor, "CNY", rate("0.1400"), Modality.MULTILATERAL);
                default -> new Donor(contributor, "EUR", rate("1.0820"), Modality.MULTILATERAL);
            };
        }
        ContributorType type = pick(List.of(ContributorType.DFI, ContributorType.PHILANTHROPIC,
                ContributorType.PRIVATE_SECTOR));
        return new Donor(Contributor.ofOrganisation(type, pick(ORGANISATIONS)), Money.USD, null, Modality.MULTILATERAL);
    }

    /** The rate of the day: within 3% of the usual one, to as many significant digits as banks quote. */
    private BigDecimal rate(String usual) {
        BigDecimal base = new BigDecimal(usual);
        return base.multiply(BigDecimal.valueOf(days(0.97, 1.03))).setScale(base.scale(), RoundingMode.HALF_EVEN);
    }

    /**
     * A pledge of at least {@code minimumUsd}, recorded by the fund manager and received (once, or in two
     * instalments) well before {@code fundedFrom}; the first receipt confirms the pledge's task, a later instalment
     * is recorded on the contribution. Returns what it brings into the pool.
     */
    private PoolContribution pledgeReceivedBeforeNeeded(String accountId, BigDecimal minimumUsd) {
        Donor donor = donor();
        BigDecimal usd = minimumUsd.max(BigDecimal.valueOf(1_000_000L + 10_000L * random.nextInt(300)));
        BigDecimal pledgedAmount = donor.usdRate() == null ? usd.setScale(2, RoundingMode.UNNECESSARY)
                : usd.divide(donor.usdRate(), 0, RoundingMode.CEILING)
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING).multiply(BigDecimal.valueOf(1000));
        Instant pledgedAt = after(fundedFrom.minus(Duration.ofDays(100 + random.nextInt(100))), 0);
        String id = uuid();
        String processInstanceId = uuid();
        contributions++;
        add(pledgedAt, FUND, new PledgeContributionCommand(id, donor.contributor(), accountId, donor.modality(),
                ContributionKind.CASH, Money.of(pledgedAmount.toPlainString(), donor.currency())), NO_MORE);
        Instant firstReceipt = after(pledgedAt, days(5, 45));
        if (Duration.between(pledgedAt, firstReceipt).toDays() >= 30) {
            add(after(pledgedAt, 30), Actor.SYSTEM, new RemindFundManagerCommand(id),
                    processStep(processInstanceId, "no receipt recorded yet"));
        }
        BigDecimal first = chance(0.3)
                ? pledgedAmount.multiply(new BigDecimal("0.6")).setScale(0, RoundingMode.DOWN) : pledgedAmount;
        BigDecimal receivedUsd = receive(firstReceipt, id, donor, first, task(processInstanceId,
                "Transfer credited to the fund's account"));
        if (first.compareTo(pledgedAmount) < 0) {
            receivedUsd = receivedUsd.add(receive(after(firstReceipt, days(15, 40)), id, donor,
                    pledgedAmount.subtract(first), NO_MORE));
        }
        return new PoolContribution(id, receivedUsd);
    }

    private BigDecimal receive(Instant at, String contributionId, Donor donor, BigDecimal amount,
                               Map<String, Object> metaData) {
        Money money = Money.of(amount.toPlainString(), donor.currency());
        add(at, FUND, new RecordReceiptCommand(contributionId, money, date(at), donor.usdRate()), metaData);
        return money.toUsd(donor.usdRate()).amount();
    }

    /** Pledges that bring no money (yet): one awaiting its receipt, one cancelled by the fund manager. */
    void pledgesWithoutMoney(Instant from, Instant to) {
        Instant awaiting = between(from, to);
        String awaitingId = uuid();
        contributions++;
        Donor donor = donor();
        if (add(awaiting, FUND, new PledgeContributionCommand(awaitingId, donor.contributor(), null, donor.modality(),
                ContributionKind.CASH, pledged(donor)), NO_MORE)) {
            add(after(awaiting, 30), Actor.SYSTEM, new RemindFundManagerCommand(awaitingId),
                    processStep(uuid(), "no receipt recorded yet"));
        }
        Instant cancelled = between(from, to);
        String cancelledId = uuid();
        contributions++;
        Donor other = donor();
        if (add(cancelled, FUND, new PledgeContributionCommand(cancelledId, other.contributor(), null,
                other.modality(), ContributionKind.CASH, pledged(other)), NO_MORE)) {
            add(after(cancelled, days(20, 60)), FUND, new CancelPledgeCommand(cancelledId),
                    comment("The donor's budget was not approved this year"));
        }
    }

    private Money pledged(Donor donor) {
        BigDecimal usd = BigDecimal.valueOf(200_000L + 10_000L * random.nextInt(100));
        BigDecimal amount = donor.usdRate() == null ? usd
                : usd.divide(donor.usdRate(), -3, RoundingMode.CEILING).setScale(0, RoundingMode.UNNECESSARY);
        return Money.of(amount.toPlainString(), donor.currency());
    }

    Instant between(Instant from, Instant to) {
        long seconds = Math.max(1, Duration.between(from, to).toSeconds());
        return after(from.plusSeconds((long) (random.nextDouble() * seconds)), 0);
    }

    // ---- needs ----

    private static final Map<CidiPriority, List<String>> NEED_THEMES = Map.of(
            CidiPriority.EDUCATION, List.of("Digital skills for rural teachers", "Bilingual teachers for indigenous"
                    + " communities", "STEM teaching in secondary schools", "Peace education in post-conflict municipalities"),
            CidiPriority.SOCIAL_DEVELOPMENT, List.of("Rural women's cooperatives", "Youth employment services",
                    "Social protection registry"),
            CidiPriority.ECONOMIC_DIVERSIFICATION, List.of("Traceability for specialty exports",
                    "Financial literacy for small businesses", "Export readiness for creative industries"),
            CidiPriority.SCIENCE_AND_TECHNOLOGY, List.of("Telemedicine for rural clinics",
                    "Cyber hygiene for public agencies", "Early detection of dengue outbreaks"),
            CidiPriority.DEMOCRATIC_INSTITUTIONS, List.of("Modernising the land registry",
                    "Electronic case management for courts", "Municipal transparency portals"),
            CidiPriority.SUSTAINABLE_TOURISM, List.of("Community tourism in rural villages",
                    "Tourism statistics"),
            CidiPriority.SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, List.of("Water harvesting for dry-season farming",
                    "Recycling in coastal towns", "Sargassum seaweed management", "Lionfish control programme"),
            CidiPriority.CULTURE, List.of("Archive of music heritage", "Documentation of indigenous languages"));

    /** A need drafted at that moment by an officer of a participating state, and where it goes from there. */
    void need(Instant drafted) {
        MemberState state = pick(PARTICIPATING);
        Actor officer = Actor.officerOf(state.code());
        CidiPriority priority = pick(List.of(CidiPriority.values()));
        String theme = pick(NEED_THEMES.get(priority));
        List<Integer> sdgs = ScaleProposal.sdgsFor(priority, this);
        CooperationRequestDetails details = new CooperationRequestDetails(state.code(), theme,
                theme + ": " + state.nameEn() + " asks for the experience of states that have done it.", priority,
                sdgs, "National Development Plan of " + state.nameEn(), pick(List.of(Modality.values())),
                Money.usd(BigDecimal.valueOf(50_000L + 5_000L * random.nextInt(60)).toPlainString() + ".00"));
        String id = uuid();
        if (!add(drafted, officer, new DraftCooperationRequestCommand(id, details), NO_MORE) || chance(0.05)) {
            return;
        }
        Instant submitted = after(drafted, days(0.5, 6));
        if (!add(submitted, officer, new SubmitCooperationRequestCommand(id), NO_MORE)) {
            return;
        }
        String processInstanceId = uuid();
        if (!add(moments(submitted, 2), Actor.SYSTEM, new BeginDiagnosisCommand(id),
                processStep(processInstanceId, "diagnosis opened by the request process"))) {
            return;
        }
        Instant diagnosed = after(submitted, days(3, 16));
        if (chance(0.12)) {
            RequestRejectionReason reason = pick(List.of(RequestRejectionReason.values()));
            add(diagnosed, SECRETARIAT, new RejectCooperationRequestCommand(id, reason), task(processInstanceId,
                    switch (reason) {
                        case DUPLICATE -> "Same need as one already in the catalog";
                        case OUT_OF_SCOPE -> "Outside the agency's technical cooperation";
                        case INCOMPLETE -> "The national counterpart is not named";
                    }));
            return;
        }
        if (!add(diagnosed, SECRETARIAT, new PublishCooperationRequestCommand(id), task(processInstanceId,
                "Diagnosed with the national counterpart; published in the catalog"))) {
            return;
        }
        if (chance(0.05)) {
            add(after(diagnosed, days(30, 300)), officer, new WithdrawCooperationRequestCommand(id), NO_MORE);
            return;
        }
        catalogByState.computeIfAbsent(state.code(), k -> new ArrayList<>())
                .add(new CatalogNeed(id, state.code(), diagnosed));
    }

    /** A need of the state that is in the catalog at that moment and stays there, if there is one. */
    CatalogNeed catalogNeed(String memberState, Instant at) {
        List<CatalogNeed> published = catalogByState.getOrDefault(memberState, List.of()).stream()
                .filter(need -> need.publishedAt().isBefore(at)).toList();
        return published.isEmpty() ? null : pick(published);
    }

}
