package org.cooperaflow.projections.stages;

import java.util.Arrays;

/** A multiset of longs kept sorted in one array: a batch of values is merged in or out in one pass. */
final class SortedLongs {

    private long[] values = new long[0];

    int size() {
        return values.length;
    }

    long get(int index) {
        return values[index];
    }

    /** How many values are less than {@code bound}. */
    int countBelow(long bound) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] < bound) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    void addAll(long[] added) {
        if (added.length == 0) {
            return;
        }
        long[] sorted = added.clone();
        Arrays.sort(sorted);
        long[] merged = new long[values.length + sorted.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < values.length && j < sorted.length) {
            merged[k++] = values[i] <= sorted[j] ? values[i++] : sorted[j++];
        }
        while (i < values.length) {
            merged[k++] = values[i++];
        }
        while (j < sorted.length) {
            merged[k++] = sorted[j++];
        }
        values = merged;
    }

    /** Removes one occurrence of each value; a value that is not there is an error in the caller's bookkeeping. */
    void removeAll(long[] removed) {
        if (removed.length == 0) {
            return;
        }
        long[] sorted = removed.clone();
        Arrays.sort(sorted);
        long[] kept = new long[values.length];
        int k = 0;
        int j = 0;
        for (long value : values) {
            if (j < sorted.length && sorted[j] == value) {
                j++;
            } else {
                kept[k++] = value;
            }
        }
        if (j != sorted.length) {
            throw new IllegalStateException("removing values that are not there");
        }
        values = Arrays.copyOf(kept, k);
    }
}
