package org.cooperaflow.projections.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evident hash of an event-store entry: SHA-256 over a canonical form of the stored
 * row (global index, event id, aggregate id, sequence, aggregate type, timestamp, payload type and
 * revision, payload bytes, metadata bytes), each field length-prefixed so no two rows encode
 * alike, followed by the previous entry's hash. The first entry follows {@link #GENESIS}.
 *
 * <p>The canonical form is what {@link java.io.DataOutputStream} writes: numbers big-endian ({@code long} for the
 * index and sequence, {@code int} for a length), text as UTF-8 bytes after their length, {@code -1} as the length of
 * a missing value. It is fed to the digest field by field, the payload without copying it: every chain ever recorded
 * depends on these bytes, so they must never change ({@code EventHashChainTest} holds them to a known hash and to a
 * {@code DataOutputStream} of the same fields).
 */
public final class EventHashChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private EventHashChain() {
    }

    public static String hash(StoredEvent event, String previousHash) {
        Digest digest = new Digest();
        digest.number(event.globalIndex());
        digest.text(event.eventIdentifier());
        digest.text(event.aggregateId());
        digest.number(event.sequenceNumber());
        digest.text(event.type());
        digest.text(event.timestamp());
        digest.text(event.payloadType());
        digest.text(event.payloadRevision());
        digest.raw(event.payload());
        digest.raw(event.metaData());
        digest.text(previousHash);
        return HexFormat.of().formatHex(digest.sha256.digest());
    }

    /** One hash being computed: the digest and the eight bytes a number is written through. */
    private static final class Digest {

        private final MessageDigest sha256 = copyOfSha256();
        private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);

        void number(long value) {
            number.clear();
            sha256.update(number.putLong(value).array(), 0, Long.BYTES);
        }

        void text(String value) {
            raw(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        /** Length-prefixed; -1 marks null, so null and empty differ. */
        void raw(byte[] value) {
            number.clear();
            sha256.update(number.putInt(value == null ? -1 : value.length).array(), 0, Integer.BYTES);
            if (value != null) {
                sha256.update(value);
            }
        }

        /** A fresh SHA-256 digest, copied rather than looked up among the security providers for every hash. */
        private static MessageDigest copyOfSha256() {
            try {
                return (MessageDigest) SHA_256.clone();
            } catch (CloneNotSupportedException e) {
                try {
                    return MessageDigest.getInstance("SHA-256");
                } catch (NoSuchAlgorithmException missing) {
                    throw new IllegalStateException("SHA-256 is missing from this JVM", missing);
                }
            }
        }
    }
}
