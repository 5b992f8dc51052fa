package org.cooperaflow.app.api.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamWriter;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.iati.IatiFundQuery;

/**
 * Writes the {@code iati-organisations} document of the Development Cooperation Fund: per calendar year, its total
 * budget (the money it received) and its total expenditure (the money it committed to projects), in USD.
 */
final class IatiOrganisationWriter {

    private static final String FUND = "Development Cooperation Fund";

    private final IatiProperties properties;
    private final XMLStreamWriter out;

    IatiOrganisationWriter(IatiProperties properties, XMLStreamWriter out) {
        this.properties = properties;
        this.out = out;
    }

    void write(List<IatiFundQuery.FundYear> years, Instant generated) {
        IatiXml xml = new IatiXml(out);
        IatiProperties.ReportingOrg agency = properties.reportingOrg();
        xml.startDocument("iati-organisations", generated);
        xml.start("iati-organisation");
        xml.attribute("last-updated-datetime", IatiXml.dateTime(generated));
        xml.attribute(XMLConstants.XML_NS_URI, "lang", "en");
        xml.attribute("default-currency", Money.USD);
        xml.text("organisation-identifier", agency.ref());
        xml.named("name", agency.name() + ", " + FUND, "en");
        xml.reportingOrg(agency);
        for (IatiFundQuery.FundYear year : years) {
            yearly(xml, "total-budget", year.year(), year.receivedUsd());
        }
        for (IatiFundQuery.FundYear year : years) {
            yearly(xml, "total-expenditure", year.year(), year.committedUsd());
        }
        xml.end();
        xml.endDocument();
    }

    private static void yearly(IatiXml xml, String element, int year, java.math.BigDecimal usd) {
        LocalDate start = LocalDate.of(year, 1, 1);
        xml.start(element);
        if ("total-budget".equals(element)) {
            xml.attribute("status", "2");
        }
        xml.empty("period-start", "iso-date", start.toString());
        xml.empty("period-end", "iso-date", LocalDate.of(year, 12, 31).toString());
        xml.value(new Money(usd, Money.USD), start);
        xml.end();
    }
}
