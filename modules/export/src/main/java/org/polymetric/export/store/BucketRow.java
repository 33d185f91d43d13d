package org.polymetric.export.store;

import org.polymetric.export.domain.Sums;

/** Receives the sums of one bucket for one combination of value ids of the dimensions asked. */
@FunctionalInterface
public interface BucketRow {
    /**
     * @param bucketMs the bucket's start (epoch ms)
     * @param valueIds the value ids of the dimensions asked, in their order (0: no value, {@code ""})
     */
    void accept(long bucketMs, int[] valueIds, Sums sums);
}
