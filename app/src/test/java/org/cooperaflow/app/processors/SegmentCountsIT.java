package org.cooperaflow.app.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.cooperaflow.app.api.Bodies;
import org.cooperaflow.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A data folder from before the read models had segments holds one token per processor. At start, a processor with
 * fewer segments than configured is split up to its count, and its read model goes on whole: the cases before, during
 * and after the split each in it once.
 */
class SegmentCountsIT extends IntegrationTest {

    @Autowired
    SegmentCounts segmentCounts;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    TransactionManager transactions;

    @Test
    void aProcessorInOneSegmentIsSplitToItsConfiguredCountAndLosesNothing() {
        String before = need("Before the split");
        awaitProcessorsCaughtUp();
        StreamingEventProcessor catalog = StreamingProcessors.named(eventProcessing, "catalog").orElseThrow();
        catalog.shutDown();
        transactions.executeInTransaction(() -> {
            TrackingToken position = tokenStore.fetchToken("catalog", 0);
            jdbc.update("DELETE FROM tokenentry WHERE processorName = 'catalog'");
            tokenStore.initializeTokenSegments("catalog", 1, position);
        });
        catalog.start();
        String during = need("While in one segment");
        awaitProcessorsCaughtUp();
        assertThat(segments()).containsExactly(0);

        segmentCounts.splitToConfiguredCounts();

        assertThat(segments()).containsExactlyInAnyOrder(0, 1);
        String after = need("After the split");
        await().atMost(Duration.ofSeconds(30)).until(() -> catalog.processingStatus().size() == 2);
        awaitProcessorsCaughtUp();
        for (String id : List.of(before, during, after)) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM catalog_need WHERE request_id = ?", Integer.class, id))
                    .as(id).isEqualTo(1);
        }
    }

    private String need(String title) {
        return created(as("officer-jm").post("/api/cooperation-requests", Bodies.cooperationRequest("JM", title)));
    }

    private List<Integer> segments() {
        int[] segments = transactions.fetchInTransaction(() -> tokenStore.fetchSegments("catalog"));
        return java.util.Arrays.stream(segments).boxed().toList();
    }
}
