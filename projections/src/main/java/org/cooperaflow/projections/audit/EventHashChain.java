package org.cooperaflow.projections.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evident hash of an event-store entry: SHA-256 over a canonical form of the stored
 * row (global index, event id, aggregate id, sequence, aggregate type, timestamp, payload type and
 * revision, payload bytes, metadata bytes), each field length-prefixed so no two rows encode
 * alike, followed by the previous entry's hash. The first entry follows {@link #GENESIS}.
 */
public final class EventHashChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private EventHashChain() {
    }

    public static String hash(StoredEvent event, String previousHash) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(event.globalIndex());
            text(out, event.eventIdentifier());
            text(out, event.aggregateId());
            out.writeLong(event.sequenceNumber());
            text(out, event.type());
            text(out, event.timestamp());
            text(out, event.payloadType());
            text(out, event.payloadRevision());
            raw(out, event.payload());
            raw(out, event.metaData());
            text(out, previousHash);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        raw(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed; -1 marks null, so null and empty differ. */
    private static void raw(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }
}
