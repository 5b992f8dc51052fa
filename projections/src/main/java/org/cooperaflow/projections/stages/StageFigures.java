package org.cooperaflow.projections.stages;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.projections.batch.BatchStatements;
import org.cooperaflow.projections.batch.KeyedRows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stage dashboard's counts of moves, kept as the stays are written ({@code stage_figure}): how many submitted
 * proposals entered each stage ({@link #ENTERED}), and of those how many entered another stage later
 * ({@link #CONVERTED}), each proposal counted once per stage and once per pair. A case row remembers the stages it
 * entered ({@code entered_stages}, one bit per stage) and the pairs already counted ({@code converted}, hex).
 */
final class StageFigures {

    static final String ENTERED = "ENTERED";
    static final String CONVERTED = "CONVERTED";

    private static final int STAGES = ProposalStage.values().length;
    private static final HexFormat HEX = HexFormat.of();

    private final Map<List<String>, Long> deltas = new HashMap<>();

    /** The case enters {@code stage}: counts its first entry, and each earlier stage's first move to it. */
    void enter(KeyedRows.Row row, ProposalStage stage) {
        if (stage == ProposalStage.DRAFT) {
            return;
        }
        int entered = row.get("entered_stages") == null ? 0 : ((Number) row.get("entered_stages")).intValue();
        String convertedHex = (String) row.get("converted");
        BitSet converted = convertedHex == null || convertedHex.isEmpty() ? new BitSet()
                : BitSet.valueOf(HEX.parseHex(convertedHex));
        for (ProposalStage from : ProposalStage.values()) {
            int pair = from.ordinal() * STAGES + stage.ordinal();
            if (from != stage && (entered & (1 << from.ordinal())) != 0 && !converted.get(pair)) {
                converted.set(pair);
                deltas.merge(List.of(CONVERTED, from.name(), stage.name()), 1L, Long::sum);
            }
        }
        if ((entered & (1 << stage.ordinal())) == 0) {
            deltas.merge(List.of(ENTERED, stage.name(), ""), 1L, Long::sum);
        }
        row.set("entered_stages", entered | (1 << stage.ordinal()))
                .set("converted", HEX.formatHex(converted.toByteArray()));
    }

    void flush(JdbcTemplate jdbc) {
        if (deltas.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>();
        deltas.forEach((key, n) -> args.add(new Object[] {key.get(0), key.get(1), key.get(2), n}));
        BatchStatements.update(jdbc, """
                INSERT INTO stage_figure (kind, from_stage, to_stage, n) VALUES (?, ?, ?, ?)
                ON CONFLICT (kind, from_stage, to_stage) DO UPDATE SET n = stage_figure.n + EXCLUDED.n""", args);
        deltas.clear();
    }
}
