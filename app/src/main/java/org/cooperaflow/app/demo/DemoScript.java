package org.cooperaflow.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.cooperaflow.domain.fund.api.OpenThematicAccountCommand;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.DraftCooperationOfferCommand;
import org.cooperaflow.domain.offer.api.OfferCapacity;
import org.cooperaflow.domain.offer.api.OfferModality;
import org.cooperaflow.domain.offer.api.Offerer;
import org.cooperaflow.domain.offer.api.SubmitCooperationOfferCommand;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.workflows.offer.OfferReviewProcess;

/**
 * The demo agency's past as a list of dated steps, written by {@link DemoAgency} through the stories
 * ({@link ProposalStory}, {@link NeedStory}, {@link ContributionStory}) and played in time order by
 * {@link DemoTimeline}. Each story dates its steps from the one before; the script keeps them all,
 * the timers the scenario lets fall due, and the stories for the summary.
 */
final class DemoScript {

    /** What a step does, as one of the agency's users. */
    record Step(Instant at, int order, String what, Consumer<DemoActions> action) {
    }

    /** A thematic account, opened by the fund manager. */
    record Account(String id, String name) {
    }

    /** Steps a day or more apart happen in the working day of Washington, Kingston and Bogotá: from 08:30 (UTC-5). */
    private static final Duration WORKING_DAY_START = Duration.ofMinutes(13 * 60 + 30);

    private final Instant now;
    private final List<Step> steps = new ArrayList<>();
    private final Set<String> expectedTimers = new HashSet<>();
    private final List<ProposalStory> proposals = new ArrayList<>();
    private final List<NeedStory> needs = new ArrayList<>();
    private final List<ContributionStory> contributions = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private int nextComment;
    private int nextHour;

    DemoScript(Instant now) {
        this.now = now;
    }

    Instant now() {
        return now;
    }

    /** A moment in the working day, so many days before today. */
    Instant daysAgo(int days) {
        return workingHour(now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days)));
    }

    /** Some days after a step, in that day's working hours; less than a day after it, exactly that much later. */
    Instant after(Instant at, double days) {
        if (days < 0) {
            throw new IllegalArgumentException("a step cannot come before the one it follows: " + days + " days");
        }
        Instant exactly = at.plus(Duration.ofMinutes(Math.round(days * 24 * 60)));
        if (days < 1) {
            return exactly;
        }
        Instant thatDay = workingHour(exactly.truncatedTo(ChronoUnit.DAYS));
        return thatDay.isAfter(at) ? thatDay : exactly;
    }

    /** The day's working hours begin, and each step takes a different hour of them. */
    private Instant workingHour(Instant midnight) {
        return midnight.plus(WORKING_DAY_START).plus(Duration.ofMinutes((nextHour++ * 47L) % 330));
    }

    void add(Instant at, String what, Consumer<DemoActions> action) {
        if (!at.isBefore(now)) {
            throw new IllegalStateException("Demo scenario: '" + what + "' is dated " + at + ", not in the past");
        }
        steps.add(new Step(at, steps.size(), what, action));
    }

    /** The scenario lets this timer of the case fall due (and its process step run) as time passes. */
    void expectTimer(String caseId, String activityId) {
        expectedTimers.add(timer(caseId, activityId));
    }

    /** The timers the scenario lets fall due, each as {@link #timer(String, String)} names it. */
    Set<String> expectedTimers() {
        return Set.copyOf(expectedTimers);
    }

    static String timer(String caseId, String activityId) {
        return activityId + " of case " + caseId;
    }

    /** The case's title (or contribution's name) for messages, or its id when the scenario has no such case. */
    String caseName(String caseId) {
        return proposals.stream().filter(p -> p.id().equals(caseId)).map(ProposalStory::title).findFirst()
                .or(() -> needs.stream().filter(n -> n.id().equals(caseId)).map(NeedStory::title).findFirst())
                .or(() -> contributions.stream().filter(c -> c.id().equals(caseId)).map(ContributionStory::name)
                        .findFirst())
                .map(name -> "'" + name + "' (" + caseId + ")")
                .orElse(caseId);
    }

    /** The steps in the order they happen. */
    List<Step> steps() {
        return steps.stream().sorted(Comparator.comparing(Step::at).thenComparingInt(Step::order)).toList();
    }

    /** A thematic account that the fund manager opens on that day. */
    Account account(int openedDaysAgo, String name, String ceilingUsd, CidiPriority... priorities) {
        Account account = new Account(UUID.randomUUID().toString(), name);
        accounts.add(account);
        add(daysAgo(openedDaysAgo), "fund opens thematic account " + name, demo -> demo.send(DemoAgency.FUND,
                new OpenThematicAccountCommand(account.id(), name, List.of(priorities), Money.usd(ceilingUsd))));
        return account;
    }

    ProposalStory proposal(String officer, String proposerState, String title) {
        ProposalStory story = new ProposalStory(this, officer, proposerState, title);
        proposals.add(story);
        return story;
    }

    NeedStory need(String officer, String memberState, String title) {
        NeedStory story = new NeedStory(this, officer, memberState, title);
        needs.add(story);
        return story;
    }

    /**
     * An offer that the officer drafts on that day for their state, submits the next day and the secretariat publishes
     * three days later, in the offers catalog where it meets the needs; available from its publication for a year.
     */
    void publishedOffer(int draftedDaysAgo, String officer, String memberState, String title, String description,
                        CidiPriority priority, List<Integer> sdgs, List<String> measures, OfferModality modality,
                        List<String> languages, OfferCapacity capacity) {
        String id = UUID.randomUUID().toString();
        Instant drafted = daysAgo(draftedDaysAgo);
        Instant submitted = after(drafted, 1);
        Instant published = after(submitted, 3);
        LocalDate from = LocalDate.ofInstant(published, ZoneOffset.UTC);
        CooperationOfferDetails details = new CooperationOfferDetails(title, description,
                Offerer.ofMemberState(memberState), priority, sdgs, measures, modality, languages, capacity, from,
                from.plusYears(1));
        add(drafted, officer + " drafts the offer " + title,
                demo -> demo.send(officer, new DraftCooperationOfferCommand(id, details)));
        add(submitted, officer + " submits the offer " + title,
                demo -> demo.send(officer, new SubmitCooperationOfferCommand(id)));
        add(published, "secretariat publishes the offer " + title, demo -> demo.complete(DemoAgency.SECRETARIAT, id,
                OfferReviewProcess.Elements.TASK_REVIEW_OFFER, OfferReviewProcess.Outcomes.PUBLISH,
                "Clear offer with a realistic capacity; published in the catalog", Map.of()));
    }

    ContributionStory contribution(String name) {
        ContributionStory story = new ContributionStory(this, name);
        contributions.add(story);
        return story;
    }

    List<ProposalStory> proposals() {
        return List.copyOf(proposals);
    }

    List<NeedStory> needs() {
        return List.copyOf(needs);
    }

    List<ContributionStory> contributions() {
        return List.copyOf(contributions);
    }

    List<Account> accounts() {
        return List.copyOf(accounts);
    }

    /** One of the comments, taken in turn, so that neighbouring cases do not all say the same. */
    String comment(List<String> choices) {
        return choices.get(nextComment++ % choices.size());
    }
}
