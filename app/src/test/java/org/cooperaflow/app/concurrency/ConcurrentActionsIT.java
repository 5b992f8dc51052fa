package org.cooperaflow.app.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cooperaflow.app.support.ApiClient;
import org.cooperaflow.app.support.IntegrationTest;
import org.cooperaflow.app.support.LogCapture;
import org.cooperaflow.app.support.ReliabilityReport;
import org.cooperaflow.app.support.StoreCounts;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess.Elements;
import org.junit.jupiter.api.Test;

/**
 * Two people (or one double click) acting on one case at the same moment: exactly one wins, the others are told
 * at once that the case changed (409), nobody waits for a lock, and an expected race logs no error (ADR 0009).
 */
class ConcurrentActionsIT extends IntegrationTest {

    /** The slowest answer a user may wait for in a race. */
    private static final Duration PROMPT = Duration.ofSeconds(2);

    private record Answer(int status, String body, Duration took) {
    }

    @Test
    void twentySimultaneousCompletionsOfOneTaskGiveOneSuccessAndNineteenConflicts() throws Exception {
        String proposalId = submittedProposal("Simultaneous screening");
        String screening = awaitTask("secretariat", proposalId, Elements.TASK_SCREEN_PROPOSAL);

        List<Answer> answers;
        try (LogCapture log = new LogCapture()) {
            answers = atOnce(20, () -> completeTask("secretariat", screening, "COMPLETE", Map.of()));
            assertThat(log.errors()).as("an expected race is no error").isEmpty();
        }

        int events = storedEvents(proposalId, "ProposalScreenedEvent");
        awaitStage(proposalId, "ELIGIBILITY");
        long leaked = jdbc.execute(
                (org.springframework.jdbc.core.ConnectionCallback<Long>) db -> StoreCounts.leaks(db, proposalId));
        ReliabilityReport.row("20 simultaneous completions of one task", answers.size(),
                answers.stream().filter(a -> a.status() == 204).count(), events == 0 ? 1 : 0, Math.max(0, events - 1),
                leaked, null);
        assertThat(leaked).as("processes, tasks or transactions left behind").isZero();
        assertOneWinnerOthersConflict(answers, 204);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).extracting(Answer::body)
                .as("the same user's other requests name who completed it: that user, not someone else")
                .allMatch(body -> body.contains("completed by secretariat") && !body.contains("someone else"));
        assertThat(events).isEqualTo(1);
        awaitStage(proposalId, "ELIGIBILITY");
    }

    @Test
    void theLastBoardVoteSentEightTimesAtOnceCountsOnce() throws Exception {
        String proposalId = submittedProposal("Simultaneous last vote");
        screenAndConfirmEligibility(proposalId);
        noContent(completeTask("board1", awaitTask("board1", proposalId, Elements.TASK_REVIEW_PROPOSAL), "RECUSE", Map.of()));
        for (String member : List.of("board2", "board3", "board4")) {
            noContent(completeTask(member, awaitTask(member, proposalId, Elements.TASK_REVIEW_PROPOSAL),
                    "APPROVE", Map.of("score", 4)));
        }
        String chairReview = awaitTask("chair", proposalId, Elements.TASK_REVIEW_PROPOSAL);

        List<Answer> answers;
        try (LogCapture log = new LogCapture()) {
            answers = atOnce(8, () -> completeTask("chair", chairReview, "APPROVE", Map.of("score", 5)));
            assertThat(log.errors()).as("an expected race is no error").isEmpty();
        }

        assertOneWinnerOthersConflict(answers, 204);
        assertThat(storedEvents(proposalId, "BoardVoteCastEvent")).isEqualTo(5);
        awaitTask("chair", proposalId, Elements.TASK_RECORD_BOARD_DECISION);
    }

    /**
     * Five members vote on one case at the same instant: each vote either counts (204) or is told the case changed
     * (409) and counts when sent again; in the end every member's vote is there once.
     */
    @Test
    void votesOfDifferentMembersAtOnceAreEachCountedOnce() throws Exception {
        String proposalId = submittedProposal("Simultaneous votes of the whole Board");
        screenAndConfirmEligibility(proposalId);
        List<String> members = List.of("board1", "board2", "board3", "board4", "chair");
        Map<String, String> reviews = new java.util.LinkedHashMap<>();
        for (String member : members) {
            reviews.put(member, awaitTask(member, proposalId, Elements.TASK_REVIEW_PROPOSAL));
        }
        // board1 sits for Jamaica, the proposer: it recuses
        Map<String, Callable<ApiClient.Response>> vote = new java.util.LinkedHashMap<>();
        for (String member : members) {
            vote.put(member, member.equals("board1")
                    ? () -> completeTask(member, reviews.get(member), "RECUSE", Map.of())
                    : () -> completeTask(member, reviews.get(member), "APPROVE", Map.of("score", 4)));
        }
        List<Callable<ApiClient.Response>> votes = new ArrayList<>(vote.values());

        List<Answer> answers = atOnce(votes);
        assertThat(answers).extracting(Answer::status).allMatch(status -> status == 204 || status == 409);
        for (int i = 0; i < members.size(); i++) {
            if (answers.get(i).status() == 409) {
                noContent(vote.get(members.get(i)).call());
            }
        }

        assertThat(storedEvents(proposalId, "BoardVoteCastEvent")).isEqualTo(members.size());
        List<String> voters = jdbc.queryForList("SELECT convert_from(metaData, 'UTF8')::json->>'actor' "
                + "FROM domainevententry WHERE aggregateIdentifier = ? AND payloadType LIKE '%.BoardVoteCastEvent'",
                String.class, proposalId);
        assertThat(voters).containsExactlyInAnyOrderElementsOf(members);
        awaitTask("chair", proposalId, Elements.TASK_RECORD_BOARD_DECISION);
    }

    @Test
    void oneAllocationTaskCompletedTwiceAtOnceAllocatesOnce() throws Exception {
        ApiClient fund = as("fund");
        String accountId = educationAccount("Race window");
        String contribution = receivedContribution(accountId, "400000.00");
        String proposalId = approvedProposal(accountId, "Simultaneous allocation");
        String allocation = awaitTask("fund", proposalId, Elements.TASK_ALLOCATE_FUNDS);

        List<Answer> answers;
        try (LogCapture log = new LogCapture()) {
            answers = atOnce(2, () -> completeTask("fund", allocation, "ALLOCATE", Map.of("allocations",
                    List.of(Map.of("contributionId", contribution, "amount", usd("150000.00"))))));
            assertThat(log.errors()).as("an expected race is no error").isEmpty();
        }

        assertOneWinnerOthersConflict(answers, 204);
        assertThat(storedEvents(contribution, "ContributionAllocatedEvent")).isEqualTo(1);
        assertThat(storedEvents(proposalId, "FundsAllocatedToProposalEvent")).isEqualTo(1);
        assertThat(fund.get("/api/contributions/" + contribution).json().get("allocatedUsd").get("amount").asText())
                .isEqualTo("150000.00");
    }

    @Test
    void twoProposalsAllocatingFromOneContributionAtOnceNeverExceedWhatWasReceived() throws Exception {
        ApiClient fund = as("fund");
        String accountId = educationAccount("Race window");
        String contribution = receivedContribution(accountId, "200000.00");
        String first = approvedProposal(accountId, "First of two allocations");
        String second = approvedProposal(accountId, "Second of two allocations");
        String firstTask = awaitTask("fund", first, Elements.TASK_ALLOCATE_FUNDS);
        String secondTask = awaitTask("fund", second, Elements.TASK_ALLOCATE_FUNDS);
        Map<String, Object> allocation = Map.of("allocations",
                List.of(Map.of("contributionId", contribution, "amount", usd("150000.00"))));

        List<Answer> answers;
        try (LogCapture log = new LogCapture()) {
            List<Callable<ApiClient.Response>> both = List.of(
                    () -> completeTask("fund", firstTask, "ALLOCATE", allocation),
                    () -> completeTask("fund", secondTask, "ALLOCATE", allocation));
            answers = atOnce(both);
            assertThat(log.errors()).as("an expected refusal is no error").isEmpty();
        }

        // serialised on the contribution: one allocation fits, the other is refused by the contribution's rule
        assertThat(answers).extracting(Answer::status).containsExactlyInAnyOrder(204, 422);
        assertThat(answers).allSatisfy(a -> assertThat(a.took()).as(a.body()).isLessThan(PROMPT));
        Answer refused = answers.stream().filter(a -> a.status() == 422).findFirst().orElseThrow();
        assertThat(refused.body()).contains("allocation-exceeds-received");
        assertThat(storedEvents(contribution, "ContributionAllocatedEvent")).isEqualTo(1);
        assertThat(fund.get("/api/contributions/" + contribution).json().get("allocatedUsd").get("amount").asText())
                .isEqualTo("150000.00");
    }

    private static void assertOneWinnerOthersConflict(List<Answer> answers, int winner) {
        assertThat(answers).as("answers").extracting(Answer::status)
                .containsOnlyOnce(winner)
                .allMatch(status -> status == winner || status == 409);
        for (Answer answer : answers) {
            assertThat(answer.took()).as("answered promptly: " + answer.body()).isLessThan(PROMPT);
            if (answer.status() == 409) {
                assertThat(answer.body()).as("says the case changed").contains("changed");
            }
        }
    }

    /** Sends the same request from {@code n} threads released at the same instant. */
    private static List<Answer> atOnce(int n, Callable<ApiClient.Response> request) throws Exception {
        List<Callable<ApiClient.Response>> requests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            requests.add(request);
        }
        return atOnce(requests);
    }

    private static List<Answer> atOnce(List<Callable<ApiClient.Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch ready = new CountDownLatch(requests.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (Callable<ApiClient.Response> request : requests) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    ApiClient.Response response = request.call();
                    return new Answer(response.status(), response.text(), Duration.ofNanos(System.nanoTime() - start));
                }));
            }
            ready.await();
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(90, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
