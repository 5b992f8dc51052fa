package org.cooperaflow.projections.batch;

import java.sql.PreparedStatement;
import java.util.Collection;
import org.springframework.jdbc.core.PreparedStatementCreator;

/** A statement whose one parameter is a list of text keys, as in {@code WHERE proposal_id = ANY(?)}: one round trip. */
public final class KeyList {

    private KeyList() {
    }

    public static PreparedStatementCreator statement(String sql, Collection<String> keys) {
        return con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            ps.setArray(1, con.createArrayOf("varchar", keys.toArray()));
            return ps;
        };
    }
}
