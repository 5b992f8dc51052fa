package org.cooperaflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The items of a queue handled by a number of clients until it is empty: items per second and each one's latency. */
final class Drain {

    private Drain() {
    }

    interface Action<T> {
        void on(T item) throws Exception;
    }

    /** Items handled per second, and the latencies of the items in nanoseconds, sorted. */
    record Result(double perSecond, long[] latencies) {
    }

    static <T> Result of(Queue<T> items, int clients, Action<T> action) throws Exception {
        Queue<Long> latencies = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            done.add(pool.submit(() -> {
                int count = 0;
                for (T item = items.poll(); item != null; item = items.poll()) {
                    long begin = System.nanoTime();
                    action.on(item);
                    latencies.add(System.nanoTime() - begin);
                    count++;
                }
                return count;
            }));
        }
        int total = 0;
        for (Future<Integer> count : done) {
            total += count.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Result(total / seconds, latencies.stream().mapToLong(Long::longValue).sorted().toArray());
    }
}
