package org.cooperaflow.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.cooperaflow.bench.ScaleScript.Account;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;

/**
 * Scale data made by the domain: whole case histories of a large agency, each case told by the real aggregates
 * handling the real commands of the users who act on it ({@link ScaleScript}, {@link ScaleProposal}) in this JVM
 * ({@link InMemoryDomain}), then appended into the application's event store through Axon's
 * {@link JdbcEventStorageEngine}, in the bytes the application writes ({@link StoredEventFormat}), a thousand events
 * per transaction, in the order the aggregates produced them.
 *
 * <p>The history is made in chunks of up to {@value #PROPOSALS_PER_CHUNK} proposals, each on a fresh in-memory store,
 * so memory stays bounded at any size: the needs, contributions and proposals of a chunk act on one another (a
 * proposal answers a need of the catalog, its allocations come from the chunk's contributions), the thematic accounts
 * are opened once and serve every chunk. Each chunk's proposals are drafted in a window of about six months; the
 * windows follow one another up to now, so the older cases are closed and the recent ones under way. The events are
 * dated as they happen (Axon's clock is set to each step's moment), over the years the data covers. A chunk is
 * appended while the next one is made.
 */
final class ScaleData {

    static final int PROPOSALS_PER_CHUNK = 500;
    private static final int EVENTS_PER_TRANSACTION = 1000;
    /** Events a proposal brings with its share of needs and contributions, a first guess to lay out the years. */
    private static final double EVENTS_PER_PROPOSAL = 35;
    private static final Duration CHUNK_WINDOW = Duration.ofDays(180);
    private static final Duration ACCOUNTS_OPENED_BEFORE = Duration.ofDays(230);

    /** What was appended. */
    record Summary(long events, int proposals, int proposalsPastDraft, Map<ProposalStage, Integer> proposalStages,
                   Map<String, Long> eventsByAggregate, int contributions, int chunks, Instant from, Instant to,
                   Duration making, Duration appending) {

        void print() {
            System.out.printf(Locale.ROOT, "Scale data: %,d events in %d chunks (%s to %s), made in %.1f s,"
                            + " appended in %.1f s (%.0f events/s) meanwhile%n", events, chunks, from, to,
                    making.toMillis() / 1000.0, appending.toMillis() / 1000.0,
                    events / Math.max(0.001, appending.toMillis() / 1000.0));
            System.out.printf(Locale.ROOT, "  events by aggregate: %s%n", eventsByAggregate);
            System.out.printf(Locale.ROOT, "  %,d proposals (%,d past their draft), %,d contributions; proposals"
                    + " by stage: %s%n", proposals, proposalsPastDraft, contributions, proposalStages);
        }
    }

    private ScaleData() {
    }

    /** Makes about {@code targetEvents} events (whole steps, so a few more) and appends them to the event store. */
    static Summary appendTo(DataSource dataSource, long targetEvents, long seed) throws InterruptedException {
        Serializer serializer = StoredEventFormat.serializer();
        JdbcEventStorageEngine store = JdbcEventStorageEngine.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new DataSourceConnectionProvider(dataSource)))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        Random random = new Random(seed);
        Instant horizon = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        Duration span = CHUNK_WINDOW.multipliedBy(
                Math.max(1, Math.round(targetEvents / (PROPOSALS_PER_CHUNK * EVENTS_PER_PROPOSAL))));
        Instant origin = horizon.minus(span);
        Map<String, ProposalStage> stages = new HashMap<>();
        Map<String, Long> byAggregate = new TreeMap<>();
        long events = 0;
        int chunks = 0;
        int contributions = 0;
        long makingNanos = 0;
        long appendingNanos = 0;
        List<Account> accounts = null;
        // the last chunk's events per proposal: the recent chunks, still under way, bring fewer than the old ones
        double perProposal = EVENTS_PER_PROPOSAL;
        // a chunk is appended while the next one is made; no more than two are held at once
        ExecutorService appender = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "scale-data-append");
            thread.setDaemon(true);
            return thread;
        });
        Future<Long> appending = CompletableFuture.completedFuture(0L);
        Clock clock = GenericEventMessage.clock;
        try {
            while (events < targetEvents) {
                long started = System.nanoTime();
                int proposals = (int) Math.max(50, Math.min(PROPOSALS_PER_CHUNK,
                        Math.ceil((targetEvents - events) / perProposal)));
                Instant windowStart = min(origin.plus(Duration.ofSeconds(
                        (long) (span.toSeconds() * (double) events / targetEvents))), horizon.minus(Duration.ofDays(30)));
                Instant windowEnd = min(windowStart.plus(CHUNK_WINDOW.multipliedBy(proposals)
                        .dividedBy(PROPOSALS_PER_CHUNK)), horizon.minus(Duration.ofDays(7)));
                ScaleScript script = new ScaleScript(random, horizon, windowStart);
                if (accounts == null) {
                    accounts = script.openAccounts(origin.minus(ACCOUNTS_OPENED_BEFORE));
                }
                for (int i = 0; i < proposals * 2 / 5; i++) {
                    script.need(script.between(windowStart.minus(Duration.ofDays(120)), windowEnd));
                }
                script.pledgesWithoutMoney(windowStart, windowEnd);
                for (int i = 0; i < proposals; i++) {
                    ScaleProposal.play(script, script.between(windowStart, windowEnd), accounts);
                }
                List<DomainEventMessage<?>> made;
                try (InMemoryDomain domain = new InMemoryDomain()) {
                    for (ScaleScript.Step step : script.steps()) {
                        step.action().accept(domain);
                    }
                    made = domain.events();
                }
                makingNanos += System.nanoTime() - started;
                appendingNanos += appended(appending);
                appending = appender.submit(() -> append(store, made));
                for (DomainEventMessage<?> event : made) {
                    byAggregate.merge(event.getType(), 1L, Long::sum);
                    if (event.getPayload() instanceof ProposalEvent proposalEvent) {
                        ProposalStageTransitions.stageAfter(proposalEvent)
                                .ifPresent(stage -> stages.put(event.getAggregateIdentifier(), stage));
                    }
                }
                events += made.size();
                perProposal = Math.max(1, (double) made.size() / proposals);
                contributions += script.contributions();
                chunks++;
                System.out.printf(Locale.ROOT, "  chunk %d: %d proposals drafted from %s, %,d events (%,d in all)%n",
                        chunks, proposals, windowStart.truncatedTo(ChronoUnit.DAYS), made.size(), events);
            }
            appendingNanos += appended(appending);
        } finally {
            GenericEventMessage.clock = clock;
            appender.shutdownNow();
        }
        Map<ProposalStage, Integer> byStage = new EnumMap<>(ProposalStage.class);
        stages.values().forEach(stage -> byStage.merge(stage, 1, Integer::sum));
        int pastDraft = (int) stages.values().stream().filter(stage -> stage != ProposalStage.DRAFT).count();
        return new Summary(events, stages.size(), pastDraft, byStage, byAggregate, contributions, chunks,
                origin.minus(ACCOUNTS_OPENED_BEFORE), horizon, Duration.ofNanos(makingNanos),
                Duration.ofNanos(appendingNanos));
    }

    /** Waits for the chunk being appended; the nanoseconds its appends took. */
    private static long appended(Future<Long> appending) throws InterruptedException {
        try {
            return appending.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("appending scale data to the event store failed", e.getCause());
        }
    }

    /**
     * A thousand events per transaction: the engine's batch insert on one connection, committed with the unit of work.
     * The nanoseconds it took.
     */
    private static long append(JdbcEventStorageEngine store, List<DomainEventMessage<?>> events) {
        long started = System.nanoTime();
        for (int from = 0; from < events.size(); from += EVENTS_PER_TRANSACTION) {
            List<DomainEventMessage<?>> batch = new ArrayList<>(
                    events.subList(from, Math.min(events.size(), from + EVENTS_PER_TRANSACTION)));
            DefaultUnitOfWork.startAndGet(null).execute(() -> store.appendEvents(batch));
        }
        return System.nanoTime() - started;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
