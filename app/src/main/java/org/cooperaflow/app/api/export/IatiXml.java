package org.cooperaflow.app.api.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cooperaflow.domain.shared.Money;

/** The IATI elements both documents share, written to a StAX writer; a failed write is unchecked. */
final class IatiXml {

    static final String VERSION = "2.03";

    private final XMLStreamWriter out;

    IatiXml(XMLStreamWriter out) {
        this.out = out;
    }

    /** An XML Schema dateTime in UTC, to the second. */
    static String dateTime(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Starts the document and its root, {@code iati-activities} or {@code iati-organisations}. */
    void startDocument(String root, Instant generated) {
        run(() -> {
            out.writeStartDocument("UTF-8", "1.0");
            out.writeStartElement(root);
            out.writeAttribute("version", VERSION);
            out.writeAttribute("generated-datetime", dateTime(generated));
        });
    }

    void endDocument() {
        run(() -> {
            out.writeEndElement();
            out.writeEndDocument();
            out.flush();
        });
    }

    void start(String name) {
        run(() -> out.writeStartElement(name));
    }

    void end() {
        run(out::writeEndElement);
    }

    void attribute(String name, String value) {
        run(() -> out.writeAttribute(name, value));
    }

    void attribute(String namespace, String name, String value) {
        run(() -> out.writeAttribute("xml", namespace, name, value));
    }

    void text(String name, String text) {
        start(name);
        run(() -> out.writeCharacters(text));
        end();
    }

    /** An element without content, with attribute names and values in pairs. */
    void empty(String name, String... attributes) {
        run(() -> {
            out.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                out.writeAttribute(attributes[i], attributes[i + 1]);
            }
        });
    }

    void narrative(String text, String language) {
        start("narrative");
        attribute(XMLConstants.XML_NS_URI, "lang", language);
        run(() -> out.writeCharacters(text));
        end();
    }

    /** An element holding one narrative, such as a {@code title} or an organisation's {@code name}. */
    void named(String element, String text, String language) {
        start(element);
        narrative(text, language);
        end();
    }

    void titled(String text, String language) {
        named("title", text, language);
    }

    void reportingOrg(IatiProperties.ReportingOrg org) {
        start("reporting-org");
        attribute("ref", org.ref());
        attribute("type", org.type());
        narrative(org.name(), "en");
        end();
    }

    void participatingOrg(String role, String type, String ref, String name) {
        start("participating-org");
        if (ref != null) {
            attribute("ref", ref);
        }
        attribute("type", type);
        attribute("role", role);
        narrative(name, "en");
        end();
    }

    /** A {@code value} in its currency, valued on the given date. */
    void value(Money money, LocalDate valueDate) {
        start("value");
        attribute("currency", money.currency());
        attribute("value-date", valueDate.toString());
        run(() -> out.writeCharacters(money.amount().toPlainString()));
        end();
    }

    private interface Write {
        void run() throws XMLStreamException;
    }

    private static void run(Write write) {
        try {
            write.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the IATI document could not be written: " + e.getMessage(), e);
        }
    }

}
