package org.cooperaflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** What the aggregate cache of a transaction holds, and when it lets go (ADR 0033). */
class TransactionScopedAggregateCacheTest {

    private final TransactionScopedAggregateCache cache = new TransactionScopedAggregateCache();
    private final TransactionTemplate transaction = new TransactionTemplate(new InMemoryTransactions());

    @Test
    void entriesLastAsLongAsTheirTransaction() {
        transaction.executeWithoutResult(status -> {
            assertThat(cache.<String, Object>get("p-1")).isNull();
            cache.put("p-1", "the proposal as its first command left it");
            assertThat(cache.<String, Object>get("p-1")).isEqualTo("the proposal as its first command left it");
            assertThat(cache.containsKey("p-1")).isTrue();
        });

        transaction.executeWithoutResult(status -> assertThat(cache.containsKey("p-1")).isFalse());
    }

    @Test
    void aRolledBackTransactionLeavesNothingBehind() {
        transaction.executeWithoutResult(status -> {
            cache.put("p-1", "state whose events are never stored");
            status.setRollbackOnly();
        });

        transaction.executeWithoutResult(status -> assertThat(cache.<String, Object>get("p-1")).isNull());
    }

    @Test
    void outsideATransactionNothingIsKept() {
        cache.put("p-1", "state");

        assertThat(cache.<String, Object>get("p-1")).isNull();
        assertThat(cache.putIfAbsent("p-1", "state")).isFalse();
        assertThat(cache.containsKey("p-1")).isFalse();
    }

    @Test
    void aTransactionOfItsOwnSeesNoneOfTheSuspendedOnesEntries() {
        TransactionTemplate own = new TransactionTemplate(transaction.getTransactionManager());
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        transaction.executeWithoutResult(status -> {
            cache.put("p-1", "outer");
            own.executeWithoutResult(inner -> {
                assertThat(cache.<String, Object>get("p-1")).isNull();
                cache.put("p-1", "inner");
            });
            assertThat(cache.<String, Object>get("p-1")).isEqualTo("outer");
        });
    }

    @Test
    void aRemovedEntryIsGone() {
        transaction.executeWithoutResult(status -> {
            cache.put("p-1", "state");
            cache.put("p-2", "state");

            assertThat(cache.remove("p-1")).isTrue();
            assertThat(cache.remove("p-1")).isFalse();
            assertThat(cache.containsKey("p-2")).isTrue();
            cache.removeAll();
            assertThat(cache.containsKey("p-2")).isFalse();
        });
    }

    /** Transactions with Spring's synchronization and nothing behind them. */
    private static final class InMemoryTransactions extends AbstractPlatformTransactionManager {

        private static final class Handle {
            boolean active;
        }

        private final ThreadLocal<Handle> current = new ThreadLocal<>();

        @Override
        protected Object doGetTransaction() {
            Handle handle = current.get();
            return handle == null ? new Handle() : handle;
        }

        @Override
        protected boolean isExistingTransaction(Object transaction) {
            return ((Handle) transaction).active;
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            Handle handle = new Handle();
            handle.active = true;
            current.set(handle);
        }

        @Override
        protected Object doSuspend(Object transaction) {
            Handle suspended = current.get();
            current.remove();
            return suspended;
        }

        @Override
        protected void doResume(Object transaction, Object suspendedResources) {
            current.set((Handle) suspendedResources);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }

        @Override
        protected void doCleanupAfterCompletion(Object transaction) {
            current.remove();
        }
    }
}
