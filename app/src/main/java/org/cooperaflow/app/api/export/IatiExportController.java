package org.cooperaflow.app.api.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cooperaflow.app.api.InvalidRequestException;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.app.api.validation.MemberStateCode;
import org.cooperaflow.projections.iati.IatiActivity;
import org.cooperaflow.projections.iati.IatiActivityQuery;
import org.cooperaflow.projections.iati.IatiFundQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public IATI 2.03 export (no sign-in): the activities, one per proposal from its approval on, and the fund's
 * organisation file. The activities are read a page at a time and written as they are read (ADR 0026).
 */
@Tag(name = "Open reporting")
@RestController
@RequestMapping("/api/export/iati")
public class IatiExportController {

    static final String XML = "application/xml";
    private static final int PAGE = 100;

    private final IatiActivityQuery activities;
    private final IatiFundQuery fund;
    private final IatiProperties properties;
    private final DacSectorMapping sectors = DacSectorMapping.load();
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();
    private final Clock clock = Clock.systemUTC();

    public IatiExportController(IatiActivityQuery activities, IatiFundQuery fund, IatiProperties properties) {
        this.activities = activities;
        this.fund = fund;
        this.properties = properties;
    }

    /**
     * The activities of a member state (proposer or partner), of an account, active between two dates; 204 when none
     * matches.
     */
    @Operation(summary = "Export the published activities as IATI 2.03 XML")
    @ApiResponse(responseCode = "200", description = "An iati-activities document (IATI 2.03)",
            content = @Content(mediaType = XML, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "204", description = "No activity matches the filters")
    @CalledBy(anyone = true)
    @GetMapping
    public void activities(@RequestParam(required = false) @MemberStateCode String memberState,
                           @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9-]{1,64}",
                                   message = "is not a thematic account id") String account,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           HttpServletResponse response) throws IOException {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidRequestException("from", "must not be after to (" + to + ")");
        }
        IatiActivityQuery.Filter filter = new IatiActivityQuery.Filter(memberState, account, from, to);
        List<IatiActivity> first = activities.page(filter, null, PAGE);
        if (first.isEmpty()) {
            // the schema wants at least one activity: no document rather than an invalid one
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        write(response, out -> {
            IatiXml xml = new IatiXml(out);
            xml.startDocument("iati-activities", clock.instant());
            IatiActivityWriter writer = new IatiActivityWriter(properties, sectors, out);
            List<IatiActivity> page = first;
            while (true) {
                page.forEach(writer::write);
                if (page.size() < PAGE) {
                    break;
                }
                page = activities.page(filter, page.get(page.size() - 1).proposalId(), PAGE);
            }
            xml.endDocument();
        });
    }

    /** The fund's organisation file: what it received and committed to projects, per year. */
    @Operation(summary = "Export the fund's IATI 2.03 organisation file")
    @ApiResponse(responseCode = "200", description = "An iati-organisations document (IATI 2.03)",
            content = @Content(mediaType = XML, schema = @Schema(type = "string")))
    @CalledBy(anyone = true)
    @GetMapping("/organisation")
    public void organisation(HttpServletResponse response) throws IOException {
        write(response, out -> new IatiOrganisationWriter(properties, out).write(fund.years(), clock.instant()));
    }

    private interface Document {
        void write(XMLStreamWriter out);
    }

    private void write(HttpServletResponse response, Document document) throws IOException {
        response.setContentType(XML + ";charset=UTF-8");
        OutputStream body = response.getOutputStream();
        try {
            XMLStreamWriter out = factory.createXMLStreamWriter(body, "UTF-8");
            document.write(out);
            out.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        body.flush();
    }
}
