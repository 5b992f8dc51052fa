package org.cooperaflow.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
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

    /** Every recorded chain depends on this: the hash of one row, computed when the chain was first built. */
    @Test
    void theHashOfAKnownRowNeverChanges() {
        StoredEvent row = new StoredEvent(42, "0f6c2b1e-0000-4000-8000-000000000042", "proposal-7", 3,
                "ProjectProposal", "2026-01-01T12:34:56.789Z", "org.cooperaflow.domain.proposal.ProposalScreenedEvent",
                null, "{\"outcome\":\"COMPLETE\",\"note\":\"V\u00e9rifi\u00e9 \u2013 ok\"}"
                        .getBytes(StandardCharsets.UTF_8),
                "{\"actor\":\"secretariat-ana\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(EventHashChain.hash(row, EventHashChain.GENESIS))
                .isEqualTo("03aa30f26581a226fec2a17a9db6e629cc5fa9a41fea52e88a401a5cfc80ca30");
    }

    @Test
    void theHashIsSha256OfTheFieldsAsADataOutputStreamWritesThem() throws Exception {
        Random random = new Random(20_261_202L);
        String previous = EventHashChain.GENESIS;
        for (int i = 0; i < 2_000; i++) {
            StoredEvent row = new StoredEvent(random.nextLong(), text(random), text(random), random.nextLong(),
                    text(random), text(random), text(random), text(random), bytes(random), bytes(random));

            String expected = dataOutputStreamHash(row, previous);
            assertThat(EventHashChain.hash(row, previous)).isEqualTo(expected);
            previous = expected;
        }
    }

    /** The canonical form spelled out the plain way, with a stream. */
    private static String dataOutputStreamHash(StoredEvent row, String previous) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(row.globalIndex());
            writeText(out, row.eventIdentifier());
            writeText(out, row.aggregateId());
            out.writeLong(row.sequenceNumber());
            writeText(out, row.type());
            writeText(out, row.timestamp());
            writeText(out, row.payloadType());
            writeText(out, row.payloadRevision());
            writeRaw(out, row.payload());
            writeRaw(out, row.metaData());
            writeText(out, previous);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }

    private static void writeText(DataOutputStream out, String value) throws IOException {
        writeRaw(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeRaw(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value == null ? -1 : value.length);
        if (value != null) {
            out.write(value);
        }
    }

    /** Null, empty, ASCII or any characters (accents, dashes, symbols beyond the basic plane). */
    private static String text(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> "";
            case 2 -> Long.toString(random.nextLong(), 36);
            default -> random.ints(random.nextInt(40), 0x20, 0x1F600).filter(Character::isValidCodePoint)
                    .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        };
    }

    private static byte[] bytes(Random random) {
        if (random.nextInt(6) == 0) {
            return null;
        }
        byte[] value = new byte[random.nextInt(3_000)];
        random.nextBytes(value);
        return value;
    }
}
