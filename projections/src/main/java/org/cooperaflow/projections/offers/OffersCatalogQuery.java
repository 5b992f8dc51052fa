package org.cooperaflow.projections.offers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.cooperaflow.domain.offer.api.CooperationOfferStage;
import org.cooperaflow.projections.batch.SharedValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the published offers, filtered and paged as the needs catalog is, newest publication first. */
@Service
public class OffersCatalogQuery {

    /** One page of offers. */
    public record Page(List<CatalogOffer> items, int page, int size, long total) {
    }

    /** The columns of an offer with its goals, measures and languages, as {@link #row} reads them. */
    static final String SELECT = """
            SELECT o.*,
              ARRAY(SELECT sdg FROM offer_catalog_sdg g WHERE g.offer_id = o.offer_id ORDER BY sdg) AS sdgs,
              ARRAY(SELECT measure FROM offer_catalog_measure m WHERE m.offer_id = o.offer_id ORDER BY measure)
                AS measures,
              ARRAY(SELECT language FROM offer_catalog_language l WHERE l.offer_id = o.offer_id ORDER BY language)
                AS languages
            FROM offer_catalog o""";

    private final JdbcTemplate jdbc;

    public OffersCatalogQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code country}: the offering member state, or permanent observer. */
    public Page find(String country, Integer sdg, String priority, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE o.stage = '" + CooperationOfferStage.PUBLISHED.name() + "'");
        List<Object> args = new ArrayList<>();
        if (country != null) {
            where.append(" AND o.country = ?");
            args.add(country);
        }
        if (priority != null) {
            where.append(" AND o.priority = ?");
            args.add(priority);
        }
        if (sdg != null) {
            where.append(" AND EXISTS (SELECT 1 FROM offer_catalog_sdg g WHERE g.offer_id = o.offer_id AND g.sdg = ?)");
            args.add(sdg);
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM offer_catalog o" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<CatalogOffer> items = jdbc.query(SELECT + where
                + " ORDER BY o.published_at DESC, o.offer_id LIMIT ? OFFSET ?", OffersCatalogQuery::row,
                pageArgs.toArray());
        return new Page(items, page, size, total == null ? 0 : total);
    }

    /**
     * The published offers of this priority or sharing one of these SDGs, from anyone but {@code exceptCountry},
     * newest first, at most {@code limit}: the candidates a need is matched with.
     */
    public List<CatalogOffer> publishedSharing(String priority, Collection<Integer> sdgs, String exceptCountry,
                                               int limit) {
        List<Object> args = new ArrayList<>(List.of(CooperationOfferStage.PUBLISHED.name(),
                exceptCountry == null ? "" : exceptCountry, priority == null ? "" : priority));
        args.addAll(sdgs);
        args.add(limit);
        return jdbc.query(SELECT + " WHERE o.stage = ? AND o.country <> ? AND (o.priority = ? OR "
                + SharedValues.exists("offer_catalog_sdg g", "g.offer_id = o.offer_id", "g.sdg", sdgs.size())
                + ") ORDER BY o.published_at DESC, o.offer_id LIMIT ?", OffersCatalogQuery::row, args.toArray());
    }

    static CatalogOffer row(ResultSet rs, int i) throws SQLException {
        List<Integer> sdgs = new ArrayList<>();
        for (Object o : (Object[]) rs.getArray("sdgs").getArray()) {
            sdgs.add(((Number) o).intValue());
        }
        return new CatalogOffer(rs.getString("offer_id"), rs.getString("offerer_type"), rs.getString("country"),
                rs.getString("institution"), rs.getString("title"), rs.getString("description"),
                rs.getString("priority"), sdgs, texts(rs, "measures"), rs.getString("modality"),
                texts(rs, "languages"), rs.getInt("places"), rs.getString("capacity_note"),
                rs.getDate("available_from").toLocalDate(), rs.getDate("available_to").toLocalDate(),
                rs.getString("stage"), rs.getTimestamp("published_at") == null ? null
                        : rs.getTimestamp("published_at").toInstant());
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        return Arrays.stream((Object[]) rs.getArray(column).getArray()).map(o -> String.valueOf(o).trim()).toList();
    }
}
