package org.cooperaflow.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventHashChainTest {

    private static StoredEvent event(long index, String payload) {
        return new StoredEvent(index, "e-" + index, "case-1", index - 1, "ProjectProposal", "2026-01-01T00:00:00Z",
                "org.example.Event", "1", payload.getBytes(StandardCharsets.UTF_8),
                "{\"actor\":\"secretariat\"}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theHashIsAStableSha256OfTheRowAndThePreviousHash() {
        String first = EventHashChain.hash(event(1, "{\"a\":1}"), EventHashChain.GENESIS);
        assertThat(first).matches("[0-9a-f]{64}").isEqualTo(EventHashChain.hash(event(1, "{\"a\":1}"),
                EventHashChain.GENESIS));
        String second = EventHashChain.hash(event(2, "{\"b\":2}"), first);
        assertThat(second).isNotEqualTo(EventHashChain.hash(event(2, "{\"b\":2}"), EventHashChain.GENESIS));
    }

    @Test
    void anyChangedByteOrFieldChangesTheHash() {
        String original = EventHashChain.hash(event(1, "{\"a\":1}"), EventHashChain.GENESIS);
        assertThat(EventHashChain.hash(event(1, "{\"a\":2}"), EventHashChain.GENESIS)).isNotEqualTo(original);
        assertThat(EventHashChain.hash(event(7, "{\"a\":1}"), EventHashChain.GENESIS)).isNotEqualTo(original);
        StoredEvent noMeta = new StoredEvent(1, "e-1", "case-1", 0, "ProjectProposal", "2026-01-01T00:00:00Z",
                "org.example.Event", "1", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), null);
        StoredEvent emptyMeta = new StoredEvent(1, "e-1", "case-1", 0, "ProjectProposal", "2026-01-01T00:00:00Z",
                "org.example.Event", "1", "{\"a\":1}".getBytes(StandardCharsets.UTF_8), new byte[0]);
        assertThat(EventHashChain.hash(noMeta, EventHashChain.GENESIS))
                .isNotEqualTo(EventHashChain.hash(emptyMeta, EventHashChain.GENESIS));
    }
}
