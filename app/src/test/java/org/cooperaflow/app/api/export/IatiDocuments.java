package org.cooperaflow.app.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The IATI 2.03 schemas and code lists, read from {@code ../shared/data/iati} (system property
 * {@code cooperaflow.iati.data} to move it), and the checks of an exported document against them.
 */
public final class IatiDocuments {

    private IatiDocuments() {
    }

    public static Path data() {
        String configured = System.getProperty("cooperaflow.iati.data");
        if (configured != null) {
            return Path.of(configured);
        }
        // Maven runs a module's tests in the module's folder, an IDE often in the project's
        Path fromModule = Path.of("../../shared/data/iati");
        return Files.isDirectory(fromModule) ? fromModule : Path.of("../shared/data/iati");
    }

    /** Validates the document against the schema with the JDK's validator; a failure names the line and the cause. */
    public static void assertValid(String xml, String schema) {
        try {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(data().resolve(schema).toFile()).newValidator()
                    .validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not valid against " + schema + ": " + e.getMessage() + "\n" + xml, e);
        }
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + e.getMessage(), e);
        }
    }

    public static List<String> values(Document document, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                    XPathConstants.NODESET);
            return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getNodeValue()
                    == null ? nodes.item(i).getTextContent() : nodes.item(i).getNodeValue()).toList();
        } catch (Exception e) {
            throw new AssertionError(xpath + ": " + e.getMessage(), e);
        }
    }

    /** The codes of a code list, from its CSV (first column). */
    public static Set<String> codes(String list) {
        try {
            return Files.readAllLines(data().resolve("codelists/csv/" + list + ".csv"), StandardCharsets.UTF_8)
                    .stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", 2)[0])
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new AssertionError("code list " + list + " unreadable: " + e.getMessage(), e);
        }
    }

    /** Where each code of an activities document comes from: XPath of the attributes, and the list they belong to. */
    private static final Map<String, String> ACTIVITY_CODES = Map.ofEntries(
            Map.entry("//reporting-org/@type", "OrganisationType"),
            Map.entry("//participating-org/@type", "OrganisationType"),
            Map.entry("//provider-org/@type", "OrganisationType"),
            Map.entry("//participating-org/@role", "OrganisationRole"),
            Map.entry("//description/@type", "DescriptionType"),
            Map.entry("//activity-status/@code", "ActivityStatus"),
            Map.entry("//activity-date/@type", "ActivityDateType"),
            Map.entry("//recipient-country/@code", "Country"),
            Map.entry("//sector/@vocabulary", "SectorVocabulary"),
            Map.entry("//sector/@code", "Sector"),
            Map.entry("//tag/@vocabulary", "TagVocabulary"),
            Map.entry("//tag[@vocabulary='2']/@code", "UNSDG-Goals"),
            Map.entry("//collaboration-type/@code", "CollaborationType"),
            Map.entry("//default-flow-type/@code", "FlowType"),
            Map.entry("//default-finance-type/@code", "FinanceType"),
            Map.entry("//default-aid-type/@code", "AidType"),
            Map.entry("//default-aid-type/@vocabulary", "AidTypeVocabulary"),
            Map.entry("//default-tied-status/@code", "TiedStatus"),
            Map.entry("//budget/@type", "BudgetType"),
            Map.entry("//budget/@status", "BudgetStatus"),
            Map.entry("//transaction-type/@code", "TransactionType"),
            Map.entry("//@currency", "Currency"),
            Map.entry("//iati-activity/@default-currency", "Currency"),
            Map.entry("//result/@type", "ResultType"),
            Map.entry("//indicator/@measure", "IndicatorMeasure"),
            Map.entry("//@*[local-name()='lang']", "Language"));

    /** Every code of the document is in its list; answers how many codes each list checked. */
    public static Map<String, Integer> assertCodesListed(String xml) {
        Document document = parse(xml);
        Map<String, Integer> checked = new HashMap<>();
        ACTIVITY_CODES.forEach((xpath, list) -> {
            List<String> found = values(document, xpath);
            Set<String> listed = codes(list);
            assertThat(listed).as(list).isNotEmpty();
            assertThat(found).as(xpath + " in " + list).allSatisfy(code -> assertThat(listed).contains(code));
            checked.merge(list, found.size(), Integer::sum);
        });
        return checked;
    }
}
