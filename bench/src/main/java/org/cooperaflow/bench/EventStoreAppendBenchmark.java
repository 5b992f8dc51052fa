package org.cooperaflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;

/**
 * Event-store appends against raw PostgreSQL inserts of the same bytes, measured in one run on
 * one embedded PostgreSQL, one event per transaction each. The ratio is what to compare
 * between machines and commits, not the absolute numbers.
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests -pl bench -am verify [-Dbench.events=20000]}
 */
public final class EventStoreAppendBenchmark {

    private EventStoreAppendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             HikariDataSource dataSource = new HikariDataSource()) {
            // a pool, as in the application: the run measures appends, not connection set-up
            dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            dataSource.setMaximumPoolSize(2);
            JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
            JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                    .connectionProvider(new DataSourceConnectionProvider(dataSource))
                    .transactionManager(NoTransactionManager.INSTANCE)
                    .eventSerializer(serializer)
                    .snapshotSerializer(serializer)
                    .build();
            engine.createSchema(PostgresEventTableFactory.INSTANCE);
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute("CREATE TABLE raw_event (id BIGSERIAL PRIMARY KEY, aggregate_id VARCHAR(255),"
                        + " seq BIGINT, event_id VARCHAR(255), time_stamp VARCHAR(255), payload_type VARCHAR(255),"
                        + " payload BYTEA, UNIQUE (aggregate_id, seq))");
            }
            ProposalDraftedEvent payload = samplePayload();
            byte[] bytes = serializer.serialize(payload, byte[].class).getData();

            int warmup = Math.max(200, events / 10);
            appendWithAxon(engine, payload, warmup);
            insertRaw(dataSource, bytes, warmup);

            long axonNanos = appendWithAxon(engine, payload, events);
            long rawNanos = insertRaw(dataSource, bytes, events);

            System.out.printf(Locale.ROOT, "events per run:            %d (payload %d bytes of JSON)%n", events, bytes.length);
            System.out.printf(Locale.ROOT, "axon JDBC appends:         %.0f events/s%n", events / (axonNanos / 1e9));
            System.out.printf(Locale.ROOT, "raw PostgreSQL inserts:    %.0f rows/s%n", events / (rawNanos / 1e9));
            System.out.printf(Locale.ROOT, "ratio axon/raw time:       %.2f%n", (double) axonNanos / rawNanos);
        }
    }

    private static long appendWithAxon(JdbcEventStorageEngine engine, Object payload, int count) {
        String aggregate = UUID.randomUUID().toString();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            engine.appendEvents(new GenericDomainEventMessage<>("ProjectProposal", aggregate, i, payload));
        }
        return System.nanoTime() - start;
    }

    private static long insertRaw(DataSource dataSource, byte[] payload, int count) throws Exception {
        String aggregate = UUID.randomUUID().toString();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO raw_event (aggregate_id, seq, event_id,"
                         + " time_stamp, payload_type, payload) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, aggregate);
                insert.setLong(2, i);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setString(4, Instant.now().toString());
                insert.setString(5, ProposalDraftedEvent.class.getName());
                insert.setBytes(6, payload);
                insert.executeUpdate();
            }
        }
        return System.nanoTime() - start;
    }

    private static ProposalDraftedEvent samplePayload() {
        return new ProposalDraftedEvent(UUID.randomUUID().toString(), new ProposalDetails(
                "Teacher training in digital skills", "Colombia shares its teacher-training model with Jamaica.",
                new Proposer(ProposerType.MEMBER_STATE, "JM", null),
                List.of(new Partner("CO", PartnerRole.PROVIDER), new Partner("JM", PartnerRole.BENEFICIARY)),
                Modality.SOUTH_SOUTH, List.of("2.4"), List.of(4, 9), CidiPriority.EDUCATION,
                Money.usd("150000.00"), Money.usd("20000.00"), 18, null, List.of(),
                List.of(new Indicator("Teachers trained", "people", BigDecimal.ZERO, new BigDecimal("400")))));
    }
}
