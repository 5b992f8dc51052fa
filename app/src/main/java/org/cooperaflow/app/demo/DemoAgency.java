package org.cooperaflow.app.demo;

import static org.cooperaflow.app.demo.ProposalStory.abstain;
import static org.cooperaflow.app.demo.ProposalStory.approve;
import static org.cooperaflow.app.demo.ProposalStory.beneficiary;
import static org.cooperaflow.app.demo.ProposalStory.facilitator;
import static org.cooperaflow.app.demo.ProposalStory.from;
import static org.cooperaflow.app.demo.ProposalStory.provider;
import static org.cooperaflow.app.demo.ProposalStory.recuse;
import static org.cooperaflow.app.demo.ProposalStory.reject;
import static org.cooperaflow.domain.fund.api.ContributorType.DFI;
import static org.cooperaflow.domain.fund.api.ContributorType.PHILANTHROPIC;
import static org.cooperaflow.domain.fund.api.ContributorType.PRIVATE_SECTOR;
import static org.cooperaflow.domain.request.api.RequestRejectionReason.DUPLICATE;
import static org.cooperaflow.domain.request.api.RequestRejectionReason.OUT_OF_SCOPE;
import static org.cooperaflow.domain.shared.CidiPriority.CULTURE;
import static org.cooperaflow.domain.shared.CidiPriority.DEMOCRATIC_INSTITUTIONS;
import static org.cooperaflow.domain.shared.CidiPriority.ECONOMIC_DIVERSIFICATION;
import static org.cooperaflow.domain.shared.CidiPriority.EDUCATION;
import static org.cooperaflow.domain.shared.CidiPriority.SCIENCE_AND_TECHNOLOGY;
import static org.cooperaflow.domain.shared.CidiPriority.SOCIAL_DEVELOPMENT;
import static org.cooperaflow.domain.shared.CidiPriority.SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT;
import static org.cooperaflow.domain.shared.CidiPriority.SUSTAINABLE_TOURISM;
import static org.cooperaflow.domain.shared.Modality.BILATERAL;
import static org.cooperaflow.domain.shared.Modality.MULTILATERAL;
import static org.cooperaflow.domain.shared.Modality.SOUTH_SOUTH;
import static org.cooperaflow.domain.shared.Modality.TRIANGULAR;

import java.util.List;
import java.util.Map;
import org.cooperaflow.domain.offer.api.OfferCapacity;
import org.cooperaflow.domain.offer.api.OfferModality;

/**
 * The demo agency: two years of the IACD's fund and Board, told case by case. Each story starts so
 * many days ago and each step comes some days after the one before, so a reader sees at a glance
 * where every case ends. Only Jamaica and Colombia have demo officers ({@code officer-jm},
 * {@code officer-co}), so they file every need and proposal; other states take part as partners and
 * contributors. The Board is board1 (JM), board2 (BR), board3 (US), board4 (CA) and the chair (MX):
 * a member of the proposer's or a partner's state recuses, and an approval needs three other votes.
 *
 * <p>Timers: every step comes before the timer that would overtake it (a vote within the ten days
 * before the chair is reminded, a report within its three-month period, a receipt within thirty days,
 * a resubmission within thirty days), except where a story says that a timer falls due.
 */
final class DemoAgency {

    static final String OFFICER_JM = "officer-jm";
    static final String OFFICER_CO = "officer-co";
    static final String SECRETARIAT = "secretariat";
    static final String ELIGIBILITY = "eligibility";
    static final String BOARD1 = "board1";
    static final String BOARD2 = "board2";
    static final String BOARD3 = "board3";
    static final String BOARD4 = "board4";
    static final String CHAIR = "chair";
    static final String FUND = "fund";

    private static final String JM = "JM";
    private static final String CO = "CO";
    private static final String VISION_2030 = "Vision 2030 Jamaica - National Development Plan";
    private static final String PND_COLOMBIA = "Plan Nacional de Desarrollo 2022-2026";

    private DemoAgency() {
    }

    /** Money as the API and task data carry it. */
    static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    static void write(DemoScript script) {
        // ---- the fund's thematic accounts ----
        DemoScript.Account education = script.account(730, "Education and skills window", "250000.00",
                EDUCATION, SOCIAL_DEVELOPMENT);
        DemoScript.Account climate = script.account(729, "Climate resilience window", "300000.00",
                SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, SUSTAINABLE_TOURISM);
        DemoScript.Account digital = script.account(728, "Digital transformation and innovation window", "200000.00",
                SCIENCE_AND_TECHNOLOGY, ECONOMIC_DIVERSIFICATION);
        DemoScript.Account governance = script.account(400, "Democratic governance and culture window", "150000.00",
                DEMOCRATIC_INSTITUTIONS, CULTURE);

        // ---- contributions: pledges and receipts of every kind of contributor ----
        ContributionStory usEducation = script.contribution("United States for education").fromMemberState("US")
                .forAccount(education).pledged(720, "600000.00", "USD")
                .receiptConfirmed(15, "400000.00", null)
                .received(375, "200000.00", null);
        ContributionStory canadaClimate = script.contribution("Canada for climate resilience").fromMemberState("CA")
                .forAccount(climate).pledged(715, "500000.00", "CAD")
                .receiptConfirmed(25, "500000.00", "0.7350");
        ContributionStory japanDigital = script.contribution("Japan for digital transformation")
                .fromPermanentObserver("JP").forAccount(digital).pledged(700, "30000000", "JPY")
                .reminderFallsDue()
                .receiptConfirmed(60, "30000000", "0.0068");
        ContributionStory mexicoDigital = script.contribution("Mexico for digital transformation").fromMemberState("MX")
                .forAccount(digital).modality(SOUTH_SOUTH).pledged(650, "2500000.00", "MXN")
                .receiptConfirmed(18, "2500000.00", "0.0590");
        ContributionStory dfiClimate = script.contribution("Hemispheric Development Finance Corporation")
                .from(DFI, "Hemispheric Development Finance Corporation").forAccount(climate)
                .pledged(615, "750000.00", "USD")
                .receiptConfirmed(15, "500000.00", null);
        ContributionStory puentesDelSur = script.contribution("Fundación Puentes del Sur")
                .from(PHILANTHROPIC, "Fundación Puentes del Sur").forAccount(education)
                .pledged(560, "200000.00", "USD")
                .receiptConfirmed(12, "200000.00", null);
        ContributionStory conectividad = script.contribution("Conectividad Andina S.A.")
                .from(PRIVATE_SECTOR, "Conectividad Andina S.A.").forAccount(digital)
                .pledged(500, "150000.00", "USD")
                .receiptConfirmed(20, "150000.00", null);
        ContributionStory brazilEducation = script.contribution("Brazil for education").fromMemberState("BR")
                .forAccount(education).modality(SOUTH_SOUTH).pledged(450, "800000.00", "BRL")
                .receiptConfirmed(13, "800000.00", "0.1850");
        ContributionStory spainGovernance = script.contribution("Spain for democratic governance")
                .fromPermanentObserver("ES").forAccount(governance).pledged(395, "250000.00", "EUR")
                .receiptConfirmed(15, "250000.00", "1.0820");
        script.contribution("Caribbean Learning Trust, unearmarked")
                .from(PHILANTHROPIC, "Caribbean Learning Trust").pledged(300, "100000.00", "GBP")
                .receiptConfirmed(10, "100000.00", "1.2700");
        ContributionStory aquaLab = script.contribution("AquaLab Andina S.A.S., laboratory analyses in kind")
                .from(PRIVATE_SECTOR, "AquaLab Andina S.A.S.").forAccount(climate).inKind()
                .pledged(265, "60000.00", "USD")
                .receiptConfirmed(15, "60000.00", null);
        script.contribution("Chile's experts for governance, in kind").fromMemberState("CL")
                .forAccount(governance).modality(SOUTH_SOUTH).inKind().pledged(200, "90000.00", "USD")
                .receiptConfirmed(15, "90000.00", null);
        script.contribution("United States for democratic governance").fromMemberState("US")
                .forAccount(governance).pledged(120, "300000.00", "USD")
                .receiptConfirmed(15, "150000.00", null);
        // pledged, nothing received yet: the fund manager has the receipts to confirm
        script.contribution("European Union, unearmarked").fromPermanentObserver("EU")
                .pledged(45, "400000.00", "EUR")
                .reminderFallsDue();
        script.contribution("Colombia, unearmarked").fromMemberState("CO").modality(SOUTH_SOUTH)
                .pledged(20, "100000.00", "USD");

        // ---- the needs catalog: Jamaica's and Colombia's needs ----
        NeedStory digitalTeachers = script.need(OFFICER_JM, JM, "Digital skills for rural teachers")
                .says("Teachers in rural parishes lack the digital skills the new curriculum expects.")
                .priority(EDUCATION, 4, 9).plan(VISION_2030, SOUTH_SOUTH, "160000.00")
                .drafted(705).submitted(1).published(6);
        script.need(OFFICER_JM, JM, "Water harvesting for dry-season farming")
                .says("Small farmers in the south lose their crops in the dry season for want of stored water.")
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 2, 6).plan(VISION_2030, SOUTH_SOUTH, "120000.00")
                .drafted(662).submitted(2).published(9);
        NeedStory communityTourism = script.need(OFFICER_JM, JM, "Community tourism in rural Jamaica")
                .says("Mountain villages want a share of tourism income without losing their way of life.")
                .priority(SUSTAINABLE_TOURISM, 8, 12).plan(VISION_2030, SOUTH_SOUTH, "200000.00")
                .drafted(640).submitted(1).published(11);
        script.need(OFFICER_JM, JM, "Digital skills training for teachers in rural parishes")
                .says("Training for rural teachers in digital tools.")
                .priority(EDUCATION, 4).plan(VISION_2030, SOUTH_SOUTH, "150000.00")
                .drafted(600).submitted(1)
                .rejected(5, DUPLICATE, "Same need as 'Digital skills for rural teachers', already in the catalog");
        script.need(OFFICER_JM, JM, "Modernising the land registry")
                .says("Half of the rural parcels have no registered title, which blocks credit and investment.")
                .priority(DEMOCRATIC_INSTITUTIONS, 1, 16).plan(VISION_2030, BILATERAL, "250000.00")
                .drafted(545).submitted(2).published(12);
        script.need(OFFICER_JM, JM, "Lionfish control programme")
                .says("The invasive lionfish threatens reef fisheries along the north coast.")
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 14).plan(VISION_2030, SOUTH_SOUTH, "80000.00")
                .drafted(352).submitted(2).published(10).withdrawn(140);
        script.need(OFFICER_JM, JM, "Purchase of coast guard patrol vessels")
                .says("The coast guard needs two new patrol vessels.")
                .priority(DEMOCRATIC_INSTITUTIONS, 16).plan(VISION_2030, BILATERAL, "3000000.00")
                .drafted(300).submitted(2)
                .rejected(8, OUT_OF_SCOPE, "Equipment purchases are outside the agency's technical cooperation");
        NeedStory financialLiteracy = script.need(OFFICER_JM, JM, "Financial literacy for small businesses")
                .says("Micro-entrepreneurs keep no accounts and cannot borrow at fair rates.")
                .priority(ECONOMIC_DIVERSIFICATION, 1, 8).plan(VISION_2030, SOUTH_SOUTH, "130000.00")
                .drafted(260).submitted(3).published(12);
        script.need(OFFICER_JM, JM, "Cyber hygiene for public agencies")
                .says("Ministries suffered three ransomware incidents in a year; staff need basic cyber hygiene.")
                .priority(SCIENCE_AND_TECHNOLOGY, 9, 16).plan(VISION_2030, MULTILATERAL, "180000.00")
                .drafted(205).submitted(1).published(7);
        script.need(OFFICER_JM, JM, "Archive of Jamaican music heritage")
                .says("Recordings of mento and early reggae are decaying in private collections.")
                .priority(CULTURE, 11).plan(VISION_2030, BILATERAL, "90000.00")
                .drafted(152).submitted(2).published(9);
        NeedStory stemTeaching = script.need(OFFICER_JM, JM, "STEM teaching in secondary schools")
                .says("Few secondary schools teach robotics or programming; pass rates in mathematics are low.")
                .priority(EDUCATION, 4).plan(VISION_2030, SOUTH_SOUTH, "220000.00")
                .drafted(120).submitted(2).published(10);
        NeedStory recycling = script.need(OFFICER_JM, JM, "Recycling in coastal towns")
                .says("Coastal towns landfill almost all their waste; informal collectors earn little.")
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 11, 12).plan(VISION_2030, SOUTH_SOUTH, "140000.00")
                .drafted(90).submitted(2).published(8);
        script.need(OFFICER_JM, JM, "Telemedicine for rural clinics")
                .says("Rural clinics have no specialist within a day's travel.")
                .priority(SCIENCE_AND_TECHNOLOGY, 3).plan(VISION_2030, SOUTH_SOUTH, "170000.00")
                .drafted(27).submitted(2);
        script.need(OFFICER_JM, JM, "Sargassum seaweed management")
                .says("Sargassum landings close beaches and harm fisheries every summer.")
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 14).plan(VISION_2030, MULTILATERAL, "110000.00")
                .drafted(8).submitted(2);
        script.need(OFFICER_JM, JM, "Export readiness for creative industries")
                .says("Animation and music studios need help to sell abroad.")
                .priority(ECONOMIC_DIVERSIFICATION, 8).plan(VISION_2030, BILATERAL, "75000.00")
                .drafted(9);

        NeedStory peaceEducation = script.need(OFFICER_CO, CO, "Peace education in post-conflict municipalities")
                .says("Schools in former conflict zones ask for curricula on reconciliation and citizenship.")
                .priority(EDUCATION, 4, 16).plan(PND_COLOMBIA, SOUTH_SOUTH, "150000.00")
                .drafted(695).submitted(2).published(10);
        NeedStory coffeeTraceability = script.need(OFFICER_CO, CO, "Traceability for specialty coffee exports")
                .says("Small coffee growers cannot prove origin and practices to premium buyers.")
                .priority(ECONOMIC_DIVERSIFICATION, 8, 12).plan(PND_COLOMBIA, SOUTH_SOUTH, "190000.00")
                .drafted(485).submitted(1).published(9);
        NeedStory bilingualTeachers = script.need(OFFICER_CO, CO, "Bilingual teachers for indigenous communities")
                .says("Wayuu children start school in a language they do not speak at home.")
                .priority(EDUCATION, 4, 10).plan(PND_COLOMBIA, SOUTH_SOUTH, "150000.00")
                .drafted(520).submitted(2).published(13);
        script.need(OFFICER_CO, CO, "Early detection of dengue outbreaks")
                .says("Health secretariats see dengue outbreaks weeks after they start.")
                .priority(SCIENCE_AND_TECHNOLOGY, 3).plan(PND_COLOMBIA, TRIANGULAR, "210000.00")
                .drafted(425).submitted(2).published(11);
        script.need(OFFICER_CO, CO, "Peace education in schools")
                .says("Curricula on reconciliation for schools.")
                .priority(EDUCATION, 4, 16).plan(PND_COLOMBIA, SOUTH_SOUTH, "120000.00")
                .drafted(400).submitted(1)
                .rejected(4, DUPLICATE, "Duplicates 'Peace education in post-conflict municipalities'");
        script.need(OFFICER_CO, CO, "Citizen oversight of public works")
                .says("Citizens cannot follow the progress and spending of municipal public works.")
                .priority(DEMOCRATIC_INSTITUTIONS, 16).plan(PND_COLOMBIA, SOUTH_SOUTH, "100000.00")
                .drafted(335).submitted(1).published(8);
        script.need(OFFICER_CO, CO, "Specialty coffee traceability")
                .says("Traceability of coffee lots for export.")
                .priority(ECONOMIC_DIVERSIFICATION, 8).plan(PND_COLOMBIA, SOUTH_SOUTH, "180000.00")
                .drafted(210).submitted(1)
                .rejected(6, DUPLICATE, "Same need as '" + coffeeTraceability.title() + "', already in the catalog");
        NeedStory agroforestry = script.need(OFFICER_CO, CO, "Agroforestry in the Amazon piedmont")
                .says("Cattle ranching is clearing the forest of the Amazon piedmont.")
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 13, 15).plan(PND_COLOMBIA, TRIANGULAR, "300000.00")
                .drafted(160).submitted(2).published(10);
        script.need(OFFICER_CO, CO, "Sustainable tourism in the Coffee Axis")
                .says("The Coffee Cultural Landscape draws visitors but few stay in rural lodgings.")
                .priority(SUSTAINABLE_TOURISM, 8).plan(PND_COLOMBIA, SOUTH_SOUTH, "120000.00")
                .drafted(142).submitted(2).published(10);
        // ---- the offers catalog: what Colombia and Jamaica can share, matched with each other's needs ----
        script.publishedOffer(60, OFFICER_CO, CO, "Digital teacher training from Colombia",
                "The Ministry of Education's trainers coach teachers in digital classroom tools, on site and online.",
                EDUCATION, List.of(4, 9), List.of("2.4"), OfferModality.SOUTH_SOUTH, List.of("en", "es"),
                new OfferCapacity(40, "teachers a cohort"));
        script.publishedOffer(45, OFFICER_CO, CO, "Bookkeeping for coffee cooperatives",
                "Colombia's coffee growers' federation shares its simple bookkeeping method for small producers.",
                ECONOMIC_DIVERSIFICATION, List.of(1, 8), List.of("2.4"), OfferModality.TECHNICAL_EXCHANGE,
                List.of("es", "en"), new OfferCapacity(12, "experts on exchange visits"));
        script.publishedOffer(30, OFFICER_JM, JM, "Community tourism host training",
                "Jamaica's tourism enhancement fund trains village hosts to run community tourism.",
                SUSTAINABLE_TOURISM, List.of(8, 12), List.of(), OfferModality.SOUTH_SOUTH, List.of("en"),
                new OfferCapacity(25, "village hosts"));

        NeedStory ruralWomen = script.need(OFFICER_CO, CO, "Rural women in agribusiness")
                .says("Women's cooperatives grow and process fruit but do not reach the supermarkets.")
                .priority(SOCIAL_DEVELOPMENT, 5, 8).plan(PND_COLOMBIA, SOUTH_SOUTH, "160000.00")
                .drafted(100).submitted(2).published(10);
        script.need(OFFICER_CO, CO, "Afro-Colombian cultural heritage of the Pacific")
                .says("The marimba music and chants of the Pacific coast are passed on by ever fewer elders.")
                .priority(CULTURE, 11).plan(PND_COLOMBIA, SOUTH_SOUTH, "85000.00")
                .drafted(78).submitted(2).published(9);
        script.need(OFFICER_CO, CO, "Circular economy for plastics")
                .says("Cities recycle less than a fifth of their plastic waste.")
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 12).plan(PND_COLOMBIA, MULTILATERAL, "200000.00")
                .drafted(14).submitted(2);
        script.need(OFFICER_CO, CO, "Digital archives for municipal records")
                .says("Municipal records are on paper and lost to floods.")
                .priority(SCIENCE_AND_TECHNOLOGY, 16).plan(PND_COLOMBIA, SOUTH_SOUTH, "70000.00")
                .drafted(15);
        script.need(OFFICER_CO, CO, "Landslide early warning in the Andes")
                .says("Heavy rains trigger deadly landslides in Andean municipalities every year.")
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 11, 13).plan(PND_COLOMBIA, TRIANGULAR, "240000.00")
                .drafted(5).submitted(2);
        script.need(OFFICER_CO, CO, "Wastewater treatment for small towns")
                .says("Towns of under ten thousand people discharge untreated wastewater into rivers.")
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 6).plan(PND_COLOMBIA, BILATERAL, "260000.00")
                .drafted(4);

        // ---- CLOSED: the whole life, down to the final evaluation ----
        script.proposal(OFFICER_JM, JM, "Digital teaching skills for rural schools")
                .summary("Colombia shares its digital teacher-training model with Jamaica's rural parishes.")
                .partners(SOUTH_SOUTH, provider(CO), beneficiary(JM))
                .priority(EDUCATION, 4, 9).measures("2.4").account(education)
                .requests("150000.00", "20000.00", 12)
                .indicator("Teachers trained", "people", 0, 400)
                .addresses(digitalTeachers)
                .drafted(690).submitted(2).screenedComplete(4).eligible(5)
                .votes(1, recuse(BOARD1), approve(BOARD2, 4), approve(BOARD3, 5), abstain(BOARD4), approve(CHAIR, 4))
                .returnedForRevision(2, "Add a plan for sustaining the training after the project")
                .resubmitted(12, "After the project the Ministry of Education runs the training in its own institutes.")
                .screenedComplete(3).eligible(4)
                .votes(1, recuse(BOARD1), approve(BOARD2, 4), approve(BOARD3, 5), reject(BOARD4, 2), approve(CHAIR, 4))
                .approved(2, "Quarterly reports; the sustainability plan is signed before the last report")
                .allocated(18, from(usEducation, "150000.00"))
                .started(14)
                .reported(85).reportAccepted(5)
                .reported(84).reportAccepted(6)
                .reported(80).reportAccepted(7)
                .reportedFinal(84).reportAccepted(5)
                .evaluated(35, 6, 5, 5, 4, 5, 4);

        script.proposal(OFFICER_CO, CO, "Climate-smart coffee farming extension")
                .summary("Brazil's agricultural research agency trains Colombian extension workers in climate-smart coffee.")
                .partners(SOUTH_SOUTH, provider("BR"), beneficiary(CO))
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 2, 13).measures("4.3").account(climate)
                .requests("220000.00", "45000.00", 12)
                .indicator("Farmers using climate-smart practices", "farmers", 0, 1500)
                .drafted(644).submitted(2).screenedComplete(3).eligible(6)
                .votes(1, approve(BOARD1, 4), recuse(BOARD2), approve(BOARD3, 4), approve(BOARD4, 5), approve(CHAIR, 4))
                .approved(2, "Gender-disaggregated figures in every report")
                .allocated(25, from(canadaClimate, "220000.00"))
                .started(10)
                .reported(85).reportAccepted(5)
                .reported(86).reportAccepted(6)
                .reported(85).reportAccepted(5)
                .reportedFinal(84).reportAccepted(5)
                .evaluated(40, 5, 5, 4, 4, 4, 5);

        script.proposal(OFFICER_JM, JM, "Community-based tourism in the Blue Mountains")
                .summary("Costa Rica's rural tourism network coaches Blue Mountain villages in running guest houses and trails.")
                .partners(SOUTH_SOUTH, provider("CR"), beneficiary(JM))
                .priority(SUSTAINABLE_TOURISM, 8, 12).measures("4.3").account(climate)
                .requests("180000.00", "30000.00", 12)
                .indicator("Households earning from tourism", "households", 40, 250)
                .addresses(communityTourism)
                .drafted(604).submitted(2).screenedComplete(5).eligible(7)
                .votes(1, recuse(BOARD1), approve(BOARD2, 5), approve(BOARD3, 4), approve(BOARD4, 4), abstain(CHAIR))
                .approved(2, "A visitor-capacity study before the second season")
                .allocated(30, from(dfiClimate, "180000.00"))
                .started(20)
                .reported(80).reportAccepted(6)
                .reported(82).reportAccepted(4)
                .reported(85).reportAccepted(5)
                .reportedFinal(83).reportAccepted(5)
                .evaluated(45, 6, 5, 5, 5, 5, 4);

        script.proposal(OFFICER_CO, CO, "Open data on municipal budgets")
                .summary("Uruguay's open-government agency helps Colombian municipalities publish their budgets as open data.")
                .partners(SOUTH_SOUTH, provider("UY"), beneficiary(CO))
                .priority(SCIENCE_AND_TECHNOLOGY, 16, 17).measures("3.1", "3.2").account(digital)
                .requests("160000.00", "25000.00", 12)
                .indicator("Municipalities publishing open budgets", "municipalities", 3, 40)
                .drafted(563).submitted(3)
                .screenedIncomplete(2, "The budget annex is missing; please attach the budget by activity")
                .resubmitted(9, "The budget by activity is attached.")
                .screenedComplete(3).eligible(5)
                .votes(1, approve(BOARD1, 4), approve(BOARD2, 3), reject(BOARD3, 2), approve(BOARD4, 4), approve(CHAIR, 5))
                .approved(3, "Publish the data under an open licence")
                .allocated(12, from(japanDigital, "160000.00"))
                .started(9)
                .reported(84)
                .reportChangesRequested(5, "The expenditure does not match the budget lines; please split it by activity")
                .reported(10).reportAccepted(3)
                .reported(83).reportAccepted(5)
                .reported(84).reportAccepted(4)
                .reportedFinal(82).reportAccepted(5)
                .evaluated(30, 5, 4, 4, 3, 4, 4);

        script.proposal(OFFICER_JM, JM, "Early warning of coastal flooding")
                .summary("Chile, with the United States' weather service as facilitator, sets up coastal flood alerts in Jamaica.")
                .partners(TRIANGULAR, provider("CL"), beneficiary(JM), facilitator("US"))
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 11, 13).measures("4.2", "4.4").account(climate)
                .requests("250000.00", "60000.00", 12)
                .indicator("Coastal communities covered by alerts", "communities", 0, 25)
                .drafted(524).submitted(2).screenedComplete(4).eligible(6)
                .votes(1, recuse(BOARD1), approve(BOARD2, 5), recuse(BOARD3), approve(BOARD4, 4), approve(CHAIR, 4))
                .approved(2, "Alerts in English and Jamaican Patois")
                .allocated(16, from(canadaClimate, "100000.00"), from(dfiClimate, "150000.00"))
                .started(12)
                .reported(86).reportAccepted(4)
                .reported(85).reportAccepted(6)
                .reported(84).reportAccepted(5)
                .reportedFinal(84).reportAccepted(5)
                .evaluated(38, 6, 6, 5, 4, 5, 5);

        // ---- FINAL_EVALUATION: the last report accepted, the evaluation awaited (one long overdue) ----
        script.proposal(OFFICER_CO, CO, "Bilingual teacher mentoring in La Guajira")
                .summary("Mexico's indigenous-education institute mentors Wayuu and Spanish-speaking teachers in La Guajira.")
                .partners(SOUTH_SOUTH, provider("MX"), beneficiary(CO))
                .priority(EDUCATION, 4, 10).measures("2.2").account(education)
                .requests("140000.00", "15000.00", 12)
                .indicator("Teachers mentored", "people", 0, 300)
                .addresses(bilingualTeachers)
                .drafted(474).submitted(2).screenedComplete(4).eligible(5)
                .votes(1, approve(BOARD1, 4), approve(BOARD2, 4), abstain(BOARD3), approve(BOARD4, 3), recuse(CHAIR))
                .approved(3, "Materials in Wayuunaiki as well as Spanish")
                .allocated(20, from(brazilEducation, "140000.00"))
                .started(10)
                .reported(85).reportAccepted(5)
                .reported(84).reportAccepted(4)
                .reported(83).reportAccepted(6)
                .reportedFinal(80).reportAccepted(6);

        script.proposal(OFFICER_JM, JM, "School meals and learning outcomes")
                .summary("Brazil's school-feeding programme advises Jamaica on linking school meals to local farms.")
                .partners(SOUTH_SOUTH, provider("BR"), beneficiary(JM))
                .priority(SOCIAL_DEVELOPMENT, 2, 4).measures("2.4").account(education)
                .requests("120000.00", "40000.00", 12)
                .indicator("Pupils receiving a daily meal", "pupils", 0, 5000)
                .drafted(404).submitted(2).screenedComplete(3).eligible(7)
                .votes(1, recuse(BOARD1), recuse(BOARD2), approve(BOARD3, 4), approve(BOARD4, 5), approve(CHAIR, 4))
                .approved(2, "Buy from local farms for at least a third of the meals")
                .allocated(14, from(usEducation, "120000.00"))
                .started(7)
                .reported(86).reportAccepted(3)
                .reported(85).reportAccepted(5)
                .reported(84).reportAccepted(4)
                .reportedFinal(80).reportAccepted(4);

        // ---- IN_EXECUTION: reporting every period; one report escalated and late, one overdue now ----
        script.proposal(OFFICER_CO, CO, "Digital public services for small municipalities")
                .summary("Chile's digital government lab helps small Colombian municipalities put their procedures online.")
                .partners(SOUTH_SOUTH, provider("CL"), beneficiary(CO))
                .priority(SCIENCE_AND_TECHNOLOGY, 9, 16).measures("3.2", "4.4").account(digital)
                .requests("190000.00", "35000.00", 24)
                .indicator("Municipal procedures online", "procedures", 12, 120)
                .drafted(424).submitted(2).screenedComplete(5).eligible(7)
                .votes(1, approve(BOARD1, 4), approve(BOARD2, 4), approve(BOARD3, 5), approve(BOARD4, 4), approve(CHAIR, 3))
                .approved(2, "Open-source software only")
                .allocated(22, from(mexicoDigital, "147500.00"), from(conectividad, "42500.00"))
                .started(15)
                .reported(84).reportAccepted(4)
                .reported(86).reportAccepted(5)
                .reported(85).reportAccepted(4)
                .reported(84);

        script.proposal(OFFICER_JM, JM, "Solar power for rural health clinics")
                .summary("Trinidad and Tobago's energy agency helps Jamaica fit rural clinics with solar power and storage.")
                .partners(SOUTH_SOUTH, provider("TT"), beneficiary(JM))
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 3, 7).measures("4.4").account(climate)
                .requests("215000.00", "50000.00", 18)
                .indicator("Clinics running on solar power", "clinics", 0, 18)
                .drafted(334).submitted(2).screenedComplete(4).eligible(7)
                .votes(1, recuse(BOARD1), approve(BOARD2, 4), approve(BOARD3, 4), reject(BOARD4, 2), approve(CHAIR, 4))
                .approved(2, "Maintenance contracts for five years")
                .allocated(21, from(dfiClimate, "170000.00"), from(canadaClimate, "45000.00"))
                .started(9)
                .reported(85).reportAccepted(4)
                .reportOverdue()
                .reported(104).reportAccepted(5);

        script.proposal(OFFICER_CO, CO, "Youth employment through digital freelancing")
                .summary("Panama's youth employment service trains young Colombians to find work on online platforms.")
                .partners(SOUTH_SOUTH, provider("PA"), beneficiary(CO))
                .priority(SOCIAL_DEVELOPMENT, 8).measures("5.2").account(education)
                .requests("180000.00", "20000.00", 18)
                .indicator("Young people with a first online contract", "people", 0, 800)
                .drafted(304).submitted(2).screenedComplete(3).eligible(6)
                .votes(1, approve(BOARD1, 5), abstain(BOARD2), approve(BOARD3, 4), approve(BOARD4, 4), reject(CHAIR, 2))
                .approved(3, "At least half of the trainees are young women")
                .allocated(14, from(usEducation, "180000.00"))
                .started(12)
                .reported(85).reportAccepted(4)
                .reported(84).reportAccepted(4);

        script.proposal(OFFICER_JM, JM, "Electoral results transmission system")
                .summary("Mexico's electoral institute helps Jamaica's electoral commission transmit results securely.")
                .partners(SOUTH_SOUTH, provider("MX"), beneficiary(JM))
                .priority(DEMOCRATIC_INSTITUTIONS, 16).measures("1.1").account(governance)
                .requests("140000.00", "25000.00", 12)
                .indicator("Polling divisions transmitting results electronically", "divisions", 0, 63)
                .drafted(264).submitted(2).screenedComplete(5).eligible(6)
                .votes(1, recuse(BOARD1), approve(BOARD2, 4), approve(BOARD3, 3), abstain(BOARD4), recuse(CHAIR))
                .approved(2, "An independent audit of the system before the general election")
                .allocated(15, from(spainGovernance, "140000.00"))
                .started(13)
                .reported(84).reportAccepted(5)
                .reportOverdue();

        script.proposal(OFFICER_CO, CO, "Cultural heritage inventory of the Caribbean coast")
                .summary("The Dominican Republic's heritage office trains Colombian teams to document the Caribbean coast's heritage.")
                .partners(SOUTH_SOUTH, provider("DO"), beneficiary(CO))
                .priority(CULTURE, 11).measures("4.1").account(governance)
                .requests("95000.00", "10000.00", 12)
                .indicator("Heritage sites documented", "sites", 0, 120)
                .drafted(204).submitted(2).screenedComplete(4).eligible(6)
                .votes(1, approve(BOARD1, 4), approve(BOARD2, 4), approve(BOARD3, 3), approve(BOARD4, 5), approve(CHAIR, 4))
                .approved(3, "The inventory is published in the national heritage register")
                .allocated(13, from(spainGovernance, "95000.00"))
                .started(10)
                .reported(84).reportAccepted(6);

        script.proposal(OFFICER_JM, JM, "Financial literacy for micro-entrepreneurs")
                .summary("Peru's development bank trains Jamaican micro-entrepreneurs in bookkeeping and credit.")
                .partners(SOUTH_SOUTH, provider("PE"), beneficiary(JM))
                .priority(ECONOMIC_DIVERSIFICATION, 1, 8).measures("5.2", "5.3").account(digital)
                .requests("130000.00", "15000.00", 12)
                .indicator("Entrepreneurs trained", "people", 0, 1200)
                .addresses(financialLiteracy)
                .drafted(174).submitted(2).screenedComplete(3).eligible(7)
                .votes(1, recuse(BOARD1), approve(BOARD2, 4), approve(BOARD3, 4), approve(BOARD4, 5), approve(CHAIR, 4))
                .approved(2, "Follow up a sample of trainees a year later")
                .allocated(14, from(conectividad, "100000.00"), from(japanDigital, "30000.00"))
                .started(15)
                .reported(83).reportAccepted(4);

        // ---- FUNDED: the start awaited (one long overdue) ----
        script.proposal(OFFICER_JM, JM, "Sign-language interpreters for public services")
                .summary("Costa Rica's deaf association trains sign-language interpreters for Jamaica's public offices.")
                .partners(SOUTH_SOUTH, provider("CR"), beneficiary(JM))
                .priority(SOCIAL_DEVELOPMENT, 10).measures("4.3").account(education)
                .requests("90000.00", "10000.00", 12)
                .indicator("Certified interpreters", "people", 4, 40)
                .drafted(114).submitted(2).screenedComplete(4).eligible(6)
                .votes(1, recuse(BOARD1), approve(BOARD2, 5), approve(BOARD3, 4), approve(BOARD4, 4), approve(CHAIR, 5))
                .approved(2, "Deaf-led organisations on the steering committee")
                .allocated(14, from(usEducation, "90000.00"));

        script.proposal(OFFICER_CO, CO, "Water quality in rural aqueducts")
                .summary("Ecuador's water agency trains community aqueduct boards to monitor water quality; AquaLab Andina runs the analyses.")
                .partners(SOUTH_SOUTH, provider("EC"), beneficiary(CO))
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 6).measures("4.3").account(climate)
                .requests("60000.00", "8000.00", 9)
                .indicator("Aqueducts testing water monthly", "aqueducts", 5, 60)
                .drafted(79).submitted(2).screenedComplete(3).eligible(6)
                .votes(1, approve(BOARD1, 4), approve(BOARD2, 4), abstain(BOARD3), approve(BOARD4, 4), approve(CHAIR, 3))
                .approved(3, "Test results shared with the health secretariat")
                .allocated(40, from(aquaLab, "60000.00"));

        // ---- APPROVED: awaiting funds (the climate window is spent; one is only part-funded) ----
        script.proposal(OFFICER_CO, CO, "Agroforestry corridors in the Amazon piedmont")
                .summary("Brazil shares its agroforestry models with Colombian ranchers, with Canada as facilitator.")
                .partners(TRIANGULAR, provider("BR"), beneficiary(CO), facilitator("CA"))
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 13, 15).measures("4.2").account(climate)
                .requests("280000.00", "70000.00", 54)
                .indicator("Hectares under agroforestry", "hectares", 0, 2500)
                .addresses(agroforestry)
                .drafted(118).submitted(2).screenedComplete(5)
                .eligibleOverridingTheRules(6, "Two phases of 27 months; the Board reviews the first before the second starts")
                .votes(1, approve(BOARD1, 4), recuse(BOARD2), approve(BOARD3, 5), recuse(BOARD4), approve(CHAIR, 4))
                .approved(4, "Phase two only after a review of phase one");

        script.proposal(OFFICER_JM, JM, "STEM teaching with robotics kits")
                .summary("The United States' science foundation trains Jamaican teachers to teach STEM with robotics kits.")
                .partners(SOUTH_SOUTH, provider("US"), beneficiary(JM))
                .priority(EDUCATION, 4, 9).measures("2.4").account(education)
                .requests("200000.00", "30000.00", 24)
                .indicator("Schools teaching robotics", "schools", 2, 60)
                .addresses(stemTeaching)
                .drafted(62).submitted(2).screenedComplete(4).eligible(5)
                .votes(1, recuse(BOARD1), approve(BOARD2, 4), recuse(BOARD3), approve(BOARD4, 4), approve(CHAIR, 5))
                .approved(3, "Kits stay with the schools")
                .allocated(17, from(puentesDelSur, "120000.00"));

        script.proposal(OFFICER_CO, CO, "Ethics and transparency training for public servants")
                .summary("Costa Rica's comptroller trains Colombian public servants in ethics and transparency.")
                .partners(SOUTH_SOUTH, provider("CR"), beneficiary(CO))
                .priority(DEMOCRATIC_INSTITUTIONS, 16).measures("1.1").account(governance)
                .requests("110000.00", "12000.00", 12)
                .indicator("Public servants trained", "people", 0, 2000)
                .drafted(38).submitted(2).screenedComplete(4).eligible(5)
                .votes(1, approve(BOARD1, 4), approve(BOARD2, 3), approve(BOARD3, 4), abstain(BOARD4), approve(CHAIR, 4))
                .approved(9, "An online course so that training continues after the project");

        // ---- BOARD_REVIEW: votes coming in; one round closed at its deadline, the chair yet to decide ----
        script.proposal(OFFICER_JM, JM, "Disaster-risk insurance for smallholder farmers")
                .summary("Mexico's agricultural insurer helps design index insurance for Jamaican smallholders.")
                .partners(SOUTH_SOUTH, provider("MX"), beneficiary(JM))
                .priority(ECONOMIC_DIVERSIFICATION, 1, 2, 13).measures("5.3").account(digital)
                .requests("175000.00", "25000.00", 18)
                .indicator("Farmers insured", "farmers", 0, 3000)
                .drafted(20).submitted(1).screenedComplete(4).eligible(9)
                .votes(1, recuse(BOARD1), recuse(CHAIR), approve(BOARD3, 4));

        script.proposal(OFFICER_CO, CO, "Digital port logistics")
                .summary("Panama's maritime authority helps Colombian ports move to paperless cargo clearance.")
                .partners(SOUTH_SOUTH, provider("PA"), beneficiary(CO))
                .priority(ECONOMIC_DIVERSIFICATION, 9).measures("4.4").account(digital)
                .requests("160000.00", "40000.00", 18)
                .indicator("Average clearance time", "hours", 72, 24)
                .drafted(28).submitted(1).screenedComplete(6).eligible(13)
                .votes(1, approve(BOARD1, 4), reject(BOARD2, 2), approve(BOARD4, 3));

        script.proposal(OFFICER_CO, CO, "Rural women's cooperatives in agribusiness")
                .summary("El Salvador's cooperative federation coaches Colombian women's cooperatives in processing and sales.")
                .partners(SOUTH_SOUTH, provider("SV"), beneficiary(CO))
                .priority(SOCIAL_DEVELOPMENT, 5, 8).measures("5.2").account(education)
                .requests("150000.00", "20000.00", 18)
                .indicator("Cooperatives selling to supermarkets", "cooperatives", 1, 25)
                .addresses(ruralWomen)
                .drafted(16).submitted(1).screenedComplete(4).eligible(9);

        script.proposal(OFFICER_JM, JM, "Cybersecurity incident response team")
                .summary("The United States' cybersecurity agency helps Jamaica set up a national incident response team.")
                .partners(BILATERAL, provider("US"), beneficiary(JM))
                .priority(SCIENCE_AND_TECHNOLOGY, 9, 16).measures("3.2").account(digital)
                .requests("190000.00", "20000.00", 24)
                .indicator("Incidents handled within a day", "percent", 20, 90)
                .drafted(70).submitted(1).screenedComplete(5).eligible(19)
                .votes(1, recuse(BOARD1), recuse(BOARD3), approve(BOARD2, 4))
                .reviewDeadlinePasses();

        // ---- ELIGIBILITY: the eligibility officer's desk; the rules flag one above its account's ceiling ----
        script.proposal(OFFICER_CO, CO, "Cocoa bioeconomy value chains")
                .summary("Ecuador shares how its cocoa growers turn husks and pulp into products.")
                .partners(SOUTH_SOUTH, provider("EC"), beneficiary(CO))
                .priority(ECONOMIC_DIVERSIFICATION, 8, 12).measures("4.3").account(digital)
                .requests("120000.00", "15000.00", 18)
                .indicator("Cocoa by-products on sale", "products", 0, 12)
                .drafted(12).submitted(1).screenedComplete(7);

        script.proposal(OFFICER_JM, JM, "Mental-health first aid in schools")
                .summary("Chile's school mental-health programme trains Jamaican teachers in mental-health first aid.")
                .partners(SOUTH_SOUTH, provider("CL"), beneficiary(JM))
                .priority(SOCIAL_DEVELOPMENT, 3, 4).measures("2.4").account(education)
                .requests("260000.00", "30000.00", 24)
                .indicator("Teachers certified in mental-health first aid", "people", 0, 1500)
                .drafted(30).submitted(2).screenedComplete(8);

        script.proposal(OFFICER_CO, CO, "Municipal climate adaptation plans")
                .summary("Costa Rica's climate directorate helps Colombian municipalities write adaptation plans.")
                .partners(SOUTH_SOUTH, provider("CR"), beneficiary(CO))
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 11, 13).measures("4.2").account(climate)
                .requests("90000.00", "10000.00", 12)
                .indicator("Municipalities with an adaptation plan", "municipalities", 2, 30)
                .drafted(16).submitted(1).screenedComplete(6);

        // ---- SCREENING: the secretariat's desk; one waiting too long ----
        script.proposal(OFFICER_JM, JM, "Youth entrepreneurship hubs in Kingston")
                .summary("Argentina's network of entrepreneurship hubs helps Kingston open two hubs for young people.")
                .partners(SOUTH_SOUTH, provider("AR"), beneficiary(JM))
                .priority(ECONOMIC_DIVERSIFICATION, 8).measures("5.2").account(digital)
                .requests("110000.00", "15000.00", 18)
                .indicator("Start-ups incubated", "start-ups", 0, 60)
                .drafted(5).submitted(2);

        script.proposal(OFFICER_CO, CO, "Teacher exchange on peace education")
                .summary("Guatemalan and Colombian teachers exchange peace-education practice.")
                .partners(SOUTH_SOUTH, provider("GT"), beneficiary(CO))
                .priority(EDUCATION, 4, 16).measures("2.2").account(education)
                .requests("75000.00", "10000.00", 12)
                .indicator("Teachers in the exchange", "people", 0, 120)
                .drafted(25).submitted(3);

        script.proposal(OFFICER_CO, CO, "Tourism satellite account")
                .summary("Mexico's statistics institute helps Colombia build a tourism satellite account.")
                .partners(SOUTH_SOUTH, provider("MX"), beneficiary(CO))
                .priority(SUSTAINABLE_TOURISM, 8, 17).measures("3.1").account(climate)
                .requests("85000.00", "10000.00", 12)
                .indicator("Tourism statistics published", "tables", 0, 20)
                .drafted(4).submitted(3);

        // ---- RETURNED_FOR_REVISION: back with the proposers, within their thirty days ----
        script.proposal(OFFICER_JM, JM, "Recycling cooperatives in coastal towns")
                .summary("Colombia's waste-picker associations help Jamaican collectors form recycling cooperatives.")
                .partners(SOUTH_SOUTH, provider(CO), beneficiary(JM))
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 11, 12).measures("4.3").account(climate)
                .requests("130000.00", "15000.00", 18)
                .indicator("Recycling rate", "percent", 0, 25)
                .addresses(recycling)
                .drafted(22).submitted(4)
                .screenedIncomplete(4, "The recycling-rate indicator has no measured baseline; please give one");

        script.proposal(OFFICER_CO, CO, "E-justice for rural courts")
                .summary("Chile's judiciary shares its electronic case management with rural Colombian courts.")
                .partners(SOUTH_SOUTH, provider("CL"), beneficiary(CO))
                .priority(DEMOCRATIC_INSTITUTIONS, 16).measures("1.1").account(governance)
                .requests("140000.00", "20000.00", 18)
                .indicator("Courts filing electronically", "courts", 0, 45)
                .drafted(45).submitted(2).screenedComplete(3).eligible(6)
                .votes(1, approve(BOARD1, 3), abstain(BOARD2), reject(BOARD3, 3), approve(BOARD4, 4), abstain(CHAIR))
                .returnedForRevision(3, "Show how the courts keep the system running without the provider");

        // ---- REJECTED by the Board ----
        script.proposal(OFFICER_JM, JM, "Eco-resort feasibility study")
                .summary("A feasibility study for a private eco-resort on the north coast.")
                .partners(BILATERAL, provider("US"), beneficiary(JM))
                .priority(SUSTAINABLE_TOURISM, 8).measures("4.3").account(climate)
                .requests("200000.00", "0.00", 12)
                .indicator("Feasibility study delivered", "studies", 0, 1)
                .drafted(505).submitted(2).screenedComplete(4).eligible(6)
                .votes(2, recuse(BOARD1), reject(BOARD2, 2), recuse(BOARD3), reject(BOARD4, 1), reject(CHAIR, 2))
                .rejected(3, "A private resort is outside the Fund's public-good mandate");

        script.proposal(OFFICER_CO, CO, "Stadium lighting for the regional games")
                .summary("Flood lighting for the stadium that hosts the regional games.")
                .partners(BILATERAL, provider("AR"), beneficiary(CO))
                .priority(SOCIAL_DEVELOPMENT, 3).measures("4.3").account(education)
                .requests("230000.00", "50000.00", 12)
                .indicator("Evening events held", "events", 0, 40)
                .drafted(360).submitted(1).screenedComplete(5).eligible(6)
                .votes(1, reject(BOARD1, 2), reject(BOARD2, 1), abstain(BOARD3), reject(BOARD4, 2), approve(CHAIR, 3))
                .rejected(2, "Sports infrastructure with little transfer of knowledge");

        script.proposal(OFFICER_JM, JM, "Satellite broadband for remote districts")
                .summary("Canada's space agency advises on satellite broadband for Jamaica's remote districts.")
                .partners(BILATERAL, provider("CA"), beneficiary(JM))
                .priority(SCIENCE_AND_TECHNOLOGY, 9).measures("4.4").account(digital)
                .requests("195000.00", "20000.00", 24)
                .indicator("Districts connected", "districts", 0, 12)
                .drafted(160).submitted(2).screenedComplete(3).eligible(5)
                .votes(1, recuse(BOARD1), reject(BOARD2, 2), approve(BOARD3, 3), recuse(BOARD4), reject(CHAIR, 2))
                .rejected(2, "Mostly hardware; the Board invites a proposal on the regulatory framework instead");

        // ---- INELIGIBLE: once as the rules found, once overriding them ----
        script.proposal(OFFICER_CO, CO, "Highway resurfacing between two departments")
                .summary("Resurfacing of the departmental highway between two departments.")
                .partners(BILATERAL, provider("BR"), beneficiary(CO))
                .priority(ECONOMIC_DIVERSIFICATION, 9)
                .requests("900000.00", "100000.00", 60)
                .indicator("Kilometres resurfaced", "km", 0, 85)
                .drafted(440).submitted(3).screenedComplete(4)
                .ineligible(6, "As the rules found: no action-plan measure, and longer than 48 months");

        script.proposal(OFFICER_JM, JM, "Cruise terminal expansion study")
                .summary("Engineering studies for a second cruise berth in Falmouth.")
                .partners(BILATERAL, provider("BS"), beneficiary(JM))
                .priority(SUSTAINABLE_TOURISM, 8, 9).measures("4.3").account(climate)
                .requests("300000.00", "100000.00", 12)
                .indicator("Studies delivered", "studies", 0, 3)
                .drafted(240).submitted(2).screenedComplete(5)
                .ineligibleOverridingTheRules(7, "Port engineering works are outside the Fund's technical-cooperation mandate");

        // ---- WITHDRAWN: by the proposer, and once by the revision timeout ----
        script.proposal(OFFICER_CO, CO, "Regional fisheries observatory")
                .summary("A fisheries observatory for the Caribbean coast, with Peru's marine institute.")
                .partners(SOUTH_SOUTH, provider("PE"), beneficiary(CO))
                .priority(SCIENCE_AND_TECHNOLOGY, 14).measures("4.2").account(digital)
                .requests("120000.00", "10000.00", 18)
                .indicator("Landing sites reporting", "sites", 0, 30)
                .drafted(390).submitted(4).withdrawn(6);

        script.proposal(OFFICER_JM, JM, "Coral reef restoration nurseries")
                .summary("Coral nurseries on the south coast, with Belize's fisheries department.")
                .partners(SOUTH_SOUTH, provider("BZ"), beneficiary(JM))
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 14).measures("4.3").account(climate)
                .requests("95000.00", "5000.00", 18)
                .indicator("Coral fragments out-planted", "fragments", 0, 20000)
                .drafted(262).submitted(7)
                .screenedIncomplete(5, "No letter from the partner institution; please attach it")
                .revisionTimesOut();

        script.proposal(OFFICER_CO, CO, "Broadband in public libraries")
                .summary("Public libraries in small towns become digital access points, with Uruguay's library network.")
                .partners(SOUTH_SOUTH, provider("UY"), beneficiary(CO))
                .priority(SCIENCE_AND_TECHNOLOGY, 4, 9).measures("4.4").account(digital)
                .requests("100000.00", "25000.00", 12)
                .indicator("Libraries offering free broadband", "libraries", 10, 150)
                .drafted(77).submitted(2).screenedComplete(3).eligible(5)
                .votes(1, approve(BOARD1, 4), approve(BOARD2, 3))
                .withdrawn(4);

        // ---- DRAFT: the officers' work in progress ----
        script.proposal(OFFICER_JM, JM, "Early childhood reading programme")
                .summary("Reading corners and training for early-childhood institutions, with Colombia's reading plan.")
                .partners(SOUTH_SOUTH, provider(CO), beneficiary(JM))
                .priority(EDUCATION, 4).measures("2.4").account(education)
                .requests("80000.00", "10000.00", 12)
                .indicator("Early-childhood institutions with a reading corner", "institutions", 0, 200)
                .drafted(5);

        script.proposal(OFFICER_JM, JM, "Hurricane-resilient school buildings")
                .summary("Guidelines and training for retrofitting school buildings against hurricanes.")
                .partners(SOUTH_SOUTH, provider("DO"), beneficiary(JM))
                .priority(SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT, 4, 11).measures("4.2").account(climate)
                .requests("240000.00", "60000.00", 24)
                .indicator("Schools retrofitted", "schools", 0, 30)
                .drafted(30).updated(18, "Adds the Office of Disaster Preparedness as the national counterpart.");

        script.proposal(OFFICER_CO, CO, "Agricultural extension by mobile phone")
                .summary("Extension advice by text message and voice for small farmers, with Paraguay's extension service.")
                .partners(SOUTH_SOUTH, provider("PY"), beneficiary(CO))
                .priority(SCIENCE_AND_TECHNOLOGY, 2, 9).measures("4.4").account(digital)
                .requests("70000.00", "10000.00", 12)
                .indicator("Farmers receiving advice", "farmers", 0, 20000)
                .drafted(2);
    }
}
