package org.cooperaflow.app.config;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An aggregate cache that lives as long as one database transaction, and holds nothing outside one (ADR 0033).
 *
 * <p>A task's completion is one transaction (ADR 0003) that often sends two commands to the same aggregate: the
 * user's decision, then the step the process takes on it (the screening's outcome, then the eligibility rules'
 * assessment). Without a cache the second command event-sources the aggregate again from the store. Axon's
 * long-lived caches are not used (ADR 0002 and {@link AxonConfiguration}): a command's unit of work commits when the
 * command returns, while the transaction it joined can still roll back, and a cache that outlived the transaction
 * would keep state whose events were never stored; another node's commands would not reach it either. This cache
 * is dropped when its transaction ends, whether it commits or rolls back, and is set aside while the transaction is
 * suspended. Outside a transaction it holds nothing, so the repository reads the store as it would without a cache.
 *
 * <p>The entries are kept per thread (as Spring keeps the transaction's resources); one instance serves one aggregate
 * type, so identifiers of different types never meet.
 */
public final class TransactionScopedAggregateCache implements Cache {

    private final Object resourceKey = new Object();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Map<Object, Object> entries = entries(false);
        return entries == null ? null : (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        Map<Object, Object> entries = entries(true);
        if (entries != null) {
            entries.put(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        Map<Object, Object> entries = entries(true);
        return entries != null && entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        Map<Object, Object> entries = entries(false);
        return entries != null && entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        Map<Object, Object> entries = entries(false);
        if (entries != null) {
            entries.clear();
        }
    }

    @Override
    public boolean containsKey(Object key) {
        Map<Object, Object> entries = entries(false);
        return entries != null && entries.containsKey(key);
    }

    /** Entry listeners are for caches that outlive a transaction; nothing here expires or is shared. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }

    /** This transaction's entries; {@code null} outside a transaction, or when there are none and none are to be made. */
    @SuppressWarnings("unchecked")
    private Map<Object, Object> entries(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<Object, Object> entries = (Map<Object, Object>) TransactionSynchronizationManager.getResource(resourceKey);
        if (entries == null && create) {
            Map<Object, Object> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(resourceKey, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(resourceKey, created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
                }
            });
            entries = created;
        }
        return entries;
    }
}
